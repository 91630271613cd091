import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { EVAL_SETS } from '../../bot/cli/evalSets';
import { sumByScope } from '../../bot/cli/firstScores';
import { createAnswerEngine } from '../../knowledge/answerEngine';
import { evaluate, loadLabelledSet } from '../../knowledge/evaluate';
import { loadKnowledge } from '../../knowledge/loadKnowledge';

/** The per-role totals `npm run eval` prints (the rotating sets together are what issue 10's targets are held to). */
describe('eval totals by role', () => {
  const kb = loadKnowledge();
  const engine = createAnswerEngine(kb);

  it('sums a group of sets from their per-kind figures to the same counts the sets report one by one', () => {
    const reports = [EVAL_SETS.blindI, EVAL_SETS.dev].map((set) => evaluate(engine, loadLabelledSet(set.file, kb)));
    const sum = sumByScope(reports.map((report) => report.byKind));
    const count = (pick: (r: (typeof reports)[number]) => number) => reports.reduce((total, report) => total + pick(report), 0);
    expect(sum.inScope).to.equal(count((r) => r.inScope.total));
    expect(sum.right).to.equal(count((r) => r.inScope.correct));
    expect(sum.rightOrFirst).to.equal(count((r) => Math.round(r.inScope.answeredOrFirstOffered * r.inScope.total)));
    expect(sum.outOfScope).to.equal(count((r) => r.outOfScope.total));
    expect(sum.declined).to.equal(count((r) => r.outOfScope.rejected));
    // dev has out-of-scope questions without a kind: they are counted out of scope, not as in-scope "plain" ones.
    expect(sum.outOfScope).to.be.greaterThan(70);
  });

  it('prints one line per role for the sets asked for (--set A,B), the rotating ones named, with their first score beside the current one', function () {
    this.timeout(120_000);
    const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', join(__dirname, '../../bot/cli/eval.ts'), '--no-misses', '--set', 'dev,blindI,blindJ'], { encoding: 'utf8' });
    expect(run.stderr).to.equal('');
    const block = run.stdout.slice(run.stdout.indexOf('== by role'));
    expect(block).to.include('rotating (blindI, blindJ)');
    expect(block).to.match(/rotating \([^)]*\)\n {4}first {2}[\d.]+% \(\d+\/\d+\) \/ [\d.]+% \(\d+\/\d+\) \/ [\d.]+% \(\d+\/\d+\)\n {4}now {4}[\d.]+%/);
    expect(block).to.match(/tuning \([^)]*\)\n {4}now /);
  });
});
