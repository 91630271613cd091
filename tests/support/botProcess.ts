import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { START_ENTRY, startNodeFlags } from '../../bench/startCommand';

const ROOT = join(__dirname, '..', '..');

export interface BotProcess {
  child: ChildProcess;
  /** http://localhost:<port>, from the line `npm start` prints for a person. */
  url: string;
  readyLine: string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** `npm start`'s command (its Node flags and bot/index.ts) in its own process, with only PATH and `env` in its environment. */
export function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const child = spawn(process.execPath, [...startNodeFlags(), join(ROOT, START_ENTRY)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the bot printed no ready line within 60 s')), 60_000);
    createInterface({ input: child.stderr! }).on('line', (line) => {
      const url = /Web chat: (http:\/\/localhost:\d+)\//.exec(line)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({
        child,
        url,
        readyLine: line,
        stop: () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          return exit;
        },
      });
    });
    void exit.then((code) => reject(new Error(`the bot exited with ${code} before it was ready`)));
  });
}
