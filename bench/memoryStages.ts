/**
 * `npm run bench -- --memory-stages`: where the SQLite server's resident memory goes. The server (bench/
 * memoryStagesChild.ts) is built one part at a time with a reading after each; then it takes one conversation and the
 * goal's 10,000. Each reading is taken after a full GC, at once (as the goal's) and once RSS stops falling (settled);
 * the cost of a stage is the growth of the settled RSS over the stage before.
 */
import { join } from 'node:path';
import { driveConversations, startChildServer } from './httpBench';
import { fmt, table } from './stats';

const MB = 1024 * 1024;

export interface StageReading {
  label: string;
  rss: number;
  rssSettled: number;
  heapUsed: number;
  external: number;
}

/** The table's rows: each stage's figures in MB, and what it added to the settled RSS and to the heap. */
export function stageRows(readings: readonly StageReading[]): string[][] {
  return [
    ['stage', 'RSS MB (at once)', 'RSS MB (settled)', 'added MB', 'JS heap MB', 'heap added', 'external MB'],
    ...readings.map((reading, i) => {
      const before = readings[i - 1];
      const added = (now: number, then: number | undefined) => (then === undefined ? '' : `${now >= then ? '+' : ''}${fmt((now - then) / MB, 1)}`);
      return [reading.label, fmt(reading.rss / MB, 1), fmt(reading.rssSettled / MB, 1), added(reading.rssSettled, before?.rssSettled), fmt(reading.heapUsed / MB, 1), added(reading.heapUsed, before?.heapUsed), fmt(reading.external / MB, 1)];
    }),
  ];
}

export interface StagesOptions {
  conversations: number;
  turns: readonly string[];
}

/** Runs the staged server and returns its readings, from Node alone to after `conversations` conversations. */
export async function measureMemoryStages({ conversations, turns }: StagesOptions): Promise<{ readings: StageReading[]; failedTurns: number }> {
  const server = await startChildServer('oursSqlite', join(__dirname, 'memoryStagesChild.ts'));
  try {
    const readings: StageReading[] = server.stages.map(({ label, rss, rssSettled, heapUsed, external }) => ({ label, rss, rssSettled, heapUsed, external }));
    const read = async (label: string) => {
      const { rss, rssSettled, heapUsed, external } = await server.memory();
      readings.push({ label, rss, rssSettled, heapUsed, external });
    };
    await read('app listening on SQLite (the goal\'s "after start")');
    let failedTurns = await driveConversations(server.url, 1, () => turns, 1, 'stages-first');
    await read('after 1 conversation');
    failedTurns += await driveConversations(server.url, conversations, () => turns, 50, 'stages');
    await read(`after ${fmt(conversations)} more conversations (the goal's reading)`);
    return { readings, failedTurns };
  } finally {
    await server.close();
  }
}

/** The section, printed. */
export async function memoryStagesSection(options: StagesOptions, log: (line: string) => void): Promise<void> {
  log(`Memory by stage, SQLite server (each reading after a full GC; "settled" once RSS stops falling; turns: "${options.turns.join('", "')}")`);
  const { readings, failedTurns } = await measureMemoryStages(options);
  log(table(stageRows(readings)));
  if (failedTurns > 0) log(`   ${failedTurns} failed turn(s): the figures are not trustworthy`);
}
