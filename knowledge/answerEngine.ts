import Fuse from 'fuse.js';
import type { FaqEntry, KnowledgeBase } from './schema';

/** A close candidate, offered as "did you mean". */
export interface Alternative {
  id: string;
  title: string;
  score: number;
}

/**
 * What the engine says about one question.
 * - answered: the entry answers it (kind "answer").
 * - ambiguous: two or more entries are close; offer `alternatives` as "did you mean" (entry is null).
 * - out-of-scope: the question is about something else (another job, the weather); say so honestly.
 * - no-match: on topic maybe, but nothing in the knowledge base answers it.
 * - empty: nothing searchable in the text.
 */
export type AnswerKind = 'answer' | 'ambiguous' | 'out-of-scope' | 'no-match' | 'empty';

export interface Answer {
  question: string;
  kind: AnswerKind;
  answered: boolean;
  entry: FaqEntry | null;
  /** Confidence in [0, 1] that `entry` (or the best alternative) answers the question. */
  score: number;
  alternatives: Alternative[];
}

export interface AnswerEngine {
  answer(question: string): Answer;
}

// PLACEHOLDER: replaced by the real engine (normalise -> lexicon -> fuzzy search -> gate).
export function createAnswerEngine(kb: KnowledgeBase): AnswerEngine {
  const fuse = new Fuse(kb.faqs, { keys: ['question', 'alternates'], includeScore: true, ignoreLocation: true, threshold: 0.5 });
  return {
    answer(question: string): Answer {
      const text = question.trim();
      if (!text) return { question, kind: 'empty', answered: false, entry: null, score: 0, alternatives: [] };
      const hits = fuse.search(text.slice(0, 500), { limit: 4 });
      const best = hits[0];
      if (!best) return { question, kind: 'no-match', answered: false, entry: null, score: 0, alternatives: [] };
      const score = 1 - (best.score ?? 1);
      return {
        question,
        kind: 'answer',
        answered: true,
        entry: best.item,
        score,
        alternatives: hits.slice(1).map((hit) => ({ id: hit.item.id, title: hit.item.title, score: 1 - (hit.score ?? 1) })),
      };
    },
  };
}
