import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { EvalReport } from '../../knowledge/evaluate';

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

/** The first scores kept so far, by set name; none yet when the file does not exist. */
export function readFirstScores(file: string): Record<string, FirstScore> {
  if (!existsSync(file)) return {};
  const parsed = z.record(FirstScoreSchema).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}; the file is written by \`npm run eval -- --record-first\`, do not edit it by hand`);
  return parsed.data;
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
