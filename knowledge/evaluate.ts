import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Answer, AnswerEngine } from './answerEngine';
import type { KnowledgeBase } from './schema';

export const LabelledQuestionSchema = z.object({ q: z.string().min(1), id: z.string().nullable() }).strict();
export type LabelledQuestion = z.infer<typeof LabelledQuestionSchema>;

/** The figures the engine must reach on the held-out set (issue 2). */
export const EVAL_THRESHOLDS = Object.freeze({ inScopeAccuracy: 0.95, outOfScopeRejection: 0.9 });

export function loadLabelledSet(file: string, kb: KnowledgeBase): LabelledQuestion[] {
  const parsed = z.array(LabelledQuestionSchema).safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: item ${issue?.path.join('.')} ${issue?.message}; each item must be { q: "question", id: entry-id or null }`);
  }
  const unknown = parsed.data.filter((item) => item.id !== null && !kb.faqById.has(item.id));
  if (unknown.length > 0) {
    throw new Error(`${file}: ${unknown.length} question(s) name ids the knowledge base does not have: ${[...new Set(unknown.map((u) => u.id))].join(', ')}`);
  }
  return parsed.data;
}

export interface Miss {
  question: string;
  expected: string | null;
  got: string | null;
  kind: Answer['kind'];
  score: number;
}

export interface EvalReport {
  inScope: { total: number; correct: number; accuracy: number; offeredInDidYouMean: number };
  outOfScope: { total: number; rejected: number; rejection: number };
  confusedPairs: Array<{ expected: string; got: string; count: number }>;
  misses: Miss[];
}

/** Top-1 accuracy counts only a direct answer with the right entry; a "did you mean" is not an answer. */
export function evaluate(engine: AnswerEngine, questions: readonly LabelledQuestion[]): EvalReport {
  let inTotal = 0;
  let correct = 0;
  let offered = 0;
  let outTotal = 0;
  let rejected = 0;
  const misses: Miss[] = [];
  const pairs = new Map<string, number>();
  for (const item of questions) {
    const result = engine.answer(item.q);
    const got = result.answered ? result.entry?.id ?? null : null;
    if (item.id === null) {
      outTotal++;
      if (!result.answered && result.kind !== 'ambiguous') rejected++;
      else misses.push({ question: item.q, expected: null, got: got ?? result.alternatives[0]?.id ?? null, kind: result.kind, score: result.score });
      continue;
    }
    inTotal++;
    if (got === item.id) {
      correct++;
      continue;
    }
    if (result.kind === 'ambiguous' && result.alternatives.some((a) => a.id === item.id)) offered++;
    misses.push({ question: item.q, expected: item.id, got, kind: result.kind, score: result.score });
    if (got !== null) pairs.set(`${item.id}\u0000${got}`, (pairs.get(`${item.id}\u0000${got}`) ?? 0) + 1);
  }
  const confusedPairs = [...pairs]
    .map(([key, count]) => {
      const [expected = '', gotId = ''] = key.split('\u0000');
      return { expected, got: gotId, count };
    })
    .sort((a, b) => b.count - a.count);
  return {
    inScope: { total: inTotal, correct, accuracy: inTotal ? correct / inTotal : 0, offeredInDidYouMean: offered },
    outOfScope: { total: outTotal, rejected, rejection: outTotal ? rejected / outTotal : 0 },
    confusedPairs,
    misses,
  };
}

export function meetsThresholds(report: EvalReport): boolean {
  return report.inScope.accuracy >= EVAL_THRESHOLDS.inScopeAccuracy && report.outOfScope.rejection >= EVAL_THRESHOLDS.outOfScopeRejection;
}

/** The baseline the engine must beat: plain fuse.js over the canonical questions, default options, top hit answers. */
export function createBaselineEngine(kb: KnowledgeBase): AnswerEngine {
  const fuse = new Fuse([...kb.faqs], { keys: ['question'], includeScore: true });
  return {
    answer(question: string): Answer {
      const hit = fuse.search(question, { limit: 1 })[0];
      if (!hit) return { question, kind: 'no-match', answered: false, entry: null, score: 0, alternatives: [] };
      return { question, kind: 'answer', answered: true, entry: hit.item, score: 1 - (hit.score ?? 1), alternatives: [] };
    },
  };
}
