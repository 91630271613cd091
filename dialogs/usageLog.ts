import { createHash, randomBytes } from 'node:crypto';
import type { Activity, Storage } from 'botbuilder';
import { z } from 'zod';
import { FEEDBACK_PREFIX, feedbackUserOf, USAGE_KEY_SUFFIX } from './feedbackStore';

/**
 * What the /admin dashboard counts besides feedback: how each question was handled, the guided flows started and
 * finished, and the steps of the walk reached. One record per event, with no user text (an entry id at most), filed
 * beside feedback (feedback/<user key>/<time>-<random>.usage) so "forget me" and the age clean-up cover them too; the report
 * skips them (they are not feedback records). The conversation is a hash, to count conversations, not to find them.
 */
export const UsageRecordSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('turn'),
    outcome: z.enum(['answered', 'suggested', 'declined']),
    entryId: z.string().optional(),
    channel: z.string(),
    conversation: z.string(),
    at: z.string().min(1),
  }),
  z.object({
    type: z.literal('flow'),
    flow: z.string(),
    event: z.enum(['started', 'finished']),
    channel: z.string(),
    conversation: z.string(),
    at: z.string().min(1),
  }),
  z.object({
    type: z.literal('walkStep'),
    step: z.number().int().positive(),
    channel: z.string(),
    conversation: z.string(),
    at: z.string().min(1),
  }),
]);
export type UsageRecord = z.infer<typeof UsageRecordSchema>;
export type QuestionOutcome = Extract<UsageRecord, { type: 'turn' }>['outcome'];

/** The event without what every record carries (channel, conversation, time). */
type UsageEvent =
  | { type: 'turn'; outcome: QuestionOutcome; entryId?: string }
  | { type: 'flow'; flow: string; event: 'started' | 'finished' }
  | { type: 'walkStep'; step: number };

/** The parts of the activity a record is filed under: channel, conversation and (hashed) user. */
export type UsageSource = Pick<Partial<Activity>, 'channelId' | 'conversation' | 'from'>;

/** Records usage events (pass the turn's activity). Best effort like feedback: never throws, never holds up a reply. */
export interface UsageLog {
  question(activity: UsageSource, outcome: QuestionOutcome, entryId?: string): Promise<boolean>;
  flow(activity: UsageSource, flow: string, event: 'started' | 'finished'): Promise<boolean>;
  walkStep(activity: UsageSource, step: number): Promise<boolean>;
  /** Resolves when every record made so far is written or has failed (shutdown waits for it). */
  flush(): Promise<void>;
}

export interface UsageLogOptions {
  now?: () => Date;
  onError?: (error: unknown, operation: string) => void;
}

/** The key a conversation is counted under: a hash of channel and conversation id. */
export function conversationKey(channelId: string, conversationId: string): string {
  return createHash('sha256').update(`conversation\n${channelId}\n${conversationId}`).digest('hex').slice(0, 24);
}

export function createUsageLog(storage: Storage, options: UsageLogOptions = {}): UsageLog {
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? (() => undefined);
  const inFlight = new Set<Promise<boolean>>();

  function record(activity: UsageSource, event: UsageEvent): Promise<boolean> {
    const at = now();
    const stored = { ...event, channel: activity.channelId ?? '', conversation: conversationKey(activity.channelId ?? '', activity.conversation?.id ?? ''), at: at.toISOString() };
    // Sorts by time within one user's records, like feedback's own keys.
    const key = `${FEEDBACK_PREFIX}${feedbackUserOf(activity)}/${at.toISOString().replace(/[-:.Z]/g, '')}-${randomBytes(6).toString('hex')}${USAGE_KEY_SUFFIX}`;
    const pending = storage.write({ [key]: stored }).then(
      () => true,
      (error: unknown) => {
        onError(error, `usage.${event.type}`);
        return false;
      },
    );
    inFlight.add(pending);
    void pending.finally(() => inFlight.delete(pending));
    return pending;
  }

  return {
    question: (activity, outcome, entryId) => record(activity, entryId ? { type: 'turn', outcome, entryId } : { type: 'turn', outcome }),
    flow: (activity, flow, event) => record(activity, { type: 'flow', flow, event }),
    walkStep: (activity, step) => record(activity, { type: 'walkStep', step }),
    async flush() {
      await Promise.all([...inFlight]);
    },
  };
}
