import type { Logger } from 'pino';
import { feedbackUserKey, type FeedbackStore } from '../dialogs/feedbackStore';
import type { ListableStorage } from './listing';

/** Whose data to delete: the ids Bot Framework gives that person and, when known, the conversation they are in. */
export interface ForgetTarget {
  channelId: string;
  userId: string;
  /** A 1:1 conversation (personal chat, web chat) is theirs alone; of a group conversation only their own part goes. */
  conversationId?: string;
  personalConversation?: boolean;
}

export interface ForgetResult {
  /** State keys deleted: the user's progress, and their flow state in this conversation (all of it when personal). */
  stateKeys: string[];
  /** Feedback records (questions, "None of these" picks, ratings) deleted. */
  feedbackRecords: number;
}

/**
 * Deletes what the bot keeps about one person, in any store: their user state (progress, chosen specialisation,
 * roadmap), their state in this conversation (the whole conversation when it is a personal one), and every feedback
 * record filed under them. Keys are found by prefix, as botbuilder writes them (`<channel>/users/<id>/<namespace>`,
 * `<channel>/conversations/<id>/<namespace>`, `<channel>/conversations/<id>/users/<id>/<namespace>`), so state under
 * any namespace goes too. Throws if the storage fails: the caller must not say "deleted" then.
 */
export async function forgetUser(storage: ListableStorage, feedback: FeedbackStore, target: ForgetTarget): Promise<ForgetResult> {
  const prefixes = [`${target.channelId}/users/${target.userId}/`];
  if (target.conversationId) {
    // Their own state inside a shared conversation (PrivateConversationState's key), or the whole personal conversation.
    const conversation = `${target.channelId}/conversations/${target.conversationId}/`;
    prefixes.push(target.personalConversation ? conversation : `${conversation}users/${target.userId}/`);
  }
  const stateKeys = (await Promise.all(prefixes.map((prefix) => storage.listKeys(prefix)))).flat();
  if (stateKeys.length > 0) await storage.delete(stateKeys);
  // Records still being written would escape the deletion.
  await feedback.flush();
  const feedbackRecords = await feedback.forgetUser(feedbackUserKey(target.channelId, target.userId));
  return { stateKeys, feedbackRecords };
}

/** A day in milliseconds: how often feedback past its retention is looked for. */
export const RETENTION_SWEEP_MS = 24 * 60 * 60 * 1000;

/**
 * Drops feedback older than `days` now and then once a day, for as long as the bot runs. A failed sweep is logged and
 * tried again the next day. Returns a stop function.
 */
export function scheduleFeedbackRetention(feedback: FeedbackStore, days: number, logger: Logger, everyMs: number = RETENTION_SWEEP_MS): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const sweep = () => {
    running = feedback.dropOlderThan(days).then(
      (dropped) => {
        if (dropped > 0) logger.info({ dropped, retentionDays: days }, 'feedback past its retention period deleted');
      },
      (error: unknown) => logger.warn({ err: error, retentionDays: days }, 'feedback past its retention period could not be deleted; trying again tomorrow'),
    );
  };
  sweep();
  const timer = setInterval(sweep, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
