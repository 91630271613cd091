import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { QUESTION_KINDS, type EvalReport, type KindFigures } from '../../knowledge/evaluate';

const KindFiguresSchema = z.object({ kind: z.string(), total: z.number(), right: z.number(), rightOrOffered: z.number() }).strict();

export const FirstScoreSchema = z
  .object({
    date: z.string(),
    inScopeAccuracy: z.number(),
    answeredOrFirstOffered: z.number(),
    outOfScopeRejection: z.number(),
    byKind: z.array(KindFiguresSchema),
  })
  .strict();
export type FirstScore = z.infer<typeof FirstScoreSchema>;

/** A chat set's first score (bot/cli/chatEval.ts): messages read right, overall and per expected label. */
export const ChatFirstScoreSchema = z
  .object({
    kind: z.literal('chat'),
    date: z.string(),
    total: z.number(),
    right: z.number(),
    byLabel: z.array(z.object({ label: z.string(), total: z.number(), right: z.number() }).strict()),
  })
  .strict();
export type ChatFirstScore = z.infer<typeof ChatFirstScoreSchema>;

const CountSchema = z.object({ total: z.number(), right: z.number() }).strict();

/** A conversation set's first score (bot/cli/dialogEval.ts): turns, per expected label, follow-ups and whole conversations right. */
export const DialogFirstScoreSchema = z
  .object({
    kind: z.literal('dialogs'),
    date: z.string(),
    turns: CountSchema,
    byLabel: z.array(z.object({ label: z.string(), total: z.number(), right: z.number() }).strict()),
    followUps: CountSchema,
    conversations: CountSchema,
  })
  .strict();
export type DialogFirstScore = z.infer<typeof DialogFirstScoreSchema>;

type AnyFirstScore = FirstScore | ChatFirstScore | DialogFirstScore;
const StoredSchema = z.record(z.union([FirstScoreSchema, ChatFirstScoreSchema, DialogFirstScoreSchema]));

/** Every first score kept so far, question and chat sets, by set name; none when the file does not exist. */
function readAll(file: string): Record<string, AnyFirstScore> {
  if (!existsSync(file)) return {};
  const parsed = StoredSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}; the file is written by \`npm run eval -- --record-first\` (and \`-- --chat --record-first\`, \`-- --dialogs --record-first\`), do not edit it by hand`);
  return parsed.data;
}

const isChat = (score: AnyFirstScore): score is ChatFirstScore => 'kind' in score && score.kind === 'chat';
const isDialogs = (score: AnyFirstScore): score is DialogFirstScore => 'kind' in score && score.kind === 'dialogs';
const isQuestions = (score: AnyFirstScore): score is FirstScore => !('kind' in score);

/** The question sets' first scores kept so far, by set name. */
export function readFirstScores(file: string): Record<string, FirstScore> {
  return Object.fromEntries(Object.entries(readAll(file)).flatMap(([name, score]) => (isQuestions(score) ? [[name, score] as const] : [])));
}

/** The conversation sets' first scores kept so far, by set name. */
export function readDialogFirstScores(file: string): Record<string, DialogFirstScore> {
  return Object.fromEntries(Object.entries(readAll(file)).flatMap(([name, score]) => (isDialogs(score) ? [[name, score] as const] : [])));
}

/** The chat sets' first scores kept so far, by set name. */
export function readChatFirstScores(file: string): Record<string, ChatFirstScore> {
  return Object.fromEntries(Object.entries(readAll(file)).flatMap(([name, score]) => (isChat(score) ? [[name, score] as const] : [])));
}

/**
 * Adds the first score of each set that has none yet, keeping every score already there (a first score is taken
 * once and never replaced). Returns the names recorded.
 */
export function recordFirstScores(file: string, scores: Readonly<Record<string, AnyFirstScore>>): string[] {
  const kept = readAll(file);
  const added = Object.keys(scores).filter((name) => !(name in kept));
  if (added.length === 0) return [];
  for (const name of added) kept[name] = scores[name]!;
  writeFileSync(file, `${JSON.stringify(kept, null, 2)}\n`);
  return added;
}

export function summarise(report: EvalReport, date = new Date().toISOString().slice(0, 10)): FirstScore {
  return {
    date,
    inScopeAccuracy: report.inScope.accuracy,
    answeredOrFirstOffered: report.inScope.answeredOrFirstOffered,
    outOfScopeRejection: report.outOfScope.rejection,
    byKind: report.byKind.map((row) => ({ ...row })),
  };
}

/** One group of sets summed from their per-kind figures: in scope answered right, right or first offered, out of scope declined. */
export function sumByScope(tables: KindFigures[][]): { inScope: number; right: number; rightOrFirst: number; outOfScope: number; declined: number } {
  const out: readonly string[] = [...QUESTION_KINDS.outOfScope, 'unlabelled'];
  const sum = { inScope: 0, right: 0, rightOrFirst: 0, outOfScope: 0, declined: 0 };
  for (const row of tables.flat()) {
    if (out.includes(row.kind)) {
      sum.outOfScope += row.total;
      sum.declined += row.right;
    } else {
      sum.inScope += row.total;
      sum.right += row.right;
      sum.rightOrFirst += row.rightOrOffered;
    }
  }
  return sum;
}
