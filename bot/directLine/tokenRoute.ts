import { randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { AppConfig } from '../config';
import type { RateLimiter } from '../rateLimit';
import { readJsonBody } from '../httpBody';
import { directLineError } from './schemas';
import type { DirectLineStore } from './store';
import type { VisitorTickets } from './visitor';

/** The route the web page asks for a token; it never needs (or sees) a secret. */
export const TOKEN_ROUTE = '/api/directline/token';
/** Azure Bot Service's Direct Line token exchange: the secret goes here, from the server only. */
export const DIRECT_LINE_TOKEN_URL = 'https://directline.botframework.com/v3/directline/tokens/generate';
/** Where the page's Web Chat finds the local Direct Line, relative to the page (so a path prefix on a proxy still works). */
export const LOCAL_DOMAIN = 'v3/directline';
const EXCHANGE_TIMEOUT_MS = 10_000;

/** The subset of `fetch` the exchange uses; tests pass a fake so no test reaches the internet. */
export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal: AbortSignal }) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}>;

/** What the page gets: a token, the user id bound to it, the ticket to keep that id, and (locally) where the Direct Line is. */
export interface PageToken {
  token: string;
  userId: string;
  visitor: string;
  expiresIn: number;
  conversationId?: string;
  domain?: string;
}

const TokenResponseSchema = z.object({
  token: z.string().min(1),
  conversationId: z.string().optional(),
  expires_in: z.number().optional(),
});

export interface TokenRouteDeps {
  config: AppConfig;
  logger: Logger;
  fetch: FetchLike;
  /** The local Direct Line's store when it is on; undefined otherwise. */
  store: DirectLineStore | undefined;
  /** New conversations per client address: each costs memory locally and a call to Azure in production. */
  limiter: RateLimiter;
  visitors: VisitorTickets;
}

/** The page's request: optionally the ticket it kept from an earlier visit. Anything else in the body is ignored. */
const TokenRequestSchema = z.object({ visitor: z.string().max(200).optional() });
const TOKEN_REQUEST_MAX_BYTES = 1024;

/**
 * A token request's small, optional JSON body (unreadable JSON counts as none: it only ever carries a ticket);
 * undefined after answering one that is too large (413) or not JSON (415).
 */
export async function readTokenRequest(req: Request, res: Response): Promise<{ value: unknown } | undefined> {
  const body = await readJsonBody(req, TOKEN_REQUEST_MAX_BYTES, { optional: true });
  if (body.ok) return { value: body.value };
  if (body.status === 400) return { value: undefined };
  if (body.status !== 0) res.send(body.status, directLineError(body.code, body.message));
  return undefined;
}

/** Every conversation the local Direct Line keeps is live: answer 503 rather than cut one of them off. */
export function refuseFull(res: Response): void {
  res.header('Retry-After', '60');
  res.send(503, directLineError('TooManyChats', 'The bot has as many chats open as it can keep right now; try again in a minute.'));
}

/** Answers 429 and returns false when the client has started too many conversations lately. */
export function allowNewConversation(req: Request, res: Response, limiter: RateLimiter): boolean {
  const decision = limiter.check(`address:${req.socket.remoteAddress ?? 'unknown'}`);
  if (decision.allowed) return true;
  res.header('Retry-After', String(decision.retryAfterSeconds));
  res.send(429, directLineError('TooManyRequests', `Too many new chats from this address; wait ${decision.retryAfterSeconds} s and reload the page.`));
  return false;
}

/**
 * POST /api/directline/token: locally a token for a new conversation on the in-process Direct Line; in production a
 * token exchanged with Azure's Direct Line using DIRECT_LINE_SECRET, of which only the token is returned.
 */
export function registerTokenRoute(server: Server, deps: TokenRouteDeps): void {
  server.post(TOKEN_ROUTE, async (req: Request, res: Response) => {
    res.header('Cache-Control', 'no-store');
    if (!allowNewConversation(req, res, deps.limiter)) return;
    const { store, config, visitors } = deps;
    const body = await readTokenRequest(req, res);
    if (!body) return;
    // A genuine ticket from an earlier visit keeps the user's id; a first visit, an old page or a bad ticket gets a new one.
    const parsed = TokenRequestSchema.safeParse(body.value);
    const returning = parsed.success ? visitors.userIdOf(parsed.data.visitor) : null;
    if (store) {
      const issued = store.createConversation(returning ?? undefined);
      if (!issued) {
        refuseFull(res);
        return;
      }
      const body: PageToken = {
        token: issued.token,
        userId: issued.userId,
        visitor: visitors.ticketFor(issued.userId),
        expiresIn: issued.expiresIn,
        conversationId: issued.conversationId,
        domain: LOCAL_DOMAIN,
      };
      res.send(200, body);
      return;
    }
    const secret = config.directLine.secret;
    if (!secret) {
      res.send(
        503,
        directLineError(
          'NotConfigured',
          'Web chat is not configured on this server: set DIRECT_LINE_SECRET (from the Azure Bot\'s Direct Line channel), or LOCAL_DIRECT_LINE=on to use the built-in local Direct Line.',
        ),
      );
      return;
    }
    const result = await exchangeSecret(secret, returning, deps);
    if ('token' in result) res.send(200, result);
    else res.send(502, directLineError('TokenExchangeFailed', result.problem));
  });
}

async function exchangeSecret(secret: string, returning: string | null, deps: TokenRouteDeps): Promise<PageToken | { problem: string }> {
  // Binding a user id to the token stops a page from posting as someone else; Web Chat must then use this id.
  const userId = returning ?? `dl_${randomBytes(12).toString('base64url')}`;
  const failure = 'Could not get a Direct Line token from Azure Bot Service; try again in a minute. If it keeps failing, check DIRECT_LINE_SECRET and the Direct Line channel of the Azure Bot.';
  try {
    const response = await deps.fetch(DIRECT_LINE_TOKEN_URL, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(EXCHANGE_TIMEOUT_MS),
    });
    if (!response.ok) {
      deps.logger.warn({ status: response.status }, 'Direct Line token exchange refused');
      return { problem: failure };
    }
    const parsed = TokenResponseSchema.safeParse(await response.json());
    if (!parsed.success) {
      deps.logger.warn('Direct Line token exchange returned no token');
      return { problem: failure };
    }
    const { token, conversationId, expires_in: expiresIn } = parsed.data;
    return {
      token,
      userId,
      visitor: deps.visitors.ticketFor(userId),
      expiresIn: expiresIn ?? deps.config.directLine.tokenTtlSeconds,
      ...(conversationId ? { conversationId } : {}),
    };
  } catch (error) {
    deps.logger.warn({ reason: error instanceof Error ? error.name : 'unknown' }, 'Direct Line token exchange failed');
    return { problem: failure };
  }
}
