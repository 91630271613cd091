import type { Server } from 'restify';
import type { Storage } from 'botbuilder';
import type { Logger } from 'pino';
import packageJson from '../package.json';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { createAnswerEngine, type AnswerEngine } from '../knowledge/answerEngine';
import type { KnowledgeBase } from '../knowledge/schema';
import type { AppConfig } from './config';
import { createLogger } from './logger';
import { createStorage, type GuardedStorage } from './storage';
import { createAdapter, type BotFrameworkEndpointSettings, type CareerAdapter } from './adapter';
import { createServer } from './server';
import type { UpgradeRouter } from './upgrades';
import type { HealthReport } from './health';
import { createCareerBot } from './careerBot';
import { scheduleFeedbackRetention } from './privacy';
import { registerDirectLine } from './directLine';
import { registerWebRoutes } from './web/routes';
import { registerEmbedRoutes } from './web/embed';
import { registerAdminRoutes } from './admin/routes';

/** How long a shutdown waits for turns in flight before closing their connections anyway. */
export const SHUTDOWN_GRACE_MS = 10_000;

export interface AppOverrides {
  storage?: Storage;
  logger?: Logger;
  kb?: KnowledgeBase;
  engine?: AnswerEngine;
  /** Bot Framework endpoints other than the public cloud's (a test's local OpenID metadata and signing key). */
  botFrameworkEndpoints?: BotFrameworkEndpointSettings;
  /** How long close() waits for work in flight (default SHUTDOWN_GRACE_MS). */
  shutdownGraceMs?: number;
}

export interface App {
  server: Server;
  /** Base URL this process reaches itself on, e.g. http://127.0.0.1:3978 */
  url: string;
  port: number;
  /** The interface listened on: 127.0.0.1 by default without credentials, all interfaces ('*') with them. */
  host: string;
  /** Where WebSocket (upgrade) endpoints are registered; every other upgrade request is refused. */
  upgrades: UpgradeRouter;
  storage: Storage;
  adapter: CareerAdapter;
  logger: Logger;
  health(): Promise<HealthReport>;
  /** Stops taking requests, lets the turns in flight finish (up to SHUTDOWN_GRACE_MS), then closes everything. */
  close(): Promise<void>;
}

/** Builds storage, knowledge, adapter, bot and server, and listens on config.port (0 = any free port). */
export async function createApp(config: AppConfig, overrides: AppOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createLogger({ level: config.logLevel });
  // Storage the app opened is closed with it (the SQLite file); storage handed in belongs to the caller.
  let owned: GuardedStorage | undefined;
  const storage = overrides.storage ?? (owned = createStorage(config.storage));
  const kb = overrides.kb ?? loadKnowledge();
  const engine = overrides.engine ?? createAnswerEngine(kb);
  const adapter = createAdapter(config, logger, { storage, ...(overrides.botFrameworkEndpoints ? { endpoints: overrides.botFrameworkEndpoints } : {}) });
  const bot = createCareerBot({ kb, engine, storage, logger, feedbackRetentionDays: config.feedbackRetentionDays });
  const http = createServer({ config, adapter, bot, storage, logger, knowledgeEntries: kb.faqs.length, version: packageJson.version });
  const { server } = http;

  registerWebRoutes(server, config);
  registerEmbedRoutes(server, config);
  // Without ADMIN_TOKEN the dashboard's routes do not exist (404), rather than exist and refuse.
  if (config.adminToken) registerAdminRoutes(server, { token: config.adminToken, storage, kb, logger, botName: config.botName });
  let url = '';
  // Always: it serves POST /api/directline/token in production too, and the local Direct Line only when config allows.
  const directLine = registerDirectLine(server, { config, adapter, bot, logger, baseUrl: () => url, upgrades: http.upgrades });

  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => {
      directLine.close();
      owned?.close();
      reject(error);
    };
    // restify re-emits the http server's errors (EADDRINUSE) on itself.
    server.once('error', onError);
    const listening = () => {
      server.off('error', onError);
      resolve();
    };
    if (config.host === undefined) server.listen(config.port, listening);
    else server.listen(config.port, config.host, listening);
  });
  // Feedback past its retention period goes now and once a day (bot/privacy.ts).
  const retention = scheduleFeedbackRetention(bot.dialogDeps.feedback, config.feedbackRetentionDays, logger);
  const address = server.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  url = `http://${selfHost(config.host)}:${port}`;

  let closing: Promise<void> | null = null;
  async function close(): Promise<void> {
    http.beginShutdown();
    const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
    const idle = await http.whenIdle(overrides.shutdownGraceMs ?? SHUTDOWN_GRACE_MS);
    if (!idle) logger.warn({ inFlight: http.inFlight() }, 'shutdown grace period over; closing connections with turns still running');
    // Idle keep-alive connections and upgraded ones would hold the listener open; nothing useful is left on them.
    http.closeConnections();
    await stopped;
    directLine.close();
    // Unanswered questions recorded by the last turns are written after their replies went out.
    await Promise.all([bot.dialogDeps.feedback.flush(), bot.dialogDeps.usage.flush()]);
    await retention.stop();
    owned?.close();
  }

  return {
    server,
    url,
    port,
    host: config.host ?? '*',
    upgrades: http.upgrades,
    storage,
    adapter,
    logger,
    health: http.health,
    close: () => (closing ??= close()),
  };
}

/** The address this process calls itself on: loopback when listening everywhere, else the one interface it listens on. */
function selfHost(host: string | undefined): string {
  if (host === undefined || host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
