/**
 * The steps of the chain (answerTurn.ts) that weigh or rank: the answer in view against another job, an aspect or a
 * ranking the guide does not give, the two in view compared, which two, which one is meant, two things weighed.
 */
import { type Answer } from '../../../knowledge/answerEngine';
import { askedAspect, directAsk, givesDirectAsk, weighingSpelled } from '../../../knowledge/aspects';
import { readWeighingInPassing } from '../../../knowledge/comparison';
import type { FaqEntry } from '../../../knowledge/schema';
import { channelOf, renderDidYouMean, renderSideBySide, renderText, renderWhichTwo } from '../core/cards';
import { renderAspectNotGiven, renderWorkNotSaid } from '../beyond/nearby';
import { sendAgeToStartInView } from '../beyond/beyondReplies';
import { aspectNotGivenInView, namesAskedAwayFromView, quickerRouteNotGiven, rankingAsked, titleNames, weighedAgainstOther } from '../../understanding/inView/aspectInView';
import { feedbackUserOf } from '../../feedbackStore';
import { areSiblings, comparablePairs, comparedEntries, exampleChoices, picksOneOfThem, namesALevel, pointedChoices } from '../../understanding/core/followUp';
import { pickAskedOfTheBot } from '../../understanding/questions/pickAsked';
import { Messages } from '../core/messages';
import { answeredWith, sendSideBySide } from '../core/entryReplies';
import { sendAnsweredOrPart, sendAspectNextDoor, sendDirectLead } from '../inView/inViewReplies';
import { sendRankingNotGiven, sendWeighing } from './weighingReplies';
import { declinedAbout } from '../../turnState';
import { siblingPair } from '../../understanding/inView/answerInView';
import { answersOf } from '../../understanding/questions/partsAsked';
import type { TurnFollowingUp } from '../../answerTurn';


/** The answers the message asks for: the follow-up, else the engine's. Read only for a message that asks an aspect. */
const answering = (turn: TurnFollowingUp): FaqEntry[] => (turn.followUp ? [turn.followUp] : answersOf(turn.engine, turn.text, turn.deps.kb).flatMap((answer) => (answer.kind === 'answer' && answer.entry ? [answer.entry] : [])));

/** The answer in view weighed against something the guide has no answer of its kind on: said so, a decline. */
export async function sendWeighedAgainstOther(turn: TurnFollowingUp): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, last } = turn;
  // The answer in view weighed against something the guide has no answer of its kind on ("is it more stressful than
  // being a nurse?" after the stress, "compared to teaching?" after the pay): it compares nothing with that; said so, a
  // decline, with what it does say. Not against a thing of the same kind ("harder than geriatric?"), nor one the guide
  // has an answer on ("different from coordinating services": coordinating care): those are weighed.
  // The career against a job the guide never describes ("how is this different from being a psychologist") is the
  // weighing's own reading (readWeighingInPassing): the role beside it.
  const against = last && !lastRejected && !readWeighingInPassing(text, deps.engine, deps.engine.answer(text), deps.kb) ? weighedAgainstOther(text) : null;
  const otherRead = against && last && !namesALevel(against.other) ? deps.engine.answer(against.other) : null;
  const otherAnswered = otherRead?.kind === 'answer' && otherRead.entry ? otherRead.entry : null;
  if (against && last && otherRead && !(otherAnswered && (otherAnswered.id === last.id || areSiblings(otherAnswered, last, deps.kb) || titleNames(otherAnswered, against.other)))) {
    void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    declinedAbout(context, last);
    const near = [last, ...last.related.flatMap((id) => deps.kb.faqById.get(id) ?? [])].slice(0, 3);
    await context.sendActivity(renderWorkNotSaid(Messages.notComparedWith(against.named), near, channelOf(context.activity)));
    return [{ question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: near.map((entry) => ({ id: entry.id, title: entry.title, score: 0 })) }];
  }
  return null;
}

/** An aspect of the subject in view that its answer does not give: said plainly, with what the guide does say. */
export async function sendAspectNotGivenInView(turn: TurnFollowingUp): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, last, before, typed } = turn;
  // An aspect of the subject in view that its answer does not give ("how often?" after keeping certified, "which is
  // easier, that or the CCM" after the CMC): said plainly, with what the guide does say, not the same answer again.
  // The engine is asked only for a message that asks such an aspect.
  // Weighing words typed with a slip ("wich one is eaiser to get") are read as meant.
  const spelled = weighingSpelled(text);
  // After an answer said to miss, the aspect is asked of the answer before it (the one the person was asking about),
  // when there is one.
  const viewed = lastRejected ? before : last;
  const notGiven =
    quickerRouteNotGiven(text, viewed, deps.kb) ??
    (viewed && askedAspect(spelled, deps.kb) ? (aspectNotGivenInView(spelled, viewed, lastRejected ? undefined : before, answering(turn), deps.kb) ?? namesAskedAwayFromView(spelled, viewed, answering(turn), deps.kb, typed)) : null);
  // "is 62 too old to start this" after where they work: no age limit named, and the route in (counts40).
  const ageToStart = notGiven?.asked.aspect === 'age' ? await sendAgeToStartInView(turn, notGiven.about) : null;
  if (ageToStart) return ageToStart;
  if (notGiven) {
    void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    const nextDoor = await sendAspectNextDoor(context, deps, notGiven.asked, notGiven.about);
    if (nextDoor) return [answeredWith(text, nextDoor)];
    declinedAbout(context, notGiven.about[0]);
    // Two of a kind weighed on what the guide never weighs them on ("which is easier, ccm or cmc"): said so, then both,
    // the two the message names, else the two in view.
    const named = notGiven.asked.aspect === 'ranking' ? answering(turn) : [];
    const [one, other] = notGiven.asked.aspect === 'ranking' ? siblingPair(named.length === 2 ? named : notGiven.about, deps) : [];
    if (one && other) {
      await context.sendActivity(renderText(channelOf(context.activity), Messages.notRankedSideBySide(notGiven.asked.criterion ?? 'better')));
      await sendSideBySide(context, deps, one, other);
    } else await context.sendActivity(renderAspectNotGiven(notGiven.asked, notGiven.about, channelOf(context.activity)));
    const declined = notGiven.asked.aspect === 'exact-figure' ? 'no-figure' : 'not-covered';
    return [{ question: text, kind: 'no-match', declined, answered: false, entry: null, score: 0, alternatives: notGiven.about.map((entry) => ({ id: entry.id, title: entry.title, score: 0 })) }];
  }
  return null;
}

