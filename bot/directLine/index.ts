import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Activity, ActivityHandler, ChannelAccount, CloudAdapter, ConversationAccount } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity, ConnectorClient, ConnectorFactory, type AuthenticateRequestResult } from 'botframework-connector';
import type { Logger } from 'pino';
import type { AppConfig } from '../config';
import { createRateLimiter } from '../rateLimit';
import { readJsonBody } from '../httpBody';
import { BotActivitySchema, ClientActivitySchema, describeIssues, directLineError } from './schemas';
import { createDirectLineStore, DEFAULT_LIMITS, type Conversation, type DirectLineLimits, type TokenCheck } from './store';
import { createDirectLineStream, type DirectLineStream, type StreamLimits } from './stream';
import { allowNewConversation, readTokenRequest, refuseFull, registerTokenRoute, type FetchLike } from './tokenRoute';
import { createVisitorTickets } from './visitor';
import type { UpgradeRouter } from '../upgrades';

export { TOKEN_ROUTE, DIRECT_LINE_TOKEN_URL, LOCAL_DOMAIN, type FetchLike, type PageToken } from './tokenRoute';
export type { DirectLineLimits } from './store';
export { STREAM_PATH, StreamClose, type StreamLimits } from './stream';

/** Web Chat's side: the Direct Line 3.0 subset it needs. */
export const DIRECT_LINE_PATH = '/v3/directline';
/** The bot's side: the serviceUrl on every activity; the bot's connector client posts replies under it. */
export const CONNECTOR_PATH = '/directline-connector';
/** Direct Line's own channel id, so the bot renders for Web Chat. */
export const CHANNEL_ID = 'directline';
/**
 * The largest activity a client may post (text is capped at 20,000 characters; value and channelData have no other
 * bound). Everything posted is kept in memory for the stream, so the cap is well under the bot's body limit.
 */
export const MAX_CLIENT_ACTIVITY_BYTES = 100 * 1024;
/** A turn that takes longer than this answers the client 502, as Azure's Direct Line does; the turn itself goes on. */
const TURN_TIMEOUT_MS = 15_000;

export interface DirectLineDeps {
  config: AppConfig;
  adapter: CloudAdapter;
  bot: ActivityHandler;
  logger: Logger;
  /** The server's own base URL once listening, e.g. http://127.0.0.1:3978 (replies come back to it). */
  baseUrl: () => string;
  /** For the production token exchange; defaults to the global fetch. Tests inject a fake. */
  fetch?: FetchLike;
  /** Overrides for limits (tests use short lifetimes and small caps). */
  limits?: Partial<DirectLineLimits>;
  /** The clock, for expiry; tests move it. */
  now?: () => number;
  /** Where the WebSocket stream registers its path; without it, no streamUrl is offered and Web Chat polls. */
  upgrades?: Pick<UpgradeRouter, 'register'>;
  /** Overrides for the stream's limits (tests use short lifetimes). */
  streamLimits?: Partial<StreamLimits>;
}

export interface DirectLineHandle {
  /** Stops timers (idle expiry) and closes open streams so the process can exit. */
  close(): void;
}

/**
 * Always registers POST /api/directline/token (local token, or the production exchange, or a clear 503).
 * When config.directLine.localEnabled, also serves the local Direct Line 3.0 subset and its connector routes; the bot is
 * reached in-process through the real adapter, never through /api/messages, so Bot Framework auth is not bypassed.
 */
