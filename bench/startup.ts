import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createApp } from '../bot/app';
import { loadConfig } from '../bot/config';
import { createSilentLogger } from '../bot/logger';
import { Routes } from '../bot/server';
import { freePort } from './net';
import { START_ENTRY, startNodeFlags } from './startCommand';
import { BENCH_ENV } from './serve';
import { nsToMs } from './stats';

const ROOT = join(__dirname, '..');
const GIVE_UP_MS = 30_000;

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(url);
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/** `node <flags> bot/index.ts` (what `npm start` runs) from spawn until GET /healthz answers 200, in ms. */
export async function timeEntryPointStart(): Promise<number> {
  const port = await freePort();
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [...startNodeFlags(), START_ENTRY], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...BENCH_ENV, PORT: String(port), NODE_OPTIONS: '--no-deprecation' },
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let exitedEarly = false;
  void exited.then(() => {
    exitedEarly = true;
  });
  try {
    for (;;) {
      if (await healthy(`http://127.0.0.1:${port}${Routes.health}`)) return nsToMs(process.hrtime.bigint() - started);
      if (exitedEarly) throw new Error(`npm start's command exited before ${Routes.health} answered; run \`PORT=${port} npm start\` to see why`);
      if (nsToMs(process.hrtime.bigint() - started) > GIVE_UP_MS) throw new Error(`npm start's command did not answer ${Routes.health} within ${GIVE_UP_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/** createApp in this process (modules already loaded): knowledge load and validation, engine, adapter, listen. */
export async function timeCreateApp(): Promise<number> {
  const config = loadConfig(BENCH_ENV);
  const started = process.hrtime.bigint();
  const app = await createApp(config, { logger: createSilentLogger() });
  const elapsed = nsToMs(process.hrtime.bigint() - started);
  await app.close();
  return elapsed;
}
