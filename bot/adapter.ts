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
import type { Logger } from 'pino';
import { Messages } from '../dialogs/messages';
import type { AppConfig } from './config';
import { StateConflictError, StorageUnavailableError } from './storage';

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

  /** Throws an error with statusCode 401 when the Authorization header does not carry a valid Bot Framework token. */
  async authenticate(activity: Activity, authHeader: string): Promise<AuthenticatedActivity> {
    const authResult = await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    const key = `${activity.channelId}/${activity.conversation.id}`;
    return { run: (logic) => this.turns.run(key, () => this.processActivity(authResult, activity, logic)) };
  }

  async handleActivity(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return (await this.authenticate(activity, authHeader)).run(logic);
  }
}

export interface AdapterOptions {
  /** The state storage, so a turn that failed in the bot can have its broken dialog state cleared. */
  storage?: Storage;
}

/** CloudAdapter authenticated from config.auth (Bot Framework's own names); no app id means local, no auth. */
export function createAdapter(config: AppConfig, logger: Logger, options: AdapterOptions = {}): CareerAdapter {
  const settings = { ...config.auth };
  const auth = new ConfigurationBotFrameworkAuthentication(settings, new ConfigurationServiceClientCredentialFactory(settings));
  const adapter = new CareerAdapter(auth);
  const resetState = options.storage ? new ConversationState(options.storage) : null;

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const activity = context.activity;
    const where = { conversationId: activity.conversation?.id, channelId: activity.channelId, activityType: activity.type };
    if (error instanceof StateConflictError) {
      // Another instance saved this conversation first; ours was rejected, theirs is kept. The user resends.
      logger.warn({ ...where, storageKeys: error.keys }, 'turn not saved: conversation state changed in another instance (eTag conflict)');
    } else if (error instanceof StorageUnavailableError) {
      logger.error({ ...where, err: error }, `turn failed: state storage unavailable during ${error.operation}`);
    } else {
      logger.error({ ...where, err: error }, 'turn failed with an unhandled error');
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
  return adapter;
}