export function registerDirectLine(server: Server, deps: DirectLineDeps): DirectLineHandle {
  const { config, logger } = deps;
  const fetchImpl: FetchLike = deps.fetch ?? ((url, init) => fetch(url, init));
  // The same budget as /api/messages: new conversations per client address, and messages per conversation.
  const conversationLimiter = createRateLimiter(config.rateLimitPerMinute, deps.now);
  const messageLimiter = createRateLimiter(config.rateLimitPerMinute, deps.now);
  const visitors = createVisitorTickets(config.directLine.secret, deps.now);
  if (!config.directLine.localEnabled) {
    registerTokenRoute(server, { config, logger, fetch: fetchImpl, store: undefined, limiter: conversationLimiter, visitors });
    return { close() {} };
  }

  const limits: DirectLineLimits = {
    ...DEFAULT_LIMITS,
    tokenTtlMs: config.directLine.tokenTtlSeconds * 1000,
    idleMs: config.directLine.idleMinutes * 60_000,
    ...deps.limits,
  };
  // The stream is told of every activity the store keeps (and every typing it does not), as it happens.
  let stream: DirectLineStream | undefined;
  const store = createDirectLineStore(limits, deps.now, {
    added: (conversation, activity, watermark) => stream?.publish(conversation, activity, watermark),
    forgotten: (conversationId) => stream?.end(conversationId),
  });
  stream = createDirectLineStream({ store, logger, ...(deps.streamLimits ? { limits: deps.streamLimits } : {}), ...(deps.now ? { now: deps.now } : {}) });
  const liveStream = stream;
  deps.upgrades?.register({ path: liveStream.path, handle: liveStream.handleUpgrade, onShutdown: () => liveStream.close() });
  /** Direct Line's conversation body; `streamUrl` only when the server can take the stream's upgrade. */
  const conversationBody = (req: Request, conversation: Conversation, token: string, watermark: number | 'all' | undefined) => ({
    ...tokenBody(conversation, token, Math.floor(limits.tokenTtlMs / 1000)),
    ...(deps.upgrades ? { streamUrl: liveStream.streamUrl(conversation, publicStreamBase(req), watermark) } : {}),
  });
  registerTokenRoute(server, { config, logger, fetch: fetchImpl, store, limiter: conversationLimiter, visitors });

  // A per-process key on the connector routes: only this process's connector client knows it, so nobody outside can
  // post into a conversation as the bot.
  const connectorKey = randomBytes(32).toString('base64url');
  const bot: ChannelAccount = { id: config.auth.MicrosoftAppId || 'care-manager-bot', name: config.botName, role: 'bot' };
  const serviceUrl = () => `${deps.baseUrl()}${CONNECTOR_PATH}`;
  const connectorFactory = createLocalConnectorFactory(serviceUrl, connectorKey);
  // The identity CloudAdapter itself gives a turn: anonymous without credentials, the bot's own app id (as for a
  // proactive message) with them. Built here, so LOCAL_DIRECT_LINE=on with credentials asks Entra ID for nothing.
  const appId = config.auth.MicrosoftAppId;
  const authResult = (): AuthenticateRequestResult => ({
    audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
    claimsIdentity: appId
      ? new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: appId }, { type: AuthenticationConstants.AppIdClaim, value: appId }], true)
      : new ClaimsIdentity([], AuthenticationConstants.AnonymousAuthType),
    connectorFactory,
  });

  /** Runs one turn on the bot, after the conversation's previous turn. Resolves false on timeout, throws on bot error. */
  function runTurn(conversation: Conversation, activity: Activity): Promise<boolean> {
    const turn = conversation.turns.then(() => deps.adapter.processActivityDirect(authResult(), activity, (context) => deps.bot.run(context)));
    conversation.turns = turn.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), TURN_TIMEOUT_MS);
      timer.unref();
    });
    return Promise.race([turn.then(() => true), timeout]).finally(() => clearTimeout(timer));
  }

  function toBotActivity(conversation: Conversation, fields: Partial<Activity> & { type: string }): Activity {
    const account: ConversationAccount = { id: conversation.id, name: '', isGroup: false, conversationType: 'personal' };
    return {
      text: '',
      localTimezone: '',
      callerId: '',
      label: '',
      valueType: '',
      listenFor: [],
      ...fields,
      timestamp: new Date(),
      channelId: CHANNEL_ID,
      serviceUrl: serviceUrl(),
      conversation: account,
      recipient: bot,
      from: { id: conversation.userId, name: fields.from?.name ?? '', role: 'user' },
    };
  }

  /** Sends a turn and maps its outcome to the client's response. */
  async function deliver(res: Response, conversation: Conversation, activity: Activity, onSuccess: () => void): Promise<void> {
    try {
      if (await runTurn(conversation, activity)) {
        onSuccess();
      } else {
        logger.warn({ conversation: shortId(conversation.id), type: activity.type }, 'local Direct Line: bot turn timed out');
        res.send(502, directLineError('BotTimeout', 'The bot took too long to answer. Please try again.'));
      }
    } catch (error) {
      logger.error({ conversation: shortId(conversation.id), type: activity.type, err: errorSummary(error) }, 'local Direct Line: bot turn failed');
      res.send(502, directLineError('BotError', 'The bot could not process the message. Please try again.'));
    }
  }

  /** Resolves the bearer token for a route scoped to :conversationId; answers 401/403 itself when it does not fit. */
  function authorize(req: Request, res: Response, conversationId?: string): Conversation | undefined {
    const check = store.checkToken(bearer(req), conversationId);
    if (check.ok) return check.conversation;
    const { status, code, message } = TOKEN_DENIALS[check.reason];
    res.send(status, directLineError(code, message));
    return undefined;
  }

  /** The JSON body, or undefined after answering 400/413/415 (or nothing, when the client went away). */
  async function readBody(req: Request, res: Response, maxBytes: number): Promise<{ value: unknown } | undefined> {
    const body = await readJsonBody(req, maxBytes);
    if (body.ok) return { value: body.value };
    if (body.status !== 0) res.send(body.status, directLineError(body.code, body.message));
    return undefined;
  }
  const guard = (handler: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
    res.header('Cache-Control', 'no-store');
    try {
      await handler(req, res);
    } catch (error) {
      logger.error({ err: errorSummary(error), route: req.getRoute().path }, 'local Direct Line: request failed');
      if (!res.headersSent) res.send(500, directLineError('ServiceError', 'The local Direct Line failed on this request; see the server log.'));
    }
  };
  const tokenBody = (conversation: Conversation, token: string, expiresIn: number) => ({ conversationId: conversation.id, token, expires_in: expiresIn });

  server.post(`${DIRECT_LINE_PATH}/tokens/generate`, guard(async (req, res) => {
    if (!allowNewConversation(req, res, conversationLimiter)) return;
    if (!(await readTokenRequest(req, res))) return;
    const issued = store.createConversation();
    if (!issued) {
      refuseFull(res);
      return;
    }
    res.send(200, { conversationId: issued.conversationId, token: issued.token, expires_in: issued.expiresIn });
  }));

  server.post(`${DIRECT_LINE_PATH}/tokens/refresh`, guard(async (req, res) => {
    const conversation = authorize(req, res);
    if (!conversation) return;
    const issued = store.refresh(conversation);
    res.send(200, tokenBody(conversation, issued.token, issued.expiresIn));
  }));

  server.post(`${DIRECT_LINE_PATH}/conversations`, guard(async (req, res) => {
    const conversation = authorize(req, res);
    if (!conversation) return;
    // Everything from the start: the stream replays the welcome the first turn adds before this answers.
    const body = () => conversationBody(req, conversation, bearer(req) ?? '', 'all');
    if (conversation.started) {
      res.send(200, body());
      return;
    }
    conversation.started = true;
    // The bot welcomes members it sees added, so both are in one update, as Azure's Direct Line sends with a user-bound token.
    const update = toBotActivity(conversation, {
      type: 'conversationUpdate',
      id: randomBytes(8).toString('hex'),
      membersAdded: [bot, { id: conversation.userId, name: '' }],
    });
    await deliver(res, conversation, update, () => res.send(201, body()));
  }));

  // Reconnect: a new streamUrl that replays after the watermark, or only what comes next when there is none.
  server.get(`${DIRECT_LINE_PATH}/conversations/:conversationId`, guard(async (req, res) => {
    const conversation = authorize(req, res, req.params.conversationId);
    if (!conversation) return;
    const watermark = readWatermark(req, res);
    if (watermark === null) return;
    res.send(200, conversationBody(req, conversation, bearer(req) ?? '', watermark));
  }));

  server.post(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, guard(async (req, res) => {
    const conversation = authorize(req, res, req.params.conversationId);
    if (!conversation) return;
    if (!conversation.started) {
      res.send(400, directLineError('BadArgument', 'The conversation has not started: POST /v3/directline/conversations with this token first.'));
      return;
    }
    const decision = messageLimiter.check(conversation.id);
    if (!decision.allowed) {
      res.header('Retry-After', String(decision.retryAfterSeconds));
      res.send(429, directLineError('TooManyRequests', `Too many messages; wait ${decision.retryAfterSeconds} s and send again.`));
      return;
    }
    const body = await readBody(req, res, MAX_CLIENT_ACTIVITY_BYTES);
    if (!body) return;
    const parsed = ClientActivitySchema.safeParse(body.value);
    if (!parsed.success) {
      res.send(400, directLineError('BadArgument', `The activity is not valid: ${describeIssues(parsed.error, 'activity')}.`));
      return;
    }
    const { from, localTimestamp, ...fields } = parsed.data;
    const user: ChannelAccount = { id: conversation.userId, name: from?.name ?? '', role: 'user' };
    // Web Chat shows a message as sent when it sees it come back with an id and the same channelData.clientActivityID.
    const echo = store.append(conversation, {
      ...parsed.data,
      from: user,
      recipient: bot,
      conversation: { id: conversation.id },
      channelId: CHANNEL_ID,
      timestamp: new Date().toISOString(),
    });
    const id = typeof echo.id === 'string' ? echo.id : '';
    const clientTime = localTimestamp ? new Date(localTimestamp) : undefined;
    const activity = toBotActivity(conversation, {
      ...fields,
      id,
      ...(clientTime && !Number.isNaN(clientTime.getTime()) ? { localTimestamp: clientTime } : {}),
      from: user,
    });
    await deliver(res, conversation, activity, () => res.send(200, { id }));
  }));

  server.get(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, guard(async (req, res) => {
    const conversation = authorize(req, res, req.params.conversationId);
    if (!conversation) return;
    const watermark = readWatermark(req, res);
    if (watermark === null) return;
    res.send(200, store.since(conversation, watermark));
  }));

  server.post(`${DIRECT_LINE_PATH}/conversations/:conversationId/upload`, guard(async (req, res) => {
    if (!authorize(req, res, req.params.conversationId)) return;
    res.send(501, directLineError('NotSupported', 'The local Direct Line does not take file uploads.'));
  }));

  const connectorReply = guard(async (req, res) => {
    if (!isConnectorKey(bearer(req), connectorKey)) {
      res.send(401, directLineError('Unauthorized', 'The connector routes only take replies from this server\'s own bot.'));
      return;
    }
    const conversation = store.get(String(req.params.conversationId));
    if (!conversation || !conversation.started) {
      res.send(404, directLineError('NotFound', 'No such conversation on the local Direct Line.'));
      return;
    }
    const body = await readBody(req, res, config.maxBodyBytes);
    if (!body) return;
    const parsed = BotActivitySchema.safeParse(body.value);
    if (!parsed.success) {
      res.send(400, directLineError('BadArgument', `The reply is not valid: ${describeIssues(parsed.error, 'activity')}.`));
      return;
    }
    const replyToId = typeof req.params.activityId === 'string' ? req.params.activityId : parsed.data.replyToId;
    // The serviceUrl is this server's internal address: the browser has no use for it.
    const { serviceUrl: _internal, ...reply } = parsed.data;
    // Typing goes to open streams only and is never kept, as in Azure's Direct Line.
    const keep = reply.type === 'typing' ? store.announce : store.append;
    const stored = keep(conversation, {
      ...reply,
      from: parsed.data.from ?? bot,
      conversation: { id: conversation.id },
      channelId: CHANNEL_ID,
      timestamp: new Date().toISOString(),
      ...(replyToId ? { replyToId } : {}),
    });
    res.send(200, { id: stored.id });
  });
  server.post(`${CONNECTOR_PATH}/v3/conversations/:conversationId/activities`, connectorReply);
  server.post(`${CONNECTOR_PATH}/v3/conversations/:conversationId/activities/:activityId`, connectorReply);

  const sweeper = setInterval(() => store.sweep(), limits.sweepIntervalMs);
  sweeper.unref();
  logger.info({ path: DIRECT_LINE_PATH }, 'local Direct Line on (in-process, for the web chat page)');
  return {
    close() {
      clearInterval(sweeper);
      liveStream.close();
    },
  };
}

