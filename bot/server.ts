import type { IncomingMessage, ServerResponse } from 'node:http';
import restify, { type Request, type Response, type Server } from 'restify';
import type { Activity, ActivityHandler, Storage } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { AppConfig } from './config';
import type { AuthenticatedActivity, CareerAdapter } from './adapter';
import { checkStorage } from './storage';
import { createRateLimiter } from './rateLimit';
import { readHealth, type HealthReport } from './health';

export const REQUEST_TIMEOUTS = Object.freeze({ headersMs: 15_000, requestMs: 30_000 });

export const Routes = Object.freeze({
  messages: '/api/messages',
  health: '/healthz',
});

/** Error bodies are JSON with a stable code and a sentence a person can act on; never a stack trace. */
export interface ErrorBody {
  error: { code: string; message: string };
}

function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

type BodyResult =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 413; code: string; message: string }
  | { ok: false; status: 0 };

/** Reads and parses a JSON body, refusing anything over maxBytes without buffering it. */
export function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const tooLarge = {
    ok: false,
    status: 413,
    code: 'PayloadTooLarge',
    message: `The request body is larger than ${maxBytes} bytes, the most this bot accepts.`,
  } as const;
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    return Promise.resolve(tooLarge);
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const settle = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      received += chunk.length;
      if (received > maxBytes) {
        chunks.length = 0;
        settle(tooLarge);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (settled) return;
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') {
        settle({ ok: false, status: 400, code: 'EmptyBody', message: 'The request body is empty; send a Bot Framework activity as JSON.' });
        return;
      }
      try {
        settle({ ok: true, value: JSON.parse(text) });
      } catch (error) {
        const detail = error instanceof SyntaxError ? error.message : 'unreadable';
        settle({ ok: false, status: 400, code: 'MalformedJson', message: `The request body is not valid JSON (${detail}); send a Bot Framework activity as JSON.` });
      }
    });
    req.on('error', () => settle({ ok: false, status: 0 }));
    req.on('aborted', () => settle({ ok: false, status: 0 }));
  });
}

const idField = z.object({ id: z.string().min(1) }).passthrough();

/** The parts of an activity the runtime relies on (state keys, replies); the rest passes through to the bot. */
const InboundActivitySchema = z
  .object({
    type: z.string().min(1),
    channelId: z.string().min(1),
    conversation: idField,
    from: idField,
    serviceUrl: z.string().optional(),
    deliveryMode: z.string().optional(),
  })
  .passthrough();

function describeIssue(issue: z.ZodIssue): string {
  const field = issue.path.join('.') || '(body)';
  return issue.code === 'invalid_type' && issue.received === 'undefined' ? `${field} is missing` : `${field}: ${issue.message}`;
}

type ActivityCheck = { ok: true; activity: Activity } | { ok: false; message: string };

function isLoopback(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host === '::1';
  } catch {
    return false;
  }
}

/** Validates the inbound activity; without credentials, replies may only go to this machine (no open relay). */
export function checkActivity(body: unknown, authDisabled: boolean): ActivityCheck {
  if (!isActivity(body)) {
    const issues = InboundActivitySchema.safeParse(body).error?.issues ?? [];
    return { ok: false, message: `The request body is not a Bot Framework activity: ${issues.map(describeIssue).join('; ')}.` };
  }
  const expectReplies = body.deliveryMode === 'expectReplies';
  const serviceUrl = body.serviceUrl ?? '';
  if (!expectReplies && serviceUrl === '') {
    return { ok: false, message: 'The activity has no serviceUrl to reply to; set serviceUrl or deliveryMode "expectReplies".' };
  }
  if (authDisabled && !expectReplies && !isLoopback(serviceUrl)) {
    return {
      ok: false,
      message:
        'Without MicrosoftAppId the bot only replies to a serviceUrl on this machine (localhost); set the Bot Framework credentials to talk to other hosts.',
    };
  }
  return { ok: true, activity: body };
}

/** The fields InboundActivitySchema checks are there; the bot reads the remaining optional ones defensively. */
function isActivity(value: unknown): value is Activity {
  return InboundActivitySchema.safeParse(value).success;
}

/** Rate-limit key: the sender's channel id when the body names one, else the remote address. */
export function clientKey(body: unknown, remoteAddress: string | undefined): string {
  if (typeof body === 'object' && body !== null && 'from' in body && typeof body.from === 'object' && body.from !== null && 'id' in body.from) {
    const id = body.from.id;
    if (typeof id === 'string' && id !== '') return `user:${id}`;
  }
  return `ip:${remoteAddress ?? 'unknown'}`;
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return undefined;
  return typeof error.statusCode === 'number' ? error.statusCode : undefined;
}

export interface ServerDeps {
  config: AppConfig;
  adapter: CareerAdapter;
  bot: ActivityHandler;
  storage: Storage;
  logger: Logger;
  knowledgeEntries: number;
  version: string;
}

export interface BotServer {
  server: Server;
  /** Requests being handled right now. */
  inFlight(): number;
  /** Refuse new requests (503) from now on; those in flight finish. */
  beginShutdown(): void;
  /** Resolves true once nothing is in flight, false if the deadline passed first. */
  whenIdle(timeoutMs: number): Promise<boolean>;
  health(): Promise<HealthReport>;
}

