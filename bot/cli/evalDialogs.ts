import { createAnswerEngine } from '../../knowledge/answerEngine';
import { loadKnowledge } from '../../knowledge/loadKnowledge';
import { createDialogScorer, loadDialogSet, scoreDialogSet, type DialogReport } from './dialogEval';
import { runSets, type ChatEvalOptions } from './evalChat';
import { DIALOG_EVAL_SETS, FIRST_SCORES_FILE, type ChatEvalRole } from './evalSets';
import { readDialogFirstScores, type DialogFirstScore } from './firstScores';

/**
 * `npm run eval -- --dialogs`: plays the conversation sets (tests/eval/dialog*.yaml) through the real bot and prints,
 * per set, the turns right, per expected label, the follow-ups right, the conversations right all through, and for a
 * tuning set every miss with the turns before it. A rotating set's misses are never printed. `--record-first`,
 * `--set NAME` and `--no-misses` work as for the other sets.
 */

const percent = (right: number, total: number) => (total === 0 ? '-' : `${((right / total) * 100).toFixed(1)}%`);
const count = (figures: { right: number; total: number }) => `${percent(figures.right, figures.total)} (${figures.right}/${figures.total})`;

function summariseDialogs(report: DialogReport, date = new Date().toISOString().slice(0, 10)): DialogFirstScore {
  return { kind: 'dialogs', date, turns: { ...report.turns }, byLabel: report.byLabel.map((row) => ({ ...row })), followUps: { ...report.followUps }, conversations: { ...report.conversations } };
}

/** A set's figures as printed: turns, follow-ups and conversations right, per label beside the first score, and (for a set whose misses may be read) each miss after the turns before it. */
export function formatDialogReport(name: string, role: ChatEvalRole, report: DialogReport, first: DialogFirstScore | undefined, showMisses: boolean): string[] {
  const lines = [`\n== ${name} (${role}): ${report.conversations.total} conversations, ${report.turns.total} turns`];
  const figures = (scored: Pick<DialogReport, 'turns' | 'followUps' | 'conversations'>) =>
    `turns right ${count(scored.turns)}, follow-ups right ${count(scored.followUps)}, conversations right all through ${count(scored.conversations)}`;
  lines.push(`  now       ${figures(report)}` + (report.acts.total > 0 ? `; conversation before a question recognised ${report.acts.right}/${report.acts.total}` : ''));
  if (first) lines.push(`  first     ${figures(first)}   [scored once, ${first.date}, before any change made for it]`);
  lines.push(`  ${'label'.padEnd(18)} ${'turns'.padStart(8)} ${'right'.padStart(6)} ${'wrong'.padStart(6)}   ${'now'.padStart(6)}   first`);
  for (const row of report.byLabel) {
    const was = first?.byLabel.find((candidate) => candidate.label === row.label);
    lines.push(`  ${row.label.padEnd(18)} ${String(row.total).padStart(8)} ${String(row.right).padStart(6)} ${String(row.total - row.right).padStart(6)}   ${percent(row.right, row.total).padStart(6)}   ${was ? percent(was.right, was.total) : '-'}`);
  }
  // The rotating set's misses are never shown: reading them would make it one more tuning set.
  if (!showMisses || role === 'rotating' || report.misses.length === 0) return lines;
  lines.push('  misses (the turns before each, + right, - wrong; > the miss):');
  for (const miss of report.misses) {
    lines.push(`    ${JSON.stringify(miss.conversation)}, turn ${miss.turn}${miss.followUp ? ' (follow-up)' : ''}`);
    for (const earlier of miss.before) lines.push(`      ${earlier.right ? '+' : '-'} ${JSON.stringify(earlier.say)} -> ${earlier.got}`);
    lines.push(`      > ${JSON.stringify(miss.say)} expected ${miss.expected}, got ${miss.got}`);
  }
  return lines;
}

export function runDialogEval(options: ChatEvalOptions): Promise<number> {
  const kb = loadKnowledge();
  const scorer = createDialogScorer(kb, createAnswerEngine(kb));
  return runSets(
    {
      what: 'conversation',
      sets: DIALOG_EVAL_SETS,
      firstScores: readDialogFirstScores(FIRST_SCORES_FILE),
      score: (file) => scoreDialogSet(loadDialogSet(file, kb), scorer),
      summarise: (report) => summariseDialogs(report),
      format: formatDialogReport,
    },
    options,
  );
}
