import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig, type AppConfig } from './config';
import { KnowledgeLoadError } from '../knowledge/loadKnowledge';
import { createLogger } from './logger';
import { createApp, type App } from './app';
import { describeStorage } from './storage';

/** Problems a person fixes in settings or content: print the message alone (no stack) and exit 1. */
function isSetupError(error: unknown): error is ConfigError | KnowledgeLoadError {
  return error instanceof ConfigError || error instanceof KnowledgeLoadError;
}

/** "Web chat: http://localhost:3978/  Bot Framework endpoint: http://localhost:3978/api/messages  (state: ...)" */
export function readyLine(config: AppConfig, port: number): string {
  const base = `http://localhost:${port}`;
  return `${config.botName} is running. Web chat: ${base}/  Bot Framework endpoint: ${base}/api/messages  (state: ${describeStorage(config.storage)})`;
}

/** Entry point of `npm start`: optional .env, validated config, the app, and a graceful stop on SIGTERM/SIGINT. */
export async function main(): Promise<void> {
  // An optional .env for local runs; variables already in the environment win.
  loadDotenv({ quiet: true });
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (isSetupError(error)) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel });
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

  let app: App;
  try {
    app = await createApp(config, { logger });
  } catch (error) {
    if (isSetupError(error)) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    logger.fatal({ err: error }, 'the bot could not start');
    process.exit(1);
  }
  logger.info(
    { url: app.url, port: app.port, host: app.host, storage: config.storage.kind, auth: config.authDisabled ? 'off (local)' : 'on', localDirectLine: config.directLine.localEnabled },
    app.host === '*' ? `listening on all interfaces, port ${app.port} (${app.url} from this machine)` : `listening on ${app.url}`,
  );
  if (config.authDisabled && !isLoopbackHost(app.host)) {
    logger.warn({ host: app.host }, 'no Bot Framework credentials and listening beyond this machine: anyone who reaches this port can use the bot; set MicrosoftAppId or HOST=127.0.0.1');
  }
  // The logs are JSON for machines; a person starting the bot gets one plain line (stderr, so stdout stays JSON lines).
  process.stderr.write(`${readyLine(config, app.port)}\n`);

  const running = app;
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'stopping: no new requests, finishing the turns in flight');
    running.close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

if (require.main === module) {
  void main();
}
