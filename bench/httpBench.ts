import { spawn, type ChildProcess } from 'node:child_process';
import { Agent } from 'node:http';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { TURN_ERROR_REPLY } from '../bot/adapter';
import { Routes } from '../bot/server';
import { postMessagesKeepAlive } from './net';
import { ChildMessageSchema, type ChildMessage, type ServedBot } from './serve';
import { startNodeFlags } from './startCommand';

const ROOT = join(__dirname, '..');

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  /** Distinct conversations the requests rotate through (each also its own user). */
  conversations: number;
}

export interface LoadFigures {
  requestsPerSecond: number;
  requestsTotal: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** 2xx responses without a reply activity, or with the apology a failed turn sends. */
  badReplies: number;
}

/** Several runs of one bot as one: mean rates and latencies, summed counts, the worst maximum. */
export function averageRounds(runs: readonly LoadFigures[]): LoadFigures {
  if (runs.length === 0) throw new Error('averageRounds needs at least one run');
  const mean = (pick: (f: LoadFigures) => number) => runs.reduce((sum, f) => sum + pick(f), 0) / runs.length;
  const sum = (pick: (f: LoadFigures) => number) => runs.reduce((total, f) => total + pick(f), 0);
  return {
    requestsPerSecond: mean((f) => f.requestsPerSecond),
    requestsTotal: sum((f) => f.requestsTotal),
    latencyP50Ms: mean((f) => f.latencyP50Ms),
    latencyP99Ms: mean((f) => f.latencyP99Ms),
    latencyMaxMs: Math.max(...runs.map((f) => f.latencyMaxMs)),
    errors: sum((f) => f.errors),
    timeouts: sum((f) => f.timeouts),
    non2xx: sum((f) => f.non2xx),
    badReplies: sum((f) => f.badReplies),
  };
}

/** One message activity; replies come back in the HTTP response (expectReplies), so serviceUrl is never called. */
export function messageBody(text: string, conversation: string, runTag: string): string {
  return JSON.stringify({
    type: 'message',
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:1',
    deliveryMode: 'expectReplies',
    conversation: { id: `bench-${runTag}-c${conversation}` },
    from: { id: `bench-${runTag}-u${conversation}`, name: 'Bench user' },
    recipient: { id: 'bot', name: 'Care Manager Career Bot' },
    id: `a-${conversation}-${Math.random().toString(36).slice(2, 10)}`,
    locale: 'en-US',
    text,
  });
}

/** A bot in its own process; the caller drives it over loopback HTTP and asks it for its memory use. */
export interface ChildServer {
  which: ServedBot;
  url: string;
  /** The readings the child sent while it started, in order (only bench/memoryStagesChild.ts sends them). */
  stages: ReadonlyArray<Extract<ChildMessage, { type: 'stage' }>>;
  memory(): Promise<{ rss: number; heapUsed: number; heapTotal: number; external: number; rssSettled: number; rssPeak: number }>;
  close(): Promise<void>;
}

/**
 * The bot in a child process started with `npm start`'s Node flags (plus --expose-gc, to measure memory after a full GC).
 * `entry`: the child's script, bench/serve.ts unless another speaks the same messages.
 */
export function startChildServer(which: ServedBot, entry: string = join(__dirname, 'serve.ts')): Promise<ChildServer> {
  const child: ChildProcess = spawn(process.execPath, [...startNodeFlags(), '--expose-gc', '--no-deprecation', entry, which], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, NODE_ENV: 'production', ...(process.env.MALLOC_ARENA_MAX ? { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX } : {}) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stages: Array<Extract<ChildMessage, { type: 'stage' }>> = [];
  child.on('message', (raw: unknown) => {
    const parsed = ChildMessageSchema.safeParse(raw);
    if (parsed.success && parsed.data.type === 'stage') stages.push(parsed.data);
  });
  /** The next message from the child that `pick` accepts. */
  const waitFor = <T>(what: string, pick: (message: ChildMessage) => T | undefined): Promise<T> =>
    new Promise((resolve, reject) => {
      const onMessage = (raw: unknown) => {
        const parsed = ChildMessageSchema.safeParse(raw);
        const picked = parsed.success ? pick(parsed.data) : undefined;
        if (picked === undefined) return;
        child.off('message', onMessage);
        resolve(picked);
      };
      child.on('message', onMessage);
      void exited.then((code) => reject(new Error(`the ${which} bot's process exited (code ${code}) before it sent ${what}`)));
    });
  return waitFor('its URL', (m) => (m.type === 'listening' ? m.url : undefined)).then((url) => ({
    which,
    url,
    stages,
    async memory() {
      const reply = waitFor('its memory use', (m) => (m.type === 'memory' ? { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, rssSettled: m.rssSettled, rssPeak: m.rssPeak } : undefined));
      child.send({ type: 'memory' });
      return reply;
    },
    async close() {
      if (child.exitCode === null) child.send({ type: 'close' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  }));
}

/**
 * autocannon (programmatic, in this process) against POST /api/messages: every request is the next question of the
 * list in the next conversation of the rotation, so consecutive requests hit different conversations.
 */
export async function runLoad(url: string, questions: readonly string[], options: LoadOptions, runTag: string): Promise<LoadFigures> {
  let sent = 0;
  let badReplies = 0;
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path: Routes.messages,
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => {
          const n = sent;
          sent += 1;
          return { ...request, body: messageBody(questions[n % questions.length]!, String(n % options.conversations), runTag) };
        },
        onResponse: (status, body) => {
          if (status >= 200 && status < 300 && (!body.includes('"activities":[{') || body.includes(TURN_ERROR_REPLY))) badReplies += 1;
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    requestsTotal: result.requests.total,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    badReplies,
  };
}

/** Sends each conversation its turns in order, `concurrency` conversations at a time; returns the failed turns. */
export async function driveConversations(
  url: string,
  count: number,
  turns: (index: number) => readonly string[],
  concurrency: number,
  runTag: string,
): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  let next = 0;
  let failed = 0;
  async function worker(): Promise<void> {
    while (next < count) {
      const index = next;
      next += 1;
      for (const text of turns(index)) {
        const response = await postMessagesKeepAlive(agent, url, messageBody(text, String(index), runTag)).catch(() => ({ status: 0, body: '' }));
        if (response.status !== 200 || !response.body.includes('"activities":[{') || response.body.includes(TURN_ERROR_REPLY)) failed += 1;
      }
    }
  }
  try {
    await Promise.all(Array.from({ length: concurrency }, () => worker()));
  } finally {
    agent.destroy();
  }
  return failed;
}
