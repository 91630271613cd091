/**
 * Replies to a message that weighs one thing against another: the weighing the guide gives, one in passing, a thing
 * the guide compares nothing with, and a ranking it does not give.
 * Moved out of dialogs/answerTurn.ts, behaviour unchanged.
 */
import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../../knowledge/answerEngine';
import { givesDirectAsk } from '../../../knowledge/aspects';
import { readWeighing, readWeighingInPassing, weighedPart, weighingAsked, type Weighing } from '../../../knowledge/comparison';
import type { FaqEntry } from '../../../knowledge/schema';
import { askButton, channelOf, renderText, withButtons } from '../core/cards';
import { renderNamedInPassing } from './namedInPassing';
import { sideAsNamed } from '../core/sideLabels';
import type { DialogDeps } from '../../deps';
import { answerInBrief, renderAspectNotGiven } from '../beyond/nearby';
import { weighedAgainstOther } from '../../understanding/inView/aspectInView';
import { feedbackUserOf } from '../../feedbackStore';
import { isChoiceBetweenTwo } from '../../understanding/core/followUp';
import { Messages } from '../core/messages';
import { answeredWith, rememberAnswered, seenLately, sendEntry, sendLedEntry, sendSideBySide } from '../core/entryReplies';
import { declinedAbout, turnEngine } from '../../turnState';
import { namesOneThing, TRAILING_VERB } from '../../understanding/inView/answerInView';
import { differenceSpelledOut, handsOnJobNamed } from '../../understanding/questions/handsOnJobWeighed';

/** The guide's answer on what a care manager is and does. */
const ROLE_ENTRY = 'role-overview';