/** A ranking the guide never makes, asked in words of its own: said so. */
export async function sendRankingAsked(turn: TurnFollowingUp): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, last } = turn;
  const spelled = weighingSpelled(text);
  // A ranking the guide never makes, asked in words of its own ("is nursing or social work the better pick?", "is
  // geriatric the one with the most jobs?"): said so, with the one thing named and in view, else what is nearby.
  const ranked = lastRejected || askedAspect(spelled, deps.kb) || directAsk(text) ? null : rankingAsked(text);
  if (ranked && last) return [await sendRankingNotGiven(context, deps, text, ranked, last, answering(turn))];
  return null;
}

/** "which is better?" after two answers: the two side by side, or the one compared. */
export async function sendComparedInView(turn: TurnFollowingUp): Promise<Answer[] | null> {
  const { context, deps, text, answeredId, last, before } = turn;
  // "which is better?" after two answers: the two side by side.
  const compared = comparedEntries(text, last, before, deps.kb);
  const [a, b] = compared;
  // "which one is better?" of two neither of whose answers ranks them: what it asks the guide does not say; said so,
  // with what it says of each, a decline (the answer in view stays in view).
  if (a && b && picksOneOfThem(text) && !compared.some((entry) => givesDirectAsk(entry, { kind: 'better' }))) {
    void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    declinedAbout(context, last);
    await context.sendActivity(renderText(channelOf(context.activity), Messages.notRankedSideBySide('better')));
    await context.sendActivity(renderSideBySide([a, b], channelOf(context.activity)));
    return [{ question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: compared.map((entry) => ({ id: entry.id, title: entry.title, score: 0 })) }];
  }
  if (a && b) {
    await sendDirectLead(context, deps, text, compared);
    await sendSideBySide(context, deps, a, b);
    return compared.map((entry) => answeredWith(text, entry));
  }
  if (a) return sendAnsweredOrPart(context, deps, text, a, answeredId);
  return null;
}

/** "which is better?" with no pair in view: which two. */
export async function sendWhichTwo(turn: TurnFollowingUp): Promise<Answer[] | null> {
  const { context, deps, text, last, before } = turn;
  // "which is better?" after the CCM and keeping it current: no pair in view, so which two, never those two.
  const pairs = comparablePairs(text, last, before, deps.kb);
  if (pairs.length > 0) {
    await context.sendActivity(renderWhichTwo(pairs, channelOf(context.activity)));
    const offered = [...new Map(pairs.flat().map((entry) => [entry.id, entry])).values()];
    return [{ question: text, kind: 'ambiguous', answered: false, entry: null, score: 0, alternatives: offered.map((entry) => ({ id: entry.id, title: entry.title, score: 0 })) }];
  }
  return null;
}

/** "and the other one?" after an answer that names several: which one is asked. */
export async function sendWhichOneMeant(turn: TurnFollowingUp): Promise<Answer[] | null> {
  const { context, deps, text, last } = turn;
  // "and the other one?" after an answer that names several, or an example the last answer never speaks of ("like a
  // doctorate?" after the stress answer): which one is asked, never a guess from the bare words.
  const pointed = pointedChoices(text, last, deps.kb);
  const choices = pointed.length > 0 ? pointed : exampleChoices(text, last, deps.kb);
  if (choices.length > 0) {
    await context.sendActivity(renderDidYouMean(text, choices, channelOf(context.activity)));
    return [{ question: text, kind: 'ambiguous', answered: false, entry: null, score: 0, alternatives: choices.map((entry) => ({ id: entry.id, title: entry.title, score: 0 })) }];
  }
  return null;
}

/** Which of two is better, or what sets them apart, asked of two things named: what the guide says of each. */
export async function sendTwoWeighed(turn: TurnFollowingUp): Promise<Answer[] | null> {
  const { context, deps, text } = turn;
  // Which of two is better, or what sets them apart, asked of two things named ("should I get a masters or the ccm",
  // "what does the CMC cover that the CCM doesn't"), when nothing in view answers it ("senior vs director?" after a
  // pay level weighs the two levels' pay): what the guide says of each.
  // Asked of the bot itself ("if you were me would you do nursing or social work"): which is better, picked by no one.
  const pickOfTheBot = pickAskedOfTheBot(text);
  for (const asks of ['better', 'difference'] as const) {
    const weighed = await sendWeighing(context, deps, pickOfTheBot ?? text, asks, pickOfTheBot !== null);
    if (weighed.length > 0) return weighed;
  }
  return null;
}
