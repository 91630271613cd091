/**
 * Child process of `npm run bench`: serves one bot (ours or the echo baseline) on 127.0.0.1, so the load generator in
 * the parent process does not share this event loop. Talks to the parent over the IPC channel:
 *   child -> { type: 'listening', url }             once the server accepts connections
 *   parent -> { type: 'memory' }  child -> { type: 'memory', rss, heapUsed, heapTotal, external, rssSettled, rssPeak }   (after a full GC when
 *     --expose-gc; rssPeak: the highest resident memory sampled since the previous request)
 *   parent -> { type: 'close' }   child closes the server and exits 0
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { createApp, type AppOverrides } from '../bot/app';
import { loadConfig } from '../bot/config';
import { createSilentLogger } from '../bot/logger';
import { fullGc, settledRss } from './memoryReading';

/**
 * ours: the app on in-memory storage; oursSqlite: the app on its default storage (SQLite, a fresh file in a temporary
 * folder, deleted on close); echo: the bare echo bot on stock CloudAdapter clients; echoReuse: the same echo with our
 * adapter's client reuse; echoDialog: the bare echo with state and a dialog.
 */
export const ServedBotSchema = z.enum(['ours', 'oursSqlite', 'echo', 'echoReuse', 'echoDialog']);
export type ServedBot = z.infer<typeof ServedBotSchema>;

export const ChildMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('listening'), url: z.string() }),
  /** A reading while the bot starts (bench/memoryStagesChild.ts), after a full GC, before it listens. */
  z.object({ type: z.literal('stage'), label: z.string(), rss: z.number(), heapUsed: z.number(), external: z.number(), rssSettled: z.number() }),
  z.object({ type: z.literal('memory'), rss: z.number(), heapUsed: z.number(), heapTotal: z.number(), external: z.number(), rssSettled: z.number(), rssPeak: z.number() }),
]);
export type ChildMessage = z.infer<typeof ChildMessageSchema>;

const ParentMessageSchema = z.object({ type: z.enum(['memory', 'close']) });

/** The bench's settings: a free port chosen by the system, and a rate limit far above what 50 connections can send (it is per client). */
export const BENCH_ENV = Object.freeze({ PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '100000000', STORAGE: 'memory' });

/**
 * The echo bots' module, loaded only in an echo's process: it imports botbuilder-dialogs whole (its prompts and
 * Microsoft's recognizers), about 20 MB that our bot's process would otherwise carry into its memory figures.
 */
function echoBots(): typeof import('./echoBot') {
  return require('./echoBot') as typeof import('./echoBot');
}

function send(message: ChildMessage): void {
  process.send?.(message);
}

const PEAK_SAMPLE_MS = 250;

export async function serve(which: ServedBot, overrides: Pick<AppOverrides, 'kb' | 'engine'> = {}): Promise<void> {
  const sqliteDir = which === 'oursSqlite' ? mkdtempSync(join(tmpdir(), 'bench-sqlite-')) : null;
  const config = loadConfig(sqliteDir ? { ...BENCH_ENV, STORAGE: 'sqlite', SQLITE_PATH: join(sqliteDir, 'bot-state.sqlite') } : BENCH_ENV);
  const logger = createSilentLogger();
  const running =
    which === 'ours' || which === 'oursSqlite'
      ? await createApp(config, { logger, ...overrides })
      : await echoBots().startEchoServer(config, logger, { withDialog: which === 'echoDialog', reuseClients: which === 'echoReuse' });
  const removeFile = () => {
    if (sqliteDir) rmSync(sqliteDir, { recursive: true, force: true });
  };
  // The highest resident memory under load, before any forced GC: what the host must have room for.
  let peak = 0;
  setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, PEAK_SAMPLE_MS).unref();
  process.on('message', (raw: unknown) => {
    const parsed = ParentMessageSchema.safeParse(raw);
    if (!parsed.success) return;
    if (parsed.data.type === 'memory') {
      const rssPeak = Math.max(peak, process.memoryUsage.rss());
      fullGc();
      const usage = process.memoryUsage();
      void settledRss().then((rssSettled) => {
        peak = 0;
        send({ type: 'memory', rss: usage.rss, heapUsed: usage.heapUsed, heapTotal: usage.heapTotal, external: usage.external, rssSettled, rssPeak });
      });
      return;
    }
    void running.close().then(() => {
      removeFile();
      process.exit(0);
    });
  });
  // The parent going away (Ctrl-C, crash) must not leave a server (or a database file) behind.
  process.on('disconnect', () => {
    removeFile();
    process.exit(0);
  });
  send({ type: 'listening', url: running.url });
}

if (require.main === module) {
  const which = ServedBotSchema.safeParse(process.argv[2]);
  if (!which.success) {
    process.stderr.write(`bench/serve.ts: say which bot to serve, ${ServedBotSchema.options.map((o) => `"${o}"`).join(', ')} (got ${JSON.stringify(process.argv[2])}).\n`);
    process.exit(2);
  }
  serve(which.data).catch((error: unknown) => {
    process.stderr.write(`bench/serve.ts: the ${which.data} bot could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