/** `?watermark=`: undefined when absent or empty, null after answering 400 for a value that is not one of ours. */
function readWatermark(req: Request, res: Response): number | undefined | null {
  const raw = new URL(req.url ?? '', 'http://local').searchParams.get('watermark');
  const watermark = raw === null || raw === '' ? undefined : Number(raw);
  if (watermark !== undefined && (!Number.isSafeInteger(watermark) || watermark < 0)) {
    res.send(400, directLineError('BadArgument', `watermark must be a whole number from a previous response, got "${String(raw).slice(0, 40)}".`));
    return null;
  }
  return watermark;
}

/**
 * ws:// or wss://, the host the browser used and any path prefix in front of this server, then /v3/directline: where
 * the browser opens the stream. Behind a reverse proxy that serves the bot under a path (`/carebot/`) and strips it,
 * the proxy says so in `X-Forwarded-Prefix` and names the public host in `X-Forwarded-Host` (when it rewrites Host).
 * These headers only go back to the client that sent them; a value that is not a host name or a plain path is ignored.
 */
export function publicStreamBase(req: StreamBaseRequest): string {
  const forwarded = firstHeader(req.headers['x-forwarded-proto']);
  const secure = forwarded === 'https' || req.socket.encrypted === true;
  const host = [firstHeader(req.headers['x-forwarded-host']), String(req.headers.host ?? '')].find((candidate) => HOST_PATTERN.test(candidate)) ?? `127.0.0.1:${req.socket.localPort ?? 80}`;
  const prefix = firstHeader(req.headers['x-forwarded-prefix']).replace(/\/+$/, '');
  const safePrefix = PREFIX_PATTERN.test(prefix) ? prefix : '';
  return `${secure ? 'wss' : 'ws'}://${host}${safePrefix}${DIRECT_LINE_PATH}`;
}

