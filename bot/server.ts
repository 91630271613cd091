import type { IncomingMessage, ServerResponse } from 'node:http';
import { readJsonBody } from './httpBody';
import restify, { type Request, type Response, type Server } from 'restify';
import type { Activity, ActivityHandler, Storage } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import { serviceUrlAllowed, type AppConfig } from './config';
import { loggableError, type AuthenticatedActivity, type CareerAdapter } from './adapter';
import { checkStorage } from './storage';
import { createRateLimiter } from './rateLimit';
import { cachedProbe, readHealth, type HealthReport } from './health';
import { attachUpgradeRouter, type UpgradeRouter } from './upgrades';

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

/** Ids become storage keys, rate-limit keys and log fields: longer ones are refused, so no request can grow them. */
export const MAX_ID_LENGTH = 512;

const boundedText = (max: number) => z.string().max(max, `must be at most ${max} characters`);
const idField = z.object({ id: boundedText(MAX_ID_LENGTH).min(1, 'must not be empty') }).passthrough();

/** The parts of an activity the runtime relies on (state keys, replies); the rest passes through to the bot. */
const InboundActivitySchema = z
  .object({
    type: boundedText(64).min(1),
    channelId: boundedText(64).min(1),
    conversation: idField,
    from: idField,
    recipient: z.object({ id: boundedText(MAX_ID_LENGTH).optional() }).passthrough().optional(),
    id: boundedText(MAX_ID_LENGTH).optional(),
    replyToId: boundedText(MAX_ID_LENGTH).optional(),
    serviceUrl: boundedText(2048).optional(),
    deliveryMode: boundedText(32).optional(),
  })
  .passthrough();

function describeIssue(issue: z.ZodIssue): string {
  const field = issue.path.join('.') || '(body)';
  return issue.code === 'invalid_type' && issue.received === 'undefined' ? `${field} is missing` : `${field}: ${issue.message}`;
}

type ActivityCheck = { ok: true; activity: Activity } | { ok: false; message: string };

/**
 * Validates the inbound activity. Without credentials, replies may only go to a serviceUrl on ALLOWED_SERVICE_URLS
 * (by default the Emulator's form: a loopback address, no path), so the bot is no relay to other hosts or paths.
 */
export function checkActivity(body: unknown, config: Pick<AppConfig, 'authDisabled' | 'allowedServiceUrls'>): ActivityCheck {
  if (!isActivity(body)) {
    const issues = InboundActivitySchema.safeParse(body).error?.issues ?? [];
    return { ok: false, message: `The request body is not a Bot Framework activity: ${issues.slice(0, 5).map(describeIssue).join('; ')}.` };
  }
  const expectReplies = body.deliveryMode === 'expectReplies';
  const serviceUrl = body.serviceUrl ?? '';
  if (!expectReplies && serviceUrl === '') {
    return { ok: false, message: 'The activity has no serviceUrl to reply to; set serviceUrl or deliveryMode "expectReplies".' };
  }
  if (config.authDisabled && !expectReplies && !serviceUrlAllowed(serviceUrl, config.allowedServiceUrls)) {
    return {
      ok: false,
      message:
        'Without MicrosoftAppId the bot only replies to a serviceUrl listed in ALLOWED_SERVICE_URLS (by default the Emulator\'s: http://localhost:<port> with no path); add it there, use deliveryMode "expectReplies", or set the Bot Framework credentials.',
    };
  }
  return { ok: true, activity: body };
}

/** The fields InboundActivitySchema checks are there; the bot reads the remaining optional ones defensively. */
function isActivity(value: unknown): value is Activity {
  return InboundActivitySchema.safeParse(value).success;
}

/**
 * Rate-limit key. With credentials, the sender's id, which the channel's token vouches for. Without them anyone can
 * put any from.id in the body, so the connection's address is the key.
 */
export function clientKey(activity: Activity, remoteAddress: string | undefined, authDisabled: boolean): string {
  return authDisabled ? `ip:${remoteAddress ?? 'unknown'}` : `user:${activity.from.id}`;
}

/** The longest value a log line keeps of a field the caller chose (ids, types): enough to find it, too short to flood the log. */
export const MAX_LOGGED_FIELD = 128;

export function forLog(value: string | undefined): string | undefined {
  return value === undefined || value.length <= MAX_LOGGED_FIELD ? value : `${value.slice(0, MAX_LOGGED_FIELD)}... (${value.length} characters)`;
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
  /** Upgrade requests (WebSocket): registered paths go to their handler, every other one is refused properly. */
  upgrades: UpgradeRouter;
  /** Requests being handled right now, and upgraded connections still open. */
  inFlight(): number;
  /** Refuse new requests and upgrades (503) from now on; those in flight finish. */
  beginShutdown(): void;
  /** Closes the connections a shutdown could not wait for any longer (keep-alive and upgraded ones). */
  closeConnections(): void;
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
  const inFlight = () => active + upgrades.open;
  const wakeIfIdle = () => {
    if (inFlight() === 0) for (const wake of [...idleWaiters]) wake();
  };
  const upgrades = attachUpgradeRouter(server.server, wakeIfIdle);

  server.server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    active += 1;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      active -= 1;
      wakeIfIdle();
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

  const probe = cachedProbe(() => checkStorage(deps.storage));
  const health = () => readHealth({ version: deps.version, knowledgeEntries: deps.knowledgeEntries, startedAt, probe });

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
    const checked = checkActivity(body.value, config);
    if (!checked.ok) {
      res.send(400, errorBody('InvalidActivity', checked.message));
      return;
    }
    const activity = checked.activity;
    const where = { channelId: forLog(activity.channelId), conversationId: forLog(activity.conversation.id), activityType: forLog(activity.type) };
    let authenticated: AuthenticatedActivity;
    try {
      authenticated = await adapter.authenticate(activity, req.headers.authorization ?? '');
    } catch (error) {
      const status = statusOf(error);
      if (status !== 401 && status !== 403) {
        // E.g. the token's signing keys could not be fetched: our problem, not the caller's.
        logger.error({ ...where, err: loggableError(error) }, 'could not check the Bot Framework token');
        res.send(500, errorBody('AuthenticationUnavailable', 'The bot could not check the token right now; try again later.'));
        return;
      }
      logger.warn({ ...where, status, reason: forLog(error instanceof Error ? error.message : undefined) }, 'request refused: missing or invalid Bot Framework token');
      res.send(401, errorBody('Unauthorized', 'A valid Bot Framework token is required in the Authorization header.'));
      return;
    }
    // After authentication (so a forged sender cannot use up someone else's allowance), before the bot does any work.
    const decision = limiter.check(clientKey(activity, req.socket.remoteAddress, config.authDisabled));
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
    upgrades,
    inFlight,
    beginShutdown() {
      shuttingDown = true;
      upgrades.beginShutdown();
    },
    closeConnections() {
      server.server.closeAllConnections();
      upgrades.destroyAll();
    },
    whenIdle(timeoutMs: number): Promise<boolean> {
      if (inFlight() === 0) return Promise.resolve(true);
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
