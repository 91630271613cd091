import { FLOW_LABELS, type Dashboard } from './dashboard';

/** The tables the dashboard exports, one CSV each. */
export const CSV_TABLES = Object.freeze({
  daily: 'Conversations and questions per day',
  unanswered: 'Unanswered questions by group',
  noneOfThese: '"None of these" picks',
  ratings: 'Helpful / not helpful per entry',
  busiest: 'Busiest entries',
  flows: 'Guided flows started and finished',
  walk: 'Career steps walk: conversations that reached each step',
});
export type CsvTable = keyof typeof CSV_TABLES;

/**
 * One CSV cell: quoted when needed, and text that a spreadsheet would run as a formula (=, +, -, @, tab, return at the
 * start: users typed these questions) is prefixed with an apostrophe.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function toCsv(dashboard: Dashboard, table: CsvTable): string {
  switch (table) {
    case 'daily':
      return csv(
        ['day', 'conversations', 'questions', 'answered', 'suggested', 'declined'],
        dashboard.days.map((d) => [d.day, d.conversations, d.questions, d.answered, d.suggested, d.declined]),
      );
    case 'unanswered':
      return csv(
        ['group', 'question', 'times asked', 'closest entries'],
        dashboard.unanswered.flatMap((group) => group.questions.map((q) => [group.label, q.question, q.count, group.closest.map((c) => c.id).join(' ')])),
      );
    case 'noneOfThese':
      return csv(['question', 'times', 'entries offered'], dashboard.noneOfThese.map((n) => [n.question, n.count, n.offered.join(' ')]));
    case 'ratings':
      return csv(['entry id', 'title', 'helpful', 'not helpful'], dashboard.ratings.map((r) => [r.entryId, r.title, r.helpful, r.notHelpful]));
    case 'busiest':
      return csv(['entry id', 'title', 'times answered'], dashboard.busiest.map((b) => [b.entryId, b.title, b.count]));
    case 'flows':
      return csv(['flow', 'name', 'started', 'finished'], dashboard.flows.map((f) => [f.flow, FLOW_LABELS[f.flow] ?? f.flow, f.started, f.finished]));
    case 'walk':
      return csv(['step', 'title', 'conversations that reached it'], dashboard.walk.map((w) => [w.step, w.title, w.reached]));
  }
}