/** The guide compares nothing with the thing named: said after the answer to the rest of the message. */
export async function sendNotComparedBeside(context: TurnContext, deps: DialogDeps, part: string): Promise<void> {
  const against = weighedAgainstOther(part);
  if (!against) return;
  void deps.feedback.recordQuestion(part, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
  await context.sendActivity(renderText(channelOf(context.activity), Messages.notComparedWith(against.named.replace(TRAILING_VERB, ''))));
}

/** The engine's reading of a thing named in a ranking, sure enough to show that thing's answer after saying the guide does not rank it. */
const RANKED_THING_SCORE = 0.6;

/**
 * A ranking the guide never makes (rankingAsked): said so and noted; then, when the message names one thing next to the
 * answer in view ("is geriatric the one with the most jobs?" after the specialisations), that thing's answer, so the
 * person sees what the guide does say of it; else the answer in view and those around it, as buttons.
 */
export async function sendRankingNotGiven(context: TurnContext, deps: DialogDeps, text: string, criterion: string, last: FaqEntry, answering: readonly FaqEntry[]): Promise<Answer> {
  void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
  const channel = channelOf(context.activity);
  const read = deps.engine.answer(text);
  const near = (entry: FaqEntry) => entry.id !== last.id && (last.related.includes(entry.id) || entry.related.includes(last.id));
  const named = answering.length === 1 && read.kind === 'answer' && read.entry?.id === answering[0]!.id && read.score >= RANKED_THING_SCORE && near(answering[0]!) ? answering[0] : undefined;
  const about = named ? [named, last] : [last, ...last.related.flatMap((id) => deps.kb.faqById.get(id) ?? [])].slice(0, 3);
  declinedAbout(context, about[0]);
  if (named) {
    await sendLedEntry(context, deps, Messages.notRankedSideBySide(criterion).replace(/ of each:$/, ':'), named);
  } else await context.sendActivity(renderAspectNotGiven({ aspect: 'ranking', criterion }, about, channel));
  return { question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: about.map((entry) => ({ id: entry.id, title: entry.title, score: 0 })) };
}

/**
 * Two things weighed in a way the guide never weighs them (knowledge/comparison.ts), when the engine reads the message
 * as one answer or none: whether they are the same ("is a case manager the same as a care manager?") or which is better
 * ("should i study nursing or go straight into a coordinator job?"), said plainly and noted, then what the guide says
 * of each side by side (or the one answer that covers both); what sets them apart ("what does the CMC cover that the
 * CCM doesn't?"), both side by side, the guide describing each on its own. One side the guide has no answer on ("care
 * manager vs social worker"): said so, then the other's answer beside the lines that name it. Which is better read as
 * one answer for both is left to the engine and the direct lead ("The guide doesn't rank them").
 */
export async function sendWeighing(context: TurnContext, deps: DialogDeps, message: string, asks: Weighing['asks'], ofTheBot = false): Promise<Answer[]> {
  // The question after a story or a remark ("My field supervisor is a care manager. What's the actual difference
  // between a care manager and a social worker?") is read on its own, the engine's reading too; unless the whole
  // message asks two things the engine answers.
  // "how is this different from being a therapist": "this" is the career, read only when the other side is a thing the
  // guide has no answer on (sendWeighingInPassing).
  // "what is the different between care manager and caregiver?": read as the difference it asks (ut38a P06-T6).
  const spelled = differenceSpelledOut(message);
  const text = weighedPart(spelled) ?? weighedPart(spelled, true);
  if (text === null || (weighingAsked(text) ?? weighingAsked(text, true))?.asks !== asks) return [];
  const answersIn = (said: string) => turnEngine(context, deps).answerAll(said).filter((answer) => answer.kind === 'answer').length;
  if (text !== spelled && answersIn(spelled) > 1) return [];
  if (answersIn(text) > 1) return [];
  const first = turnEngine(context, deps).answerAll(text)[0] ?? deps.engine.answer(text);
  const weighing = readWeighing(text, deps.engine, first, deps.kb);
  if (!weighing) return sendWeighingInPassing(context, deps, text, first);
  const [a, b] = weighing.entries;
  const [one, other] = weighing.sides.map((side) => asWritten(sideAsNamed(side), text));
  const oneAnswer = a.id === b.id;
  // One answer for both that weighs them itself (the bachelor's or the master's) or ranks one over the other answers it.
  // Two names for one thing ("a placement or an internship") ask no ranking.
  if (oneAnswer && weighing.asks === 'better' && (isChoiceBetweenTwo(a) || givesDirectAsk(a, { kind: 'better' }) || namesOneThing(deps, text, [a]))) return [];
  const shown = oneAnswer ? [a] : [a, b];
  const answered = shown.map((entry): Answer => answeredWith(text, entry));
  const channel = channelOf(context.activity);
  // Which is better, the guide ranking neither: what was asked it does not answer, a decline with what it says of both.
  const notRanked = weighing.asks === 'better' && !shown.some((entry) => givesDirectAsk(entry, { kind: 'better' }));
  if (weighing.asks === 'difference') await context.sendActivity(renderText(channel, oneAnswer ? Messages.weighing.apartInOne : Messages.weighing.apart));
  else {
    // What is asked (the sameness, the ranking) the guide does not answer: noted, with what it says of both.
    void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    // Asked of the bot itself ("if you were me would you do nursing or social work"): it picks for no one either.
    const said = weighing.asks === 'same' ? Messages.weighing.notSame(one, other) : ofTheBot ? Messages.weighing.notPicked(one, other) : Messages.weighing.notRanked(one, other);
    // One answer for both, read a turn or two ago: what it says, in short, in the same message (never a pointer alone).
    if (oneAnswer && (await seenLately(context, deps, a))) {
      await context.sendActivity(withButtons(channel, `${said} ${Messages.weighing.inShort} ${answerInBrief(a)}`, [...a.related.slice(0, 2).flatMap((id) => deps.kb.faqById.get(id) ?? []).map(askButton), { ...askButton(a), title: Messages.seeItAgain }]));
      await rememberAnswered(context, deps, a.id);
      return [{ question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: [{ id: a.id, title: a.title, score: 0 }] }];
    }
    await context.sendActivity(renderText(channel, `${said} ${oneAnswer ? Messages.weighing.oneAnswer : Messages.weighing.ofEach}`));
  }
  if (oneAnswer) await sendEntry(context, deps, a);
  else {
    await sendSideBySide(context, deps, a, b);
    // The side the message reads as stays in view for what comes next (the first named, when it reads as neither).
    const read = first.kind === 'answer' && first.entry?.id === b.id ? b : a;
    if (read === a) await rememberAnswered(context, deps, a.id);
  }
  if (notRanked) return [{ question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: shown.map((entry) => ({ id: entry.id, title: entry.title, score: 0 })) }];
  return answered;
}

/** A side as the message writes it ("CCM", not "ccm"), where the message holds it word for word; else as read. */
function asWritten(side: string, message: string): string {
  const at = message.toLowerCase().indexOf(side);
  return at >= 0 ? message.slice(at, at + side.length) : side;
}

/** A weighing with one side the guide has no answer on, only mentions (readWeighingInPassing): said so, noted, then both; a decline. */
async function sendWeighingInPassing(context: TurnContext, deps: DialogDeps, text: string, whole: Answer): Promise<Answer[]> {
  const weighing = readWeighingInPassing(text, deps.engine, whole, deps.kb);
  if (!weighing) return [];
  const { answered, named } = weighing;
  const channel = channelOf(context.activity);
  void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
  // Hands-on care work set beside the career ("care manager and caregiver"): not described, but named as a way in.
  const handsOn = handsOnJobNamed(named.side) && answered.entry.id === ROLE_ENTRY;
  if (handsOn || named.lines.length === 0) {
    const lead = handsOn ? Messages.weighing.handsOnNotDescribed(asWritten(answered.side, text), asWritten(named.side, text)) : Messages.weighing.notDescribed(asWritten(answered.side, text), asWritten(named.side, text));
    // A side the guide never names ("care manager vs a nurse practitioner"): said so, then what it says of the other.
    await sendLedEntry(context, deps, lead, answered.entry);
    return [{ question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: [{ id: answered.entry.id, title: answered.entry.title, score: 0 }] }];
  }
  await context.sendActivity(renderText(channel, Messages.weighing.inPassing(asWritten(answered.side, text), asWritten(named.side, text), weighing.asks)));
  await context.sendActivity(renderNamedInPassing(answered.entry, asWritten(answered.side, text), asWritten(named.side, text), named.lines, channel));
  await rememberAnswered(context, deps, answered.entry.id);
  // What was asked (the two weighed) the guide does not answer: a decline, with what it says of each.
  const shown = [answered.entry, ...named.lines.map((line) => line.entry)];
  return [{ question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: shown.map((entry) => ({ id: entry.id, title: entry.title, score: 0 })) }];
}
