import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { createAnswerEngine } from '../../knowledge/answerEngine';
import { loadKnowledge } from '../../knowledge/loadKnowledge';
import { createChatScorer, loadChatSet, scoreChatSet, type ChatReport } from './chatEval';
import { CHAT_EVAL_SETS, FIRST_SCORES_FILE, type ChatEvalRole } from './evalSets';
import { readChatFirstScores, recordFirstScores, type ChatFirstScore, type DialogFirstScore } from './firstScores';

/**
 * `npm run eval -- --chat`: scores the chat sets (tests/eval/chat*.yaml) through the real bot and prints, per set, how
 * many messages it read right, per expected label, and for a tuning set the confusions and every miss. A rotating
 * set's misses and confusions are never printed, only its counts per label. `--record-first` stores the first score
 * of any chat set that has none (never overwrites); `--set NAME` scores one set; `--no-misses` hides the misses.
 */

const percent = (right: number, total: number) => (total === 0 ? '-' : `${((right / total) * 100).toFixed(1)}%`);

export interface ChatEvalOptions {
  set?: string;
  recordFirst?: boolean;
  noMisses?: boolean;
}

function summariseChat(report: ChatReport, date = new Date().toISOString().slice(0, 10)): ChatFirstScore {
  return { kind: 'chat', date, total: report.total, right: report.right, byLabel: report.byLabel.map((row) => ({ ...row })) };
}

/** A set's figures as printed: counts per label, and for a set whose misses may be read, its confusions and misses. */
export function formatChatReport(name: string, role: ChatEvalRole, report: ChatReport, first: ChatFirstScore | undefined, showMisses: boolean): string[] {
  const lines = [`\n== ${name} (${role}): ${report.total} messages`];
  lines.push(`  now       right ${percent(report.right, report.total)} (${report.right}/${report.total})` + (report.acts.total > 0 ? `; conversation before a question recognised ${report.acts.right}/${report.acts.total}` : ''));
  if (first) lines.push(`  first     right ${percent(first.right, first.total)} (${first.right}/${first.total})   [scored once, ${first.date}, before any change made for it]`);
  lines.push(`  ${'label'.padEnd(18)} ${'messages'.padStart(8)} ${'right'.padStart(6)} ${'wrong'.padStart(6)}   ${'now'.padStart(6)}   first`);
  for (const row of report.byLabel) {
    const was = first?.byLabel.find((candidate) => candidate.label === row.label);
    lines.push(`  ${row.label.padEnd(18)} ${String(row.total).padStart(8)} ${String(row.right).padStart(6)} ${String(row.total - row.right).padStart(6)}   ${percent(row.right, row.total).padStart(6)}   ${was ? percent(was.right, was.total) : '-'}`);
  }
  // The rotating set's misses and confusions are never shown: reading them would make it one more tuning set.
  if (!showMisses || role === 'rotating') return lines;
  if (report.confusions.length > 0) {
    lines.push('  confusions (expected -> what the bot did):');
    for (const pair of report.confusions) lines.push(`    ${pair.expected} -> ${pair.got} (${pair.count})`);
  }
  if (report.misses.length > 0) {
    lines.push('  misses:');
    for (const miss of report.misses) lines.push(`    [${miss.context}] ${JSON.stringify(miss.say)} expected ${miss.expected}, got ${miss.got}`);
  }
  if (report.acts.misses.length > 0) {
    lines.push('  conversation before a question not recognised:');
    for (const miss of report.acts.misses) lines.push(`    [${miss.context}] ${JSON.stringify(miss.say)} expected ${miss.expected}, got ${miss.got}`);
  }
  return lines;
}

/** A kind of labelled set run through the bot: its sets, how one is scored, summarised as a first score and printed. */
export interface SetRunner<Report, First> {
  /** "chat", "conversation": for the error naming an unknown set. */
  what: string;
  sets: Readonly<Record<string, { file: string; role: ChatEvalRole }>>;
  firstScores: Record<string, First>;
  score(file: string): Promise<Report>;
  summarise(report: Report): First;
  format(name: string, role: ChatEvalRole, report: Report, first: First | undefined, showMisses: boolean): string[];
}

/** Scores the sets asked for (all, or `--set NAME`), prints each, and records the first scores of sets that have none when asked. */
export async function runSets<Report, First extends ChatFirstScore | DialogFirstScore>(runner: SetRunner<Report, First>, options: ChatEvalOptions): Promise<number> {
  const known = Object.keys(runner.sets);
  if (options.set && !known.includes(options.set)) throw new Error(`--set ${options.set}: no ${runner.what} set of that name; the ${runner.what} sets are ${known.join(', ')} (bot/cli/evalSets.ts)`);
  const { firstScores } = runner;
  const toRecord: Record<string, First> = {};
  for (const name of options.set ? [options.set] : known) {
    const { file, role } = runner.sets[name]!;
    if (!existsSync(file)) {
      console.log(`\n== ${name}: ${relative(process.cwd(), file)} is not there yet (skipped)`);
      continue;
    }
    const report = await runner.score(file);
    if (options.recordFirst && !firstScores[name]) toRecord[name] = firstScores[name] = runner.summarise(report);
    for (const line of runner.format(name, role, report, firstScores[name], !options.noMisses)) console.log(line);
  }
  const recorded = recordFirstScores(FIRST_SCORES_FILE, toRecord);
  if (recorded.length > 0) console.log(`\nfirst scores of ${recorded.join(', ')} recorded in ${relative(process.cwd(), FIRST_SCORES_FILE)}`);
  return 0;
}

export function runChatEval(options: ChatEvalOptions): Promise<number> {
  const kb = loadKnowledge();
  const scorer = createChatScorer(kb, createAnswerEngine(kb));
  return runSets(
    {
      what: 'chat',
      sets: CHAT_EVAL_SETS,
      firstScores: readChatFirstScores(FIRST_SCORES_FILE),
      score: (file) => scoreChatSet(loadChatSet(file, kb), scorer),
      summarise: (report) => summariseChat(report),
      format: formatChatReport,
    },
    options,
  );
}
