import type { Logger } from 'pino';
import { feedbackUserKey, type FeedbackStore } from '../dialogs/feedbackStore';
import type { ListableStorage } from './listing';

/** Whose data to delete: the ids Bot Framework gives that person and, when known, the conversation they are in. */
export interface ForgetTarget {
  channelId: string;
  userId: string;
  /** A 1:1 conversation (personal chat, web chat) is theirs alone; a group conversation's state is never deleted. */
  conversationId?: string;
  personalConversation?: boolean;
}

export interface ForgetResult {
  /** State keys deleted: the user's progress and, for a personal conversation, its flow state. */
  stateKeys: string[];
  /** Feedback records (questions, "None of these" picks, ratings) deleted. */
  feedbackRecords: number;
}

/**
 * Deletes what the bot keeps about one person, in any store: their user state (progress, chosen specialisation,
 * roadmap), the state of their personal conversation, and every feedback record filed under them. Keys are found by
 * prefix, as botbuilder writes them (`<channel>/users/<id>/<namespace>`, `<channel>/conversations/<id>/<namespace>`),
 * so state under any namespace goes too. Throws if the storage fails: the caller must not say "deleted" then.
 */
export async function forgetUser(storage: ListableStorage, feedback: FeedbackStore, target: ForgetTarget): Promise<ForgetResult> {
  const prefixes = [`${target.channelId}/users/${target.userId}/`];
  if (target.conversationId && target.personalConversation) prefixes.push(`${target.channelId}/conversations/${target.conversationId}/`);
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
