/**
 * `npm run eval:against -- COMMIT`: an older commit's answer engine and content beside today's, under one counting.
 *
 * The commit is unpacked into a temporary folder (`git archive`, node_modules linked) and scored there with today's
 * `knowledge/evaluate.ts` on today's labelled sets, so the figures differ only by engine and content. An engine without
 * `answerAll` reads each message once. Prints a Markdown table (answered right and out-of-scope declined, then -> now),
 * lower figures in bold, and a total over the blind sets that are scored only.
 *
 *   npm run eval:against -- cacad1e
 *   npm run eval:against -- cacad1e --set dev --set dev2
 *
 * Exit code 0 when no set is lower now, 1 when one is, 2 when the commit could not be scored.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EVAL_SETS, type EvalSetName } from '../bot/cli/evalSets';
import { createAnswerEngine } from '../knowledge/answerEngine';
import { evaluate, loadLabelledSet } from '../knowledge/evaluate';
import { loadKnowledge } from '../knowledge/loadKnowledge';

const ROOT = join(__dirname, '..');

interface Figures {
  right: number;
  inScope: number;
  declined: number;
  outOfScope: number;
}

// Runs inside the unpacked commit (tsx, not type-checked: the old types differ): its own engine and content, today's
// evaluate.ts (copied in as evaluate-today.ts).
const RUNNER = `
import { createAnswerEngine } from './knowledge/answerEngine';
import { loadKnowledge } from './knowledge/loadKnowledge';
import { evaluate, loadLabelledSet } from './knowledge/evaluate-today';
const sets = JSON.parse(process.argv[2] ?? '{}');
const kb = loadKnowledge();
const engine = createAnswerEngine(kb);
const scored = {
  answer: (q) => engine.answer(q),
  answerAll: (q) => ('answerAll' in engine ? engine.answerAll(q) : [engine.answer(q)]),
};
const out = {};
for (const [name, file] of Object.entries(sets)) {
  const report = evaluate(scored, loadLabelledSet(file, kb));
  out[name] = { right: report.inScope.correct, inScope: report.inScope.total, declined: report.outOfScope.rejected, outOfScope: report.outOfScope.total };
}
process.stdout.write(JSON.stringify(out));
`;

function scoreCommit(commit: string, files: Record<string, string>): Record<string, Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'eval-against-'));
  try {
    const archive = spawnSync('sh', ['-c', `git archive "$1" | tar -x -C "$2"`, 'sh', commit, dir], { cwd: ROOT, encoding: 'utf8' });
    if (archive.status !== 0) throw new Error(`git archive ${commit} failed: ${archive.stderr.trim()}. Name a commit of this repository (git log --oneline).`);
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    copyFileSync(join(ROOT, 'knowledge', 'evaluate.ts'), join(dir, 'knowledge', 'evaluate-today.ts'));
    writeFileSync(join(dir, 'eval-runner.ts'), RUNNER);
    const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', 'eval-runner.ts', JSON.stringify(files)], { cwd: dir, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`scoring ${commit} failed (exit ${run.status}):\n${run.stderr.trim()}`);
    return JSON.parse(run.stdout) as Record<string, Figures>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): number {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { set: { type: 'string', multiple: true } } });
  const commit = positionals[0];
  if (!commit) {
    console.error('usage: npm run eval:against -- COMMIT [--set NAME ...]   (for example: npm run eval:against -- cacad1e)');
    return 2;
  }
  const unknown = (values.set ?? []).filter((name) => !(name in EVAL_SETS));
  if (unknown.length > 0) {
    console.error(`unknown set(s): ${unknown.join(', ')}; the sets are ${Object.keys(EVAL_SETS).join(', ')}`);
    return 2;
  }
  const names = (values.set ?? Object.keys(EVAL_SETS)) as EvalSetName[];
  const files = Object.fromEntries(names.map((name) => [name, EVAL_SETS[name].file]));
  const before = scoreCommit(commit, files);
  const kb = loadKnowledge();
  const engine = createAnswerEngine(kb);
  const now: Record<string, Figures> = {};
  for (const name of names) {
    const report = evaluate(engine, loadLabelledSet(EVAL_SETS[name].file, kb));
    now[name] = { right: report.inScope.correct, inScope: report.inScope.total, declined: report.outOfScope.rejected, outOfScope: report.outOfScope.total };
  }
  const cell = (old: number, current: number, total: number) => (current < old ? `**${old} -> ${current}** /${total}` : `${old} -> ${current} /${total}`);
  const lower: string[] = [];
  const row = (label: string, was: Figures, is: Figures) => {
    if (is.right < was.right || is.declined < was.declined) lower.push(label);
    console.log(`| ${label} | ${EVAL_SETS[label as EvalSetName]?.role ?? 'total'} | ${cell(was.right, is.right, is.inScope)} | ${cell(was.declined, is.declined, is.outOfScope)} |`);
  };
  console.log(`${commit} -> working tree (today's evaluate.ts and set files; answered right, out of scope declined; lower in bold)\n`);
  console.log('| Set | Role | Answered right | Declined |\n| --- | --- | --- | --- |');
  for (const name of names) row(name, before[name]!, now[name]!);
  const scoresOnly = names.filter((name) => EVAL_SETS[name].role === 'rotating');
  if (scoresOnly.length > 1) {
    const sum = (table: Record<string, Figures>): Figures =>
      scoresOnly.reduce((acc, name) => ({ right: acc.right + table[name]!.right, inScope: acc.inScope + table[name]!.inScope, declined: acc.declined + table[name]!.declined, outOfScope: acc.outOfScope + table[name]!.outOfScope }), { right: 0, inScope: 0, declined: 0, outOfScope: 0 });
    const was = sum(before);
    const is = sum(now);
    console.log(`| ${scoresOnly.join(', ')} (scored only) | total | ${cell(was.right, is.right, is.inScope)} | ${cell(was.declined, is.declined, is.outOfScope)} |`);
  }
  console.log(lower.length === 0 ? '\nno set is lower now' : `\nlower now: ${lower.join(', ')}`);
  return lower.length === 0 ? 0 : 1;
}

try {
  process.exitCode = main();
} catch (error: unknown) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
