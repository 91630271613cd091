/**
 * Replies to small talk read as people mean it (session 38, talk38): the bot said to be slow (sorry for the wait, and
 * the thanks beside it welcomed), and discouragement told (acknowledged; when the degree is what weighs on them, what
 * the guide says of the way in without one). Readers: understanding/talk/waitComplained.ts, talk/discouraged.ts.
 */
import type { TurnContext } from 'botbuilder';
import type { DialogDeps } from '../../deps';
import type { ChatAct } from '../../understanding/core/conversation';
import { complainsOfTheWait } from '../../understanding/talk/waitComplained';
import { discouragementOf } from '../../understanding/talk/discouraged';
import { hardTimeTold, overwhelmedBy } from '../../understanding/talk/hardGoing';
import { askButton, channelOf, flowButton, renderChat, withButtons } from '../core/cards';
import { sendLedEntry } from '../core/entryReplies';

export const TalkMessages = Object.freeze({
  /** "this bot is kinda slow lol but ty": the thanks welcomed, and sorry for the wait. */
  thanksDespiteWait: "You're welcome, and sorry for the wait. Anything else about becoming a care manager?",
  /** "ur so slow": sorry for the wait, not for what the answers hold. */
  sorryForTheWait: 'Sorry for the wait, and thanks for bearing with me. What else would you like to know about becoming a care manager?',
  /** "honestly its a bit discouraging. Every answer is 'get a degree'": heard, and the guide's way in without one. */
  discouragedByDegree:
    "I hear you, and it's fair to feel that way: the guide does keep coming back to the degree. But it doesn't say you must have one. Here is what it says about the way in without one:",
  /** "feeling kinda defeated ngl": heard, and where to look next. */
  discouraged:
    "Sorry it feels that way: it's a lot to take in at first. Two things in the guide are worth holding on to: it expects demand for care managers to grow, and it shows ways to build experience a step at a time, such as volunteering or an internship. These may help:",
  /** "im sorry, its been a hard year": no apology needed, sympathy, and time. */
  hardTimeWithSorry: "There's nothing to apologise for. I'm sorry it's been so hard. Take your time: whenever you're ready, I'm here for any question about becoming a care manager.",
  /** "it's been a rough few months": sympathy, and time. */
  hardTime: "I'm sorry it's been so hard. Take your time: whenever you're ready, I'm here for any question about becoming a care manager.",
  /** "ugh this is so confusing": the route in a few lines, and the walk offered. */
  shortVersion:
    "It's a lot to take in, so here's the short version. Most care managers first get a degree in social work, nursing or a related field, usually a bachelor's. A degree isn't strictly required: lots of experience in care delivery or case management can sometimes make up for it. Either way, you build experience in health or social services, then get certified: you can start with the CCM. Want to go through it one step at a time?",
});

/** Acts of thanks that a complaint of the wait may come with. */
const THANKING: ReadonlySet<ChatAct> = new Set(['thanks', 'helpful', 'praise']);
/** Entries offered after discouragement with no degree named: the growing demand, building experience, the way in without a degree, first jobs. */
const DISCOURAGED_ENTRY_IDS: readonly string[] = Object.freeze(['job-outlook', 'gaining-experience', 'without-degree', 'entry-level-jobs']);
/** The guide's answer on the way in without a degree. */
const NO_DEGREE_ENTRY_ID = 'without-degree';

/** The bot said to be slow, with or without thanks: sorry for the wait (true), or nothing sent (false). */
export async function sendWaitComplained(context: TurnContext, acts: readonly ChatAct[]): Promise<boolean> {
  const said = context.activity.text ?? '';
  if (!acts.some((act) => act === 'complaint' || THANKING.has(act)) || !complainsOfTheWait(said)) return false;
  const thanked = acts.some((act) => THANKING.has(act));
  await context.sendActivity(renderChat('thanks', channelOf(context.activity), [], thanked ? TalkMessages.thanksDespiteWait : TalkMessages.sorryForTheWait));
  return true;
}

/** Entries beside the short version of the route: the way in without a degree. */
const SHORT_VERSION_ENTRY_IDS: readonly string[] = Object.freeze(['without-degree']);

/**
 * Hard going told, asking nothing: a hard time or grief (sympathy and time, never "no problem at all"), or the whole thing
 * found confusing (the short version and the walk offered, never "ask it in other words"). True when sent.
 */
export async function sendHardGoing(context: TurnContext, deps: DialogDeps, acts: readonly ChatAct[]): Promise<boolean> {
  const said = context.activity.text ?? '';
  const channel = channelOf(context.activity);
  if (hardTimeTold(said)) {
    await context.sendActivity(renderChat('sorry', channel, [], acts.includes('sorry') ? TalkMessages.hardTimeWithSorry : TalkMessages.hardTime));
    return true;
  }
  if (!overwhelmedBy(said)) return false;
  const beside = SHORT_VERSION_ENTRY_IDS.flatMap((id) => deps.kb.faqById.get(id) ?? []).map(askButton);
  await context.sendActivity(withButtons(channel, TalkMessages.shortVersion, [flowButton('careerSteps'), flowButton('roadmap'), ...beside]));
  return true;
}

/** Discouragement told: heard, then the way in without a degree when that is what weighs (true); nothing sent (false). */
export async function sendDiscouraged(context: TurnContext, deps: DialogDeps): Promise<boolean> {
  const discouraged = discouragementOf(context.activity.text ?? '');
  if (!discouraged) return false;
  const withoutDegree = deps.kb.faqById.get(NO_DEGREE_ENTRY_ID);
  if (discouraged.degree && withoutDegree) {
    await sendLedEntry(context, deps, TalkMessages.discouragedByDegree, withoutDegree);
    return true;
  }
  const offered = DISCOURAGED_ENTRY_IDS.flatMap((id) => deps.kb.faqById.get(id) ?? []);
  await context.sendActivity(renderChat('doubtsSelf', channelOf(context.activity), offered, TalkMessages.discouraged));
  return true;
}