/** What publicStreamBase reads of a request. */
export interface StreamBaseRequest {
  headers: Request['headers'];
  /** A TLS socket says `encrypted`. */
  socket: { localPort?: number | undefined; encrypted?: boolean };
}

const HOST_PATTERN = /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](:\d{1,5})?$/;
/** "/carebot", "/apps/care-bot": segments of plain characters, no dots of their own ("..") and no query. */
const PREFIX_PATTERN = /^(?:\/[A-Za-z0-9_~-][A-Za-z0-9._~-]{0,63}){1,8}$/;

/** The first value of a header a proxy may have written as a list ("https, http"). */
function firstHeader(value: string | string[] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  return String(raw ?? '').split(',')[0]?.trim() ?? '';
}

const TOKEN_DENIALS: Record<Exclude<TokenCheck, { ok: true }>['reason'], { status: number; code: string; message: string }> = {
  missing: { status: 401, code: 'MissingToken', message: 'Send the Direct Line token in the Authorization header: "Bearer <token>". Get one from POST /api/directline/token.' },
  unknown: { status: 401, code: 'BadToken', message: 'The Direct Line token is not valid here. Get a new one from POST /api/directline/token.' },
  expired: { status: 403, code: 'TokenExpired', message: 'The Direct Line token or its conversation has expired. Get a new one from POST /api/directline/token.' },
  'other-conversation': { status: 403, code: 'Forbidden', message: 'The Direct Line token belongs to another conversation.' },
};

/** A connector factory whose clients only ever talk to this server's connector routes, signed with the per-process key. */
function createLocalConnectorFactory(serviceUrl: () => string, key: string): ConnectorFactory {
  type Credentials = ConstructorParameters<typeof ConnectorClient>[0];
  const credentials: Credentials = {
    async signRequest(resource) {
      resource.headers.set('Authorization', `Bearer ${key}`);
      return resource;
    },
  };
  class LocalConnectorFactory extends ConnectorFactory {
    // The serviceUrl argument is ignored on purpose: the key must never be sent anywhere but here.
    async create(): Promise<ConnectorClient> {
      return new ConnectorClient(credentials, { baseUri: serviceUrl() });
    }
  }
  return new LocalConnectorFactory();
}

function bearer(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.header('authorization') ?? '');
  return match?.[1];
}

function isConnectorKey(presented: string | undefined, key: string): boolean {
  if (!presented) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(key);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Logs name the conversation by a prefix only. */
function shortId(id: string): string {
  return id.slice(0, 8);
}

/** The message without stack lines (processActivityDirect folds the cause's stack into its message). */
function errorSummary(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at '))
    .join(' ');
}
