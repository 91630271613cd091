// `npm run playground`: the bot and Microsoft's Agents Playground (a local Teams-like client: personal chat, group chat,
// channels) together, so the Teams experience can be seen without a Teams tenant, an Azure account or the network.
// Prints the Playground's address; Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { config as loadDotenv } from 'dotenv';
import { createApp, type App } from '../bot/app';
import { ConfigError, DEFAULT_SERVICE_URLS, loadConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { describeStorage } from '../bot/storage';

/** The Playground's mocked Bot Connector: replies go to http://localhost:<its port>/_connector. */
export const PLAYGROUND_SERVICE_URLS = 'http://localhost:*/_connector,http://127.0.0.1:*/_connector';

/** The CLI of the @microsoft/m365agentsplayground dev dependency, or null when it is not installed. */
export function findPlaygroundCli(): string | null {
  try {
    return require.resolve('@microsoft/m365agentsplayground/cli.js');
  } catch {
    return null;
  }
}

/** What to do when the dev dependency is missing (a checkout installed before it was added, or --omit=dev). */
export const PLAYGROUND_MISSING =
  'The Agents Playground is not installed: @microsoft/m365agentsplayground is a dev dependency. Run `npm install` (not `npm install --omit=dev`) in the project folder, then `npm run playground` again.';

/** How long the Playground may take to say where it listens before starting counts as failed. */
const START_TIMEOUT_MS = 60_000;

export interface Playground {
  /** The page to open, e.g. http://localhost:56150 */
  url: string;
  port: number;
  /** Stops the Playground process and waits until it has exited. */
  close(): Promise<void>;
}

/**
 * Starts the Agents Playground against a bot endpoint, in the Teams channel, telemetry off. Resolves once it prints
 * where it listens (it moves to a random port when the one asked for is taken, and says so).
 */
export function startPlayground(options: { endpoint: string; port: number; onOutput?: (text: string) => void }): Promise<Playground> {
  const cli = findPlaygroundCli();
  if (!cli) return Promise.reject(new Error(PLAYGROUND_MISSING));
  const child = spawn(process.execPath, [cli, '-e', options.endpoint, '-c', 'msteams', '--dt', '-p', String(options.port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  // 'close', not 'exit': the child's output pipes are closed by then too.
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const close = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    // One more turn of the event loop: resolving inside the child's 'close' handlers left a mocha timer uncleared.
    await new Promise((resolve) => setImmediate(resolve));
  };
  return new Promise((resolve, reject) => {
    let output = '';
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void close().then(() => reject(new Error(`The Agents Playground did not start: ${reason}. Its output:\n${output.trim() || '(none)'}`)));
    };
    const timer = setTimeout(() => fail(`it printed no "Listening on <port>" within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    const read = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      options.onOutput?.(text);
      output += text;
      const listening = /Listening on (\d+)/.exec(output);
      if (listening && !settled) {
        settled = true;
        clearTimeout(timer);
        const port = Number(listening[1]);
        resolve({ url: `http://localhost:${port}`, port, close });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code, signal) => fail(`it exited (${signal ?? `code ${code}`})`));
  });
}

/** The environment for a bot the Playground talks to: its connector allowed, no credentials (it sends no token). */
export function playgroundBotEnv(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const allowed = env.ALLOWED_SERVICE_URLS?.trim() || DEFAULT_SERVICE_URLS;
  return { ...env, ALLOWED_SERVICE_URLS: `${allowed},${PLAYGROUND_SERVICE_URLS}` };
}

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  if (process.env.MicrosoftAppId) {
    process.stderr.write('npm run playground needs the bot without Bot Framework credentials (the Playground sends no token): unset MicrosoftAppId, e.g. MicrosoftAppId= npm run playground\n');
    process.exit(1);
  }
  let config;
  try {
    config = loadConfig(playgroundBotEnv({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' }));
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel });
  const app: App = await createApp(config, { logger });
  const endpoint = `${app.url}/api/messages`;
  let playground: Playground;
  try {
    playground = await startPlayground({ endpoint, port: Number(process.env.PLAYGROUND_PORT ?? 56150) });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    await app.close();
    process.exit(1);
  }
  process.stderr.write(
    [
      `Agents Playground (Teams, offline): ${playground.url}`,
      `  Open it in a browser: Personal Chat, Group Chat, and the General channel of "My Team" (mention the bot there with @).`,
      `  Bot: ${endpoint}  (state: ${describeStorage(config.storage)})`,
      '  Ctrl-C stops both.',
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(1);
    stopping = true;
    void Promise.all([playground.close(), app.close()]).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  void main();
}
