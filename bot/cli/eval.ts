// `npm run eval`: scores the labelled questions in tests/eval/ and exits non-zero below the thresholds.
import { parseArgs } from 'node:util';
import { createAnswerEngine } from '../../knowledge/answerEngine';
import { createBaselineEngine, evaluate, EVAL_THRESHOLDS, loadLabelledSet, meetsThresholds, type EvalReport } from '../../knowledge/evaluate';
import { loadKnowledge } from '../../knowledge/loadKnowledge';
import { EVAL_SETS } from './evalSets';


const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function printReport(name: string, report: EvalReport, baseline: EvalReport, showMisses: boolean): void {
  console.log(`\n== ${name}: ${report.inScope.total} in scope, ${report.outOfScope.total} out of scope`);
  console.log(`  engine    top-1 accuracy ${percent(report.inScope.accuracy)} (${report.inScope.correct}/${report.inScope.total}), out-of-scope rejected ${percent(report.outOfScope.rejection)} (${report.outOfScope.rejected}/${report.outOfScope.total}), right entry offered in "did you mean" ${report.inScope.offeredInDidYouMean}`);
  console.log(`  baseline  top-1 accuracy ${percent(baseline.inScope.accuracy)} (${baseline.inScope.correct}/${baseline.inScope.total}), out-of-scope rejected ${percent(baseline.outOfScope.rejection)} (${baseline.outOfScope.rejected}/${baseline.outOfScope.total})   [plain fuse.js over canonical questions]`);
  if (report.confusedPairs.length > 0) {
    console.log('  confused pairs (expected -> answered):');
    for (const pair of report.confusedPairs.slice(0, 15)) console.log(`    ${pair.expected} -> ${pair.got} (${pair.count})`);
  }
  if (showMisses && report.misses.length > 0) {
    console.log('  misses:');
    for (const miss of report.misses) {
      console.log(`    [${miss.kind} ${miss.score.toFixed(2)}] ${JSON.stringify(miss.question)} expected ${miss.expected ?? 'reject'}, got ${miss.got ?? '-'}`);
    }
  }
}

function main(): number {
  const { values } = parseArgs({ options: { set: { type: 'string' }, 'no-misses': { type: 'boolean' } } });
  const kb = loadKnowledge();
  const engine = createAnswerEngine(kb);
  const baseline = createBaselineEngine(kb);
  const names = values.set ? [values.set] : Object.keys(EVAL_SETS);
  const missed: string[] = [];
  for (const name of names) {
    const file = name in EVAL_SETS ? EVAL_SETS[name as keyof typeof EVAL_SETS] : name;
    const questions = loadLabelledSet(file, kb);
    const report = evaluate(engine, questions);
    printReport(name, report, evaluate(baseline, questions), !values['no-misses']);
    if (!meetsThresholds(report)) missed.push(name);
  }
  const targets = `top-1 in scope >= ${percent(EVAL_THRESHOLDS.inScopeAccuracy)}, out of scope rejected >= ${percent(EVAL_THRESHOLDS.outOfScopeRejection)}`;
  console.log(`\ntargets (${targets}): ${missed.length === 0 ? 'met on every set' : `NOT met on ${missed.join(', ')}`}`);
  const ok = missed.length === 0;
  return ok ? 0 : 1;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
