import restify from 'restify';
import { ActivityHandler, MessageFactory, type Activity } from 'botbuilder';
import { z } from 'zod';
import { loadConfig } from '../../bot/config';
import { createAdapter } from '../../bot/adapter';
import { createSilentLogger, type Logger } from '../../bot/logger';
import { registerDirectLine, type DirectLineLimits, type FetchLike } from '../../bot/directLine';

/** The welcome the test bot sends to each member added who is not the bot. */
export const TEST_WELCOME = 'Welcome to the test bot.';
export const testReply = (text: string) => `You said: ${text}`;

/** A small bot with a welcome and an echo: these tests are about the Direct Line, not the career bot. */
export class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== context.activity.recipient.id) await context.sendActivity(TEST_WELCOME);
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      if (context.activity.text === 'throw') throw new Error('the test bot fails on purpose');
      await context.sendActivity(MessageFactory.text(testReply(context.activity.text ?? '')));
      await next();
    });
  }
}

export interface Harness {
  url: string;
  close(): Promise<void>;
}

export interface HarnessOptions {
  env?: Record<string, string>;
  limits?: Partial<DirectLineLimits>;
  now?: () => number;
  fetch?: FetchLike;
  logger?: Logger;
  bot?: ActivityHandler;
}

/** A restify server with only the Direct Line routes, on an ephemeral port, using the project's real adapter. */
export async function startDirectLine(options: HarnessOptions = {}): Promise<Harness> {
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', STORAGE: 'memory', ...options.env });
  const logger = options.logger ?? createSilentLogger();
  const adapter = createAdapter(config, logger);
  const server = restify.createServer({ handleUncaughtExceptions: false });
  let url = '';
  const handle = registerDirectLine(server, {
    config,
    adapter,
    bot: options.bot ?? new EchoBot(),
    logger,
    baseUrl: () => url,
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    async close() {
      handle.close();
      server.server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export const PageTokenSchema = z.object({
  token: z.string(),
  userId: z.string(),
  visitor: z.string(),
  expiresIn: z.number(),
  conversationId: z.string().optional(),
  domain: z.string().optional(),
});
export const ConversationSchema = z.object({ conversationId: z.string(), token: z.string(), expires_in: z.number() });
export const StreamActivitySchema = z
  .object({
    id: z.string(),
    type: z.string(),
    text: z.string().optional(),
    replyToId: z.string().optional(),
    from: z.object({ id: z.string(), role: z.string().optional() }).passthrough(),
    conversation: z.object({ id: z.string() }).passthrough(),
    channelData: z.record(z.unknown()).optional(),
  })
  .passthrough();
export const ActivitySetSchema = z.object({ activities: z.array(StreamActivitySchema), watermark: z.string() });
export const ErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
export type StreamActivity = z.infer<typeof StreamActivitySchema>;

export interface HttpResult {
  status: number;
  text: string;
  json: unknown;
  headers: Headers;
}

export async function request(url: string, method: string, token?: string, body?: unknown): Promise<HttpResult> {
  const headers: Record<string, string> = {};
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, { method, headers, ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}) });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json, headers: response.headers };
}

/** A client of the local Direct Line, as Web Chat uses it. */
export function directLineClient(base: string) {
  const dl = `${base}/v3/directline`;
  return {
    base,
    async pageToken() {
      const result = await request(`${base}/api/directline/token`, 'POST');
      return PageTokenSchema.parse(result.json);
    },
    async start(token: string) {
      const result = await request(`${dl}/conversations`, 'POST', token);
      return { status: result.status, body: ConversationSchema.parse(result.json) };
    },
    /** Page token + started conversation, as Web Chat does on load. */
    async open() {
      const page = await this.pageToken();
      const started = await this.start(page.token);
      return { token: page.token, userId: page.userId, conversationId: started.body.conversationId };
    },
    post(token: string | undefined, conversationId: string, activity: unknown) {
      return request(`${dl}/conversations/${encodeURIComponent(conversationId)}/activities`, 'POST', token, activity);
    },
    poll(token: string | undefined, conversationId: string, watermark?: string) {
      const query = watermark === undefined ? '' : `?watermark=${encodeURIComponent(watermark)}`;
      return request(`${dl}/conversations/${encodeURIComponent(conversationId)}/activities${query}`, 'GET', token);
    },
    async activities(token: string, conversationId: string, watermark?: string) {
      const result = await this.poll(token, conversationId, watermark);
      if (result.status !== 200) throw new Error(`polling answered ${result.status}: ${result.text}`);
      return ActivitySetSchema.parse(result.json);
    },
    refresh(token: string) {
      return request(`${dl}/tokens/refresh`, 'POST', token);
    },
  };
}

/** A message as Web Chat posts it. */
export function userMessage(text: string, clientActivityID = `client-${Math.random().toString(36).slice(2)}`): Partial<Activity> & { channelData: { clientActivityID: string } } {
  return {
    type: 'message',
    text,
    textFormat: 'plain',
    locale: 'en-US',
    from: { id: 'whoever-the-browser-says', name: 'Test User', role: 'user' },
    channelData: { clientActivityID },
  };
}