/** The restify server: /api/messages, /healthz, JSON 404s. Web and Direct Line routes are registered by app.ts. */
export function createServer(deps: ServerDeps): BotServer {
  const { config, adapter, bot, logger } = deps;
  const server = restify.createServer({ name: config.botName, handleUncaughtExceptions: false });
  // A client that trickles its headers or body cannot hold a connection for Node's default 5 minutes.
  server.server.headersTimeout = REQUEST_TIMEOUTS.headersMs;
  server.server.requestTimeout = REQUEST_TIMEOUTS.requestMs;
  const limiter = createRateLimiter(config.rateLimitPerMinute);
  const startedAt = Date.now();
  let active = 0;
  let shuttingDown = false;
  const idleWaiters = new Set<() => void>();

  server.server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    active += 1;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      active -= 1;
      if (active === 0) for (const wake of [...idleWaiters]) wake();
    };
    res.once('finish', finish);
    res.once('close', finish);
  });

  server.pre((_req: Request, res: Response, next: restify.Next) => {
    if (!shuttingDown) return next();
    res.header('Connection', 'close');
    res.header('Retry-After', '5');
    res.send(503, errorBody('ShuttingDown', 'The bot is restarting; try again in a few seconds.'));
    return next(false);
  });
  server.use(restify.plugins.queryParser());

  const health = () =>
    readHealth({ version: deps.version, knowledgeEntries: deps.knowledgeEntries, startedAt, probe: () => checkStorage(deps.storage) });

  server.get(Routes.health, async (_req: Request, res: Response) => {
    const report = await health();
    res.header('Cache-Control', 'no-store');
    res.send(report.status === 'ok' ? 200 : 503, report);
  });

  server.post(Routes.messages, async (req: Request, res: Response) => {
    const started = Date.now();
    if (shuttingDown) res.header('Connection', 'close');
    const body = await readJsonBody(req, config.maxBodyBytes);
    if (!body.ok) {
      if (body.status === 0) return;
      if (body.status === 413) res.header('Connection', 'close');
      res.send(body.status, errorBody(body.code, body.message));
      return;
    }
    const checked = checkActivity(body.value, config.authDisabled);
    if (!checked.ok) {
      res.send(400, errorBody('InvalidActivity', checked.message));
      return;
    }
    const activity = checked.activity;
    const where = { channelId: activity.channelId, conversationId: activity.conversation.id, activityType: activity.type };
    let authenticated: AuthenticatedActivity;
    try {
      authenticated = await adapter.authenticate(activity, req.headers.authorization ?? '');
    } catch (error) {
      const status = statusOf(error);
      if (status !== 401 && status !== 403) {
        // E.g. the token's signing keys could not be fetched: our problem, not the caller's.
        logger.error({ ...where, err: error }, 'could not check the Bot Framework token');
        res.send(500, errorBody('AuthenticationUnavailable', 'The bot could not check the token right now; try again later.'));
        return;
      }
      logger.warn({ ...where, status }, 'request refused: missing or invalid Bot Framework token');
      res.send(401, errorBody('Unauthorized', 'A valid Bot Framework token is required in the Authorization header.'));
      return;
    }
    // After authentication (so a forged sender cannot use up someone else's allowance), before the bot does any work.
    const decision = limiter.check(clientKey(activity, req.socket.remoteAddress));
    if (!decision.allowed) {
      logger.warn({ ...where, retryAfterSeconds: decision.retryAfterSeconds }, 'rate limit hit');
      res.header('Retry-After', String(decision.retryAfterSeconds));
      res.send(429, errorBody('TooManyRequests', `Too many messages; wait ${decision.retryAfterSeconds} s and send again.`));
      return;
    }
    try {
      const result = await authenticated.run((context) => bot.run(context));
      const status = result?.status ?? 200;
      if (result?.body === undefined) res.send(status);
      else res.send(status, result.body);
      logger.debug({ ...where, status, ms: Date.now() - started, textLength: activity.text?.length ?? 0 }, 'turn');
    } catch (error) {
      // onTurnError already answered the user; this is a failure outside the turn (or in onTurnError itself).
      logger.error({ ...where, err: error }, 'request failed outside the turn');
      res.send(500, errorBody('InternalError', 'The bot could not process this activity; the error is in the server log.'));
    }
  });

  server.on('NotFound', (req: Request, res: Response, _err: Error, callback: () => void) => {
    res.send(404, errorBody('NotFound', `There is nothing at ${req.getPath()}. The bot listens on POST ${Routes.messages}.`));
    return callback();
  });
  server.on('MethodNotAllowed', (req: Request, res: Response, _err: Error, callback: () => void) => {
    res.send(405, errorBody('MethodNotAllowed', `${req.method} is not supported on ${req.getPath()}.`));
    return callback();
  });
  server.on('restifyError', (req: Request, res: Response, err: Error, callback: () => void) => {
    if (!res.headersSent) {
      const status = statusOf(err) ?? 500;
      if (status >= 500) logger.error({ err, path: req.getPath() }, 'request failed');
      res.send(status, errorBody(err.name.replace(/Error$/, '') || 'Error', status >= 500 ? 'The server could not handle this request.' : err.message));
    }
    return callback();
  });

  return {
    server,
    inFlight: () => active,
    beginShutdown() {
      shuttingDown = true;
    },
    whenIdle(timeoutMs: number): Promise<boolean> {
      if (active === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          idleWaiters.delete(wake);
          resolve(true);
        };
        const timer = setTimeout(() => {
          idleWaiters.delete(wake);
          resolve(false);
        }, timeoutMs);
        idleWaiters.add(wake);
      });
    },
    health,
  };
}
