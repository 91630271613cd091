// `npm run report`: what users asked that the bot could not answer (most frequent first), their "None of these"
// picks and the ratings per entry, read from the configured storage (STORAGE, BLOB_* or COSMOS_* in the environment or .env).
import type { Storage } from 'botbuilder';
import { config as loadDotenv } from 'dotenv';
import { createFeedbackStore, type FeedbackSnapshot, type QuestionRecord } from '../../dialogs/feedbackStore';
import { loadKnowledge } from '../../knowledge/loadKnowledge';
import { ConfigError, loadConfig } from '../config';
import { createStorage, describeStorage } from '../storage';

export interface ReportOptions {
  env: Record<string, string | undefined>;
  write: (text: string) => void;
  /** Read this storage instead of the configured one (tests). */
  storage?: Storage;
  /** Entry id -> title, to make the ratings readable; defaults to the shipped knowledge base. */
  titles?: ReadonlyMap<string, string>;
}

export const REPORT_TEXT = Object.freeze({
  heading: 'Care Manager Career Bot: feedback report',
  unanswered: 'Questions the bot could not answer (most frequent first)',
  ambiguous: 'Questions that got "Did you mean ..." (most frequent first)',
  noneOfThese: '"None of these" picks (most frequent first)',
  ratings: 'Ratings per entry (least helpful first)',
  nothing: 'Nothing recorded yet: no unanswered questions, no "None of these" picks and no ratings.',
  none: '  (none)',
  memoryNote:
    'Note: STORAGE is "memory", so feedback lives only inside a running bot and this report cannot see it. ' +
    'Set STORAGE (and SQLITE_PATH, BLOB_* or COSMOS_*) to the storage the bot uses; with no setting both use the SQLite file in data/.',
});

function kindSummary(record: QuestionRecord, kinds: ReadonlyArray<'no-match' | 'out-of-scope' | 'ambiguous'>): string {
  const labels = { 'no-match': 'not in the guide', 'out-of-scope': 'off topic', ambiguous: 'did you mean' } as const;
  return kinds.filter((kind) => record.kinds[kind] > 0).map((kind) => `${labels[kind]} ${record.kinds[kind]}`).join(', ');
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

/** The report as text; pure, so tests can check it line by line. */
export function formatReport(snapshot: FeedbackSnapshot, titles: ReadonlyMap<string, string> = new Map()): string {
  const unanswered = snapshot.questions
    .map((record) => ({ record, count: record.kinds['no-match'] + record.kinds['out-of-scope'] }))
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count || b.record.lastSeen.localeCompare(a.record.lastSeen));
  const ambiguous = snapshot.questions
    .filter((record) => record.kinds.ambiguous > 0)
    .sort((a, b) => b.kinds.ambiguous - a.kinds.ambiguous || b.lastSeen.localeCompare(a.lastSeen));
  const none = [...snapshot.noneOfThese].sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen));
  const ratings = Object.entries(snapshot.ratings).sort(
    ([, a], [, b]) => b.notHelpful - a.notHelpful || a.helpful - b.helpful,
  );
  if (unanswered.length === 0 && ambiguous.length === 0 && none.length === 0 && ratings.length === 0) return REPORT_TEXT.nothing;

  const width = (counts: number[]) => String(Math.max(1, ...counts)).length;
  const lines: string[] = [];
  const section = (title: string, rows: string[]) => {
    lines.push('', title, ...(rows.length > 0 ? rows : [REPORT_TEXT.none]));
  };
  const w1 = width(unanswered.map((row) => row.count));
  section(
    REPORT_TEXT.unanswered,
    unanswered.map(({ record, count }) => `  ${String(count).padStart(w1)}  ${record.question}  (${kindSummary(record, ['out-of-scope', 'no-match'])}; last ${day(record.lastSeen)})`),
  );
  const w2 = width(ambiguous.map((record) => record.kinds.ambiguous));
  section(REPORT_TEXT.ambiguous, ambiguous.map((record) => `  ${String(record.kinds.ambiguous).padStart(w2)}  ${record.question}  (last ${day(record.lastSeen)})`));
  const w3 = width(none.map((record) => record.count));
  section(
    REPORT_TEXT.noneOfThese,
    none.map((record) => `  ${String(record.count).padStart(w3)}  ${record.question}  (offered: ${record.offered.join(', ') || 'unknown'}; last ${day(record.lastSeen)})`),
  );
  section(
    REPORT_TEXT.ratings,
    ratings.map(([id, rating]) => {
      const title = titles.get(id);
      return `  ${id}${title ? ` (${title})` : ''}: not helpful ${rating.notHelpful}, helpful ${rating.helpful}`;
    }),
  );
  return lines.join('\n').trimStart();
}

function shippedTitles(): ReadonlyMap<string, string> {
  try {
    return new Map(loadKnowledge().faqs.map((entry) => [entry.id, entry.title]));
  } catch {
    // Titles are a courtesy; the report is still useful with ids only.
    return new Map();
  }
}

/** Prints the report; resolves to the process exit code. */
export async function runReport(options: ReportOptions): Promise<number> {
  let storage = options.storage;
  let where = 'the given storage';
  if (!storage) {
    let config;
    try {
      config = loadConfig(options.env);
    } catch (error) {
      if (error instanceof ConfigError) {
        options.write(`${error.message}\n`);
        return 2;
      }
      throw error;
    }
    where = describeStorage(config.storage);
    if (config.storage.kind === 'memory') options.write(`${REPORT_TEXT.memoryNote}\n\n`);
    storage = createStorage(config.storage);
  }
  let snapshot: FeedbackSnapshot;
  try {
    snapshot = await createFeedbackStore(storage).read();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    options.write(`Could not read the feedback from ${where}: ${reason}\nCheck that the storage is reachable and the settings in the environment or .env are right.\n`);
    return 1;
  }
  options.write(`${REPORT_TEXT.heading} (storage: ${where})\n\n${formatReport(snapshot, options.titles ?? shippedTitles())}\n`);
  return 0;
}

if (require.main === module) {
  loadDotenv({ quiet: true });
  runReport({ env: process.env, write: (text) => process.stdout.write(text) }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`report failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
