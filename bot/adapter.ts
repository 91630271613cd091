import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  ConversationState,
  type Activity,
  type InvokeResponse,
  type Storage,
  type TurnContext,
} from 'botbuilder';
import {
  AuthenticationConstants,
  BotFrameworkAuthentication,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import { AsyncLocalStorage } from 'node:async_hooks';
import { format } from 'node:util';
import type { Logger } from 'pino';
import { Messages } from '../dialogs/rendering/core/messages';
import type { AppConfig } from './config';
import { StateConflictError, StorageUnavailableError } from './storage';
import { createTypingIndicator } from './typing';

/** The channel could not take the bot's replies (its service URL unreachable, or it refused them). */
export class ReplyDeliveryError extends Error {
  constructor(cause: unknown) {
    super(`The bot's replies could not be delivered to the channel: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'ReplyDeliveryError';
  }
}

/** Marks every failure to send from this turn as a ReplyDeliveryError, so onTurnError can tell it from a bug. */
export function markDeliveryFailures(context: TurnContext): void {
  context.onSendActivities(async (_context, _activities, next) => {
    try {
      return await next();
    } catch (error) {
      throw error instanceof ReplyDeliveryError ? error : new ReplyDeliveryError(error);
    }
  });
}

/** The error and what it wraps: botbuilder-dialogs wraps a dialog's error in a DialogContextError (`error`), others use `cause`. */
function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current: unknown = error; current !== undefined && current !== null && chain.length < 5; ) {
    chain.push(current);
    if (typeof current !== 'object') break;
    current = 'error' in current && current.error instanceof Error ? current.error : 'cause' in current ? current.cause : undefined;
  }
  return chain;
}

/**
 * What the log keeps of a failed turn's error: names, messages and the first stack. Never the whole object: a
 * DialogContextError carries the dialog stack, whose state can hold what the user typed.
 */
export function loggableError(error: unknown): { type: string; message: string; stack?: string; causes: string[] } {
  const [first, ...rest] = errorChain(error);
  const describe = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));
  return {
    type: first instanceof Error ? first.name : typeof first,
    message: first instanceof Error ? first.message : String(first),
    ...(first instanceof Error && first.stack ? { stack: first.stack } : {}),
    causes: rest.map(describe),
  };
}

/** The one sentence a user sees when a turn fails; never the error itself. */
export const TURN_ERROR_REPLY = Messages.errors.somethingWentWrong;

/** Runs tasks one after another per key, so two messages of one conversation never race on its state. */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  get size(): number {
    return this.tails.size;
  }
}

/** The caller's token is no good (forged, expired, not yet valid, wrong issuer, audience or key): answer 401. */
export class TokenRejectedError extends Error {
  readonly statusCode = 401;

  constructor(reason: string) {
    super(`Bot Framework token refused: ${reason}`);
    this.name = 'TokenRejectedError';
  }
}

/** Errors jsonwebtoken throws for a token that fails verification (bad signature, alg, not-before, expiry, shape). */
const TOKEN_VERIFY_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * botframework-connector answers a token that fails verification by rethrowing jsonwebtoken's error, which carries no
 * status (so it looked like "could not check the token", 500), after printing the signing key's PEM with console.error.
 * Its refusals become TokenRejectedError (401); real failures to check (keys unreachable) pass through.
 */
export function classifyAuthError(error: unknown): unknown {
  if (error instanceof TokenRejectedError) return error;
  const status = typeof error === 'object' && error !== null && 'statusCode' in error ? error.statusCode : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (status === 401 || status === 403) return new TokenRejectedError(message);
  if (error instanceof Error && TOKEN_VERIFY_ERRORS.has(error.name)) return new TokenRejectedError(`${error.name}: ${message}`);
  return error;
}

/** Set while the library checks a token: its console output goes to our log (debug) instead of stderr. */
const tokenCheckScope = new AsyncLocalStorage<Logger>();
let consoleRouted = false;

/** Routes botframework-connector's console.error calls made during a token check into the JSON log, once per process. */
function routeTokenCheckConsole(): void {
  if (consoleRouted) return;
  consoleRouted = true;
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    const logger = tokenCheckScope.getStore();
    if (!logger) {
      original(...args);
      return;
    }
    logger.debug({ output: format(...args).slice(0, 200) }, 'token check: Bot Framework library console output');
  };
}

/** A request whose token checked out: run it once with the bot's logic. */
export interface AuthenticatedActivity {
  run(logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined>;
}

/**
 * CloudAdapter with entry points for our own HTTP route: authenticate first (outside any queue, so the server can
 * rate-limit on a sender id it can trust), then run the turn serialised per conversation, and hand back the invoke /
 * expectReplies response instead of writing it, so the server owns status codes and error bodies
 * (CloudAdapter.process prints errors to the console and echoes their messages to the caller).
 */
export class CareerAdapter extends CloudAdapter {
  private readonly turns = new KeyedQueue();
  /** Where the library's console output during a token check goes; set by createAdapter. */
  tokenCheckLogger: Logger | undefined;

  /** Throws TokenRejectedError (statusCode 401) when the Authorization header does not carry a valid Bot Framework token. */
  async authenticate(activity: Activity, authHeader: string): Promise<AuthenticatedActivity> {
    const check = () => this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    let authResult: AuthenticateRequestResult;
    try {
      authResult = await (this.tokenCheckLogger ? tokenCheckScope.run(this.tokenCheckLogger, check) : check());
    } catch (error) {
      throw classifyAuthError(error);
    }
    const key = `${activity.channelId}/${activity.conversation.id}`;
    return { run: (logic) => this.turns.run(key, () => this.processActivity(authResult, activity, logic)) };
  }

  async handleActivity(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return (await this.authenticate(activity, authHeader)).run(logic);
  }
}

/**
 * Promises of clients, least recently used first out. A promise that rejects is dropped, so a failed credential
 * fetch is tried again on the next turn instead of failing every turn after it.
 */
class ClientCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly limit: number) {}

  getOrCreate(key: string, create: () => Promise<T>): Promise<T> {
    const found = this.entries.get(key);
    if (found !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const created = create();
    this.entries.set(key, created);
    created.catch(() => {
      if (this.entries.get(key) === created) this.entries.delete(key);
    });
    const oldest = this.entries.keys().next();
    if (this.entries.size > this.limit && !oldest.done) this.entries.delete(oldest.value);
    return created;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Hands out one client per service URL and audience for one app id, from the shared cache. */
class CachedConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appId: string,
    private readonly cache: ClientCache<ConnectorClient>,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.cache.getOrCreate(JSON.stringify([this.appId, serviceUrl, audience ?? null]), () => this.inner.create(serviceUrl, audience));
  }
}

/** Distinct (bot app id, service URL, audience) clients kept; a bot talks to a handful of channels' service URLs. */
export const CONNECTOR_CLIENT_CACHE_LIMIT = 64;

/** The bot's app id as Bot Framework reads it from a request's claims (audience, else the emulator's appid claim). */
function appIdOf(identity: ClaimsIdentity): string {
  return identity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? identity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
}

/**
 * Bot Framework authentication that reuses the clients it creates. CloudAdapter builds a new ConnectorClient and
 * UserTokenClient (each with a fresh HTTP pipeline) for every incoming activity, used or not; they hold no per-turn
 * state (credentials cache their own tokens), so one per app id, service URL and audience serves every turn, as the
 * older BotFrameworkAdapter did. Rejected requests still fail exactly as before: authentication is the inner one's.
 */
export class ClientCachingAuthentication extends BotFrameworkAuthentication {
  private readonly connectors = new ClientCache<ConnectorClient>(CONNECTOR_CLIENT_CACHE_LIMIT);
  private readonly tokenClients = new ClientCache<UserTokenClient>(CONNECTOR_CLIENT_CACHE_LIMIT);

  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.inner.authenticateRequest(activity, authHeader);
    return { ...result, connectorFactory: this.createConnectorFactory(result.claimsIdentity) };
  }

  override authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.inner.authenticateStreamingRequest(authHeader, channelIdHeader);
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new CachedConnectorFactory(this.inner.createConnectorFactory(claimsIdentity), appIdOf(claimsIdentity), this.connectors);
  }

  /** How many connector and token clients are kept (tests check the bound). */
  get cachedClients(): { connectors: number; tokenClients: number } {
    return { connectors: this.connectors.size, tokenClients: this.tokenClients.size };
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.tokenClients.getOrCreate(appIdOf(claimsIdentity), () => this.inner.createUserTokenClient(claimsIdentity));
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }
}

/**
 * Bot Framework's own endpoint settings (ConfigurationBotFrameworkAuthentication's names), for a sovereign cloud or a
 * test that trusts a local signing key: ToBotFromChannelOpenIdMetadataUrl, ToBotFromChannelTokenIssuer, and so on.
 */
export type BotFrameworkEndpointSettings = Partial<
  Record<
    | 'ToChannelFromBotLoginUrl'
    | 'ToChannelFromBotOAuthScope'
    | 'ToBotFromChannelTokenIssuer'
    | 'OAuthUrl'
    | 'ToBotFromChannelOpenIdMetadataUrl'
    | 'ToBotFromEmulatorOpenIdMetadataUrl'
    | 'CallerId',
    string
  >
>;

export interface AdapterOptions {
  /** Endpoint settings that replace Bot Framework's public-cloud ones (all of them must be given together). */
  endpoints?: BotFrameworkEndpointSettings;
  /** The state storage, so a turn that failed in the bot can have its broken dialog state cleared. */
  storage?: Storage;
  /** Reuse connector and token clients across turns (ClientCachingAuthentication); default true. The benchmark's bare echo bot turns it off. */
  reuseClients?: boolean;
}

/** CloudAdapter authenticated from config.auth (Bot Framework's own names); no app id means local, no auth. */
export function createAdapter(config: AppConfig, logger: Logger, options: AdapterOptions = {}): CareerAdapter {
  const settings = { ...config.auth, ...options.endpoints };
  const configured = new ConfigurationBotFrameworkAuthentication(settings, new ConfigurationServiceClientCredentialFactory(settings));
  const auth = options.reuseClients === false ? configured : new ClientCachingAuthentication(configured);
  const adapter = new CareerAdapter(auth);
  routeTokenCheckConsole();
  adapter.tokenCheckLogger = logger;
  const resetState = options.storage ? new ConversationState(options.storage) : null;

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const activity = context.activity;
    const where = { conversationId: activity.conversation?.id, channelId: activity.channelId, activityType: activity.type };
    if (error instanceof StateConflictError) {
      // Another instance saved this conversation first; ours was rejected, theirs is kept. The user resends.
      logger.warn({ ...where, storageKeys: error.keys }, 'turn not saved: conversation state changed in another instance (eTag conflict)');
    } else if (error instanceof StorageUnavailableError) {
      logger.error({ ...where, err: error }, `turn failed: state storage unavailable during ${error.operation}`);
    } else if (errorChain(error).some((e) => e instanceof ReplyDeliveryError)) {
      // Nothing is wrong with the conversation, so its state (a place in a flow) is kept; an apology would not arrive either.
      logger.error({ ...where, err: loggableError(error) }, 'turn failed: replies could not be delivered to the channel; conversation state kept');
      return;
    } else {
      logger.error({ ...where, err: loggableError(error) }, 'turn failed with an unhandled error');
      // A dialog that throws would throw again on the next message; clear the dialog stack (user state is kept).
      if (resetState && activity.conversation?.id) {
        try {
          await resetState.delete(context);
          logger.warn(where, 'conversation state cleared after the error so the next message starts fresh');
        } catch (resetError) {
          logger.error({ ...where, err: resetError }, 'could not clear conversation state after the error');
        }
      }
    }
    try {
      await context.sendActivity(TURN_ERROR_REPLY);
    } catch (sendError) {
      logger.error({ ...where, err: sendError }, 'could not send the apology to the user');
    }
  };
  // Typing while a reply takes more than a moment (Web Chat over the stream, Teams).
  adapter.use(createTypingIndicator(logger));
  return adapter;
}
