import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createApp } from '../../bot/app';
import { createSilentLogger } from '../../bot/logger';
import { message, post, testConfig } from '../support/http';

const ROOT = join(__dirname, '..', '..');

interface Started {
  child: ChildProcess;
  url: string;
  logs: Record<string, unknown>[];
  exit: Promise<number | null>;
}

/** Runs `npm start`'s entry point in a child process and waits for its "listening" log line. */
function startChild(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', join(ROOT, 'bot', 'index.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, PORT: '0', LOG_LEVEL: 'info', STORAGE: 'memory', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    // Generous: on a busy 2-core CI machine tsx takes several seconds to compile and start the bot.
    const timer = setTimeout(() => reject(new Error('the bot did not log "listening" within 40 s')), 40_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const record: unknown = JSON.parse(line);
      if (typeof record !== 'object' || record === null) return;
      logs.push({ ...record });
      if ('url' in record && typeof record.url === 'string') {
        clearTimeout(timer);
        resolve({ child, url: record.url, logs, exit });
      }
    });
    void exit.then((code) => reject(new Error(`the bot exited with ${code} before listening`)));
  });
}

describe('app lifecycle', () => {
  it('starts on an ephemeral port, answers, and closes', async () => {
    const app = await createApp(testConfig(), { logger: createSilentLogger() });
    try {
      expect(app.port).to.be.above(0);
      expect(app.url).to.equal(`http://127.0.0.1:${app.port}`);
      const result = await post(app.url, message('hello'));
      expect(result.status).to.equal(200);
    } finally {
      await app.close();
    }
    const refused = await fetch(`${app.url}/healthz`).then(
      () => false,
      () => true,
    );
    expect(refused, 'connections are refused after close()').to.equal(true);
  });

  it('fails to start with a clear error when the port is taken', async () => {
    const first = await createApp(testConfig(), { logger: createSilentLogger() });
    try {
      let failure: unknown;
      await createApp(testConfig({ PORT: String(first.port) }), { logger: createSilentLogger() }).then(
        (second) => second.close(),
        (error: unknown) => {
          failure = error;
        },
      );
      expect(String(failure)).to.match(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });

  it('on SIGTERM stops taking new connections, finishes the turn in flight, then exits 0', async function () {
    this.timeout(60_000);
    const { child, url, logs, exit } = await startChild({});
    const secret = 'my private situation with my mother';
    const body = JSON.stringify(message(`How do I become a care manager? ${secret}`));
    const half = Math.floor(body.length / 2);
    const { port } = new URL(url);

    // A turn in flight: the request has started but its body is still arriving when the signal comes.
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: '/api/messages', method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, half));
      setTimeout(() => {
        child.kill('SIGTERM');
        setTimeout(async () => {
          const refused = await fetch(`${url}/healthz`).then(
            () => false,
            () => true,
          );
          if (!refused) reject(new Error('a new connection was accepted after SIGTERM'));
          req.end(body.slice(half));
        }, 300);
      }, 300);
    });

    const finished = await response;
    expect(finished.status).to.equal(200);
    expect(JSON.parse(finished.text)).to.have.property('activities').that.is.an('array').that.is.not.empty;
    expect(await exit).to.equal(0);
    const messages = logs.map((record) => record.msg);
    expect(messages).to.include('stopped');
    expect(JSON.stringify(logs)).not.to.contain(secret);
  });

  it('on SIGTERM exits within the grace period although a client holds a WebSocket upgrade request open', async function () {
    this.timeout(60_000);
    const { child, url, exit } = await startChild({});
    const { port } = new URL(url);
    // The client never closes its side; before upgrades were answered, this one socket kept the process alive for minutes.
    const socket = connect({ host: '127.0.0.1', port: Number(port) });
    const answered = new Promise<string>((resolve) => {
      let text = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (text += chunk));
      socket.on('end', () => resolve(text));
      socket.on('close', () => resolve(text));
    });
    socket.on('error', () => undefined);
    socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = Date.now();
    child.kill('SIGTERM');
    const code = await Promise.race([exit, new Promise<string>((resolve) => setTimeout(() => resolve('still running after 12 s'), 12_000))]);
    socket.destroy();
    if (code === 'still running after 12 s') child.kill('SIGKILL');
    expect(code).to.equal(0);
    expect(Date.now() - started).to.be.below(12_000);
    expect(await answered).to.match(/^HTTP\/1\.1 404/);
  });
});
