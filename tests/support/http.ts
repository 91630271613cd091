import { shownText } from '../dialogs/guidedHarness';
import type { Activity } from 'botbuilder';
import type { Logger } from 'pino';
import { loadConfig, type AppConfig } from '../../bot/config';
import { createApp, type App, type AppOverrides } from '../../bot/app';
import { createLogger, createSilentLogger } from '../../bot/logger';
import { createAnswerEngine, type AnswerEngine } from '../../knowledge/answerEngine';
import { loadKnowledge } from '../../knowledge/loadKnowledge';
import type { KnowledgeBase } from '../../knowledge/schema';

/**
 * Config for tests: any free port, no logs, whatever the test adds. Without credentials the rate limit is per address
 * and every test request comes from 127.0.0.1, so it is raised unless the test sets its own.
 */
export function testConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({ PORT: '0', LOG_LEVEL: 'silent', STORAGE: 'memory', RATE_LIMIT_PER_MINUTE: '1000000', ...env });
}

let shared: { kb: KnowledgeBase; engine: AnswerEngine } | null = null;

/** The shipped knowledge base and engine, loaded once for all the tests that start apps. */
export function sharedKnowledge(): { kb: KnowledgeBase; engine: AnswerEngine } {
  if (!shared) {
    const kb = loadKnowledge();
    shared = { kb, engine: createAnswerEngine(kb) };
  }
  return shared;
}

/** Starts the real app on an ephemeral port with a silent logger and the shared knowledge, unless given others. */
export function startTestApp(env: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<App> {
  return createApp(testConfig(env), { logger: createSilentLogger(), ...sharedKnowledge(), ...overrides });
}

let counter = 0;

/** A unique conversation and user per call unless given, so tests never share state or rate-limit buckets. */
export interface ActivityOptions {
  conversationId?: string;
  userId?: string;
  channelId?: string;
}

export function newIds(): { conversationId: string; userId: string } {
  counter += 1;
  const stamp = `${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
  return { conversationId: `conv-${stamp}`, userId: `user-${stamp}` };
}

/** A Bot Framework activity whose replies come back in the HTTP response (deliveryMode expectReplies). */
export function activity(fields: Record<string, unknown>, options: ActivityOptions = {}): Record<string, unknown> {
  const ids = newIds();
  return {
    channelId: options.channelId ?? 'emulator',
    serviceUrl: 'http://127.0.0.1:9/',
    deliveryMode: 'expectReplies',
    conversation: { id: options.conversationId ?? ids.conversationId },
    from: { id: options.userId ?? ids.userId, name: 'Test User' },
    recipient: { id: 'bot', name: 'Care Manager Career Bot' },
    locale: 'en-US',
    id: `act-${Math.random().toString(36).slice(2)}`,
    timestamp: new Date(0).toISOString(),
    ...fields,
  };
}

export function message(text: string, options: ActivityOptions = {}): Record<string, unknown> {
  return activity({ type: 'message', text }, options);
}

export interface PostResult {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
  /** The replies of an expectReplies turn. */
  replies: Partial<Activity>[];
}

function repliesOf(json: unknown): Partial<Activity>[] {
  if (typeof json !== 'object' || json === null || !('activities' in json) || !Array.isArray(json.activities)) return [];
  return json.activities.filter((item): item is Partial<Activity> => typeof item === 'object' && item !== null);
}

export async function post(url: string, body: string | object, headers: Record<string, string> = {}): Promise<PostResult> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json, replies: repliesOf(json) };
}

/**
 * Every string in a parsed JSON body (error messages, reply texts, card content) that holds a stack frame as Node
 * prints one ("\n    at fn (file.ts:12:3)"). Checked on the parsed value: in the raw body a newline is the two
 * characters "\n", so a pattern with a real newline never matches there and a leaked stack would pass unseen.
 */
export function stackTracesIn(json: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (/\n\s*at\s|\bat (?:async )?[\w$.<>\[\] ]+ \([^)]*:\d+:\d+\)/.test(value)) found.push(value.slice(0, 200));
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  visit(json);
  return found;
}

/** The replies that answer something: the turn-error apology is not an answer. */
export function answers(result: PostResult, apology: string): Partial<Activity>[] {
  return result.replies.filter((reply) => reply.text !== apology);
}

/** The text of every reply, joined, for assertions that do not care about layout. */
export function replyText(result: PostResult): string {
  // The words a person reads (cards' TextBlocks included), then the attachments as JSON.
  return result.replies.map((reply) => `${shownText([reply])} ${JSON.stringify(reply.attachments ?? [])}`).join('\n');
}

/** The app's logger, keeping its JSON lines in memory. */
export function captureLogger(level: string): { logger: Logger; lines: () => string[]; records: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const lines = () => chunks.join('').split('\n').filter(Boolean);
  return {
    // The real logger (redaction included), writing to memory.
    logger: createLogger({ level, destination: { write: (line: string) => void chunks.push(line) } }),
    lines,
    records: () => lines().map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
