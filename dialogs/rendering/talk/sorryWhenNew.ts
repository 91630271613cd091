/**
 * "Sorry about that ... Let me try again:" only before something new. After a complaint, the lead waits for the reply:
 * when the reply is the last reply again word for word ("I said specialty not cert ..." after the reply on the
 * specialties' pay, ut34a pharma #11), or a pointer to the answer just given, there was nothing to be sorry for and
 * nothing new to try: the lead is left out, and a reply repeated word for word becomes one line saying the answer just
 * above is all the guide says (tester ut35c: the "Sorry" and the same block again).
 */
import { createHash } from 'node:crypto';
import type { Activity, TurnContext } from 'botbuilder';
import type { DialogDeps } from '../../deps';
import { channelOf, renderText } from '../core/cards';

/** The lead waiting for the reply, this turn only. */
const PENDING_LEAD = Symbol('pendingSorryLead');
/** The fingerprints of the last reply's messages, read for this turn only. */
const LAST_REPLY = Symbol('lastReplyShown');

export const SorryMessages = Object.freeze({
  /** In place of the last reply sent again word for word after a complaint. */
  sameAsAbove: 'The answer just above is what the guide says on that, and it has nothing more on it.',
});

/** What a message shows, as a short fingerprint: its text, cards and buttons. */
function fingerprintOf(activity: Partial<Activity>): string {
  return createHash('sha256').update(JSON.stringify([activity.text ?? '', activity.attachments ?? [], activity.suggestedActions ?? null])).digest('hex').slice(0, 16);
}

const isMessage = (activity: Partial<Activity>): boolean => activity.type === undefined || activity.type === 'message';

/**
 * Moves the last reply's fingerprints into this turn and records this turn's reply for the next one. Called once a
 * turn, before anything is sent (through keepAnswerShown). A pending lead is sent before the first message that is not
 * the last reply again; a message that is, is said in one line (the first) or left out (the rest).
 */
export async function keepLastReply(context: TurnContext, deps: DialogDeps): Promise<void> {
  const last = new Set((await deps.lastReplyShown.get(context)) ?? []);
  context.turnState.set(LAST_REPLY, last);
  const shown: string[] = [];
  let pointed = false;
  context.onSendActivities(async (_turn, activities, next) => {
    const pending = pendingLead(context);
    const sent = activities.flatMap((activity): Array<Partial<Activity>> => {
      if (!isMessage(activity)) return [activity];
      const again = pending !== undefined && last.has(fingerprintOf(activity));
      if (again) {
        if (pointed) return [];
        pointed = true;
        return [{ ...renderText(channelOf(context.activity), SorryMessages.sameAsAbove), ...withoutContent(activity) }];
      }
      if (pending === undefined) return [activity];
      context.turnState.delete(PENDING_LEAD);
      return [pending, activity];
    });
    activities.splice(0, activities.length, ...sent);
    shown.push(...sent.filter(isMessage).map(fingerprintOf));
    await deps.lastReplyShown.set(context, shown);
    return next();
  });
}

/** The parts of a message that are not what it shows (its conversation, addresses, ids), kept on the line that replaces it. */
function withoutContent(activity: Partial<Activity>): Partial<Activity> {
  const { text: _text, attachments: _attachments, suggestedActions: _actions, summary: _summary, textFormat: _format, ...rest } = activity;
  return rest;
}

/** The lead held this turn, if any. */
function pendingLead(context: TurnContext): Partial<Activity> | undefined {
  const held: unknown = context.turnState.get(PENDING_LEAD);
  return typeof held === 'object' && held !== null ? (held as Partial<Activity>) : undefined;
}

/** The complaint's lead, held until the reply shows whether there is anything new to be sorry for. */
export function holdSorryLead(context: TurnContext, lead: Partial<Activity>): void {
  context.turnState.set(PENDING_LEAD, lead);
}

/** Drops a held lead: the reply about to be sent points at the answer just given, which was not wrong. */
export function dropSorryLead(context: TurnContext): void {
  context.turnState.delete(PENDING_LEAD);
}
