import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { freePort } from '../../bench/net';

export { freePort };

/** Azurite's documented development account; a public, well-known key, not a secret. */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const AZURITE_BLOB = join(__dirname, '..', '..', 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js');

export interface Azurite {
  port: number;
  connectionString: string;
  /** Stops the process; the data folder stays, so start() brings the same blobs back. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops and deletes the data folder. */
  dispose(): Promise<void>;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}

export function blobConnectionString(port: number): string {
  return `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};BlobEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`;
}

/** Starts azurite-blob on a free port with a data folder (state survives stop/start), and waits until it listens. */
export async function startAzurite(): Promise<Azurite> {
  const port = await freePort();
  const location = mkdtempSync(join(tmpdir(), 'azurite-'));
  let child: ChildProcess | null = null;

  async function start(): Promise<void> {
    if (child) return;
    const proc = spawn(
      process.execPath,
      [AZURITE_BLOB, '--blobHost', '127.0.0.1', '--blobPort', String(port), '--skipApiVersionCheck', '--disableTelemetry', '--location', location],
      { stdio: 'ignore' },
    );
    child = proc;
    const exited = new Promise<boolean>((resolve) => proc.once('exit', () => resolve(false)));
    await Promise.race([
      waitUntil(() => canConnect(port), 15_000, `Azurite on port ${port}`),
      exited.then(() => {
        throw new Error(`Azurite exited before listening on port ${port}`);
      }),
    ]);
  }

  async function stop(): Promise<void> {
    const proc = child;
    if (!proc) return;
    child = null;
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => proc.kill('SIGKILL'), 3000);
      proc.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      proc.kill('SIGTERM');
    });
  }

  await start();
  return {
    port,
    connectionString: blobConnectionString(port),
    start,
    stop,
    async dispose() {
      await stop();
      rmSync(location, { recursive: true, force: true });
    },
  };
}
