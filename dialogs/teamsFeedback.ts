import { ActivityTypes, Channels, type Activity, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { DialogDeps } from './deps';
import { rateAnswer } from './respond';

/**
 * Teams' native feedback control (thumbs up / down under an answer, see TEAMS_FEEDBACK_CHANNEL_DATA in
 * rendering/core/cards.ts) comes back as an invoke: name `message/submitAction`, value `{ actionName: 'feedback',
 * actionValue: { reaction: 'like' | 'dislike', feedback } }`, and `replyToId` naming the rated message. The bot answers
 * the invoke with status 200 and sends nothing: Teams thanks the person itself. The rating goes into the same feedback
 * store as the Web Chat buttons (one rating per answer per person), so `npm run report` and /admin count it. The
 * comment the person may type is not stored: the bot keeps no message text.
 */

export const TEAMS_FEEDBACK_INVOKE = 'message/submitAction';

export const FeedbackInvokeValueSchema = z.object({
  actionName: z.literal('feedback'),
  actionValue: z.object({ reaction: z.enum(['like', 'dislike']), feedback: z.unknown().optional() }),
});
export type FeedbackInvokeValue = z.infer<typeof FeedbackInvokeValueSchema>;

/** The invoke's value when the activity is a Teams feedback submission; null for anything else. */
export function readFeedbackInvoke(activity: Partial<Activity>): FeedbackInvokeValue | null {
  if (activity.type !== ActivityTypes.Invoke || activity.name !== TEAMS_FEEDBACK_INVOKE || activity.channelId !== Channels.Msteams) return null;
  const parsed = FeedbackInvokeValueSchema.safeParse(activity.value);
  return parsed.success ? parsed.data : null;
}

/** What became of one submission, for the log. */
export type FeedbackOutcome =
  | { kind: 'rated'; entryId: string; helpful: boolean; by: 'message' | 'last answer' }
  | { kind: 'already rated'; entryId: string }
  | { kind: 'unknown message' };

/**
 * Records a rating made with Teams' control. The entry is the one the rated message showed (found by `replyToId`).
 * A submission without `replyToId` (the Agents Playground sends none) rates this person's last answer, the only one
 * it can mean with confidence; a `replyToId` that names no remembered answer (a message older than the last 50
 * answers, or not an answer) is not counted.
 */
export async function recordTeamsFeedback(context: TurnContext, deps: DialogDeps, value: FeedbackInvokeValue): Promise<FeedbackOutcome> {
  const replyToId = context.activity.replyToId;
  const entryId = replyToId ? (await deps.answerMessages.get(context, {}))[replyToId] : await deps.lastAnswered.get(context);
  if (!entryId || !deps.kb.faqById.has(entryId)) return { kind: 'unknown message' };
  const helpful = value.actionValue.reaction === 'like';
  const counted = await rateAnswer(context, deps, entryId, helpful);
  return counted ? { kind: 'rated', entryId, helpful, by: replyToId ? 'message' : 'last answer' } : { kind: 'already rated', entryId };
}
