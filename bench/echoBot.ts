import { ActivityHandler, MessageFactory } from 'botbuilder';
import type { Server } from 'restify';
import type { Logger } from 'pino';
import type { AppConfig } from '../bot/config';
import { createAdapter } from '../bot/adapter';
import { createServer } from '../bot/server';
import { createStorage } from '../bot/storage';

/** The baseline for the HTTP benchmark: no state, no dialogs, no search; it repeats the text back. */
export class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(MessageFactory.text(`Echo: ${context.activity.text ?? ''}`));
      await next();
    });
  }
}

export function createEchoBot(): EchoBot {
  return new EchoBot();
}

export interface EchoServer {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The echo bot behind the very same route stack as ours (bot/server.ts: body limit, activity check, rate limit,
 * CareerAdapter with its per-conversation queue), so the benchmark compares only what the bot itself does.
 */
export async function startEchoServer(config: AppConfig, logger: Logger): Promise<EchoServer> {
  const storage = createStorage({ kind: 'memory' });
  const adapter = createAdapter(config, logger, { storage });
  const http = createServer({ config, adapter, bot: createEchoBot(), storage, logger, knowledgeEntries: 0, version: 'echo' });
  const { server } = http;
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(config.port, '127.0.0.1', () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    port,
    async close() {
      http.beginShutdown();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeAllConnections();
      await stopped;
    },
  };
}
