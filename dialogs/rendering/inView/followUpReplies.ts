/**
 * The steps of the chain (answerTurn.ts) that answer a follow-up on the answer in view from its own words: a level
 * beside it, the lines of a rung, a word or a thing, what it teaches, the answer in its own words, a thing it does not
 * mention, a fact the follow-up lacks, where, the follow-up itself, the subject in view.
 */
import { missingFact, type Answer } from '../../../knowledge/answerEngine';
import { askedAspect, linesGiving, askedOfInView, weighingSpelled } from '../../../knowledge/aspects';
import { channelOf } from '../core/cards';
import { renderAspectInAnswer, renderNearby, renderNoFigure, renderNotGivenFor, renderPartInView, renderSaidOfSubject } from '../beyond/nearby';
import { feedbackUserOf } from '../../feedbackStore';
import { sendLinesOfTheAnswerInView } from './wordReplies';
import { linesOfTheWordAsked } from '../../understanding/inView/wordOfTheAnswerInView';
import { isOnTheLadder, ladderFollowUp, namesALevel } from '../../understanding/core/followUp';
import { answerUnits, partInView } from '../../understanding/inView/listInView';
import { subjectInView } from '../../understanding/inView/subjectInView';
import { askedAsTheWriter } from '../../understanding/core/askedFor';
import { learnedFromTheThing, thingNotMentioned, thingOfTheAnswerAsked } from '../../understanding/inView/thingInView';
import { ownEnoughWeighed, ownThingWeighed } from '../../understanding/person/ownThingWeighed';
import { checkedInView } from '../../understanding/inView/checkedInView';
import { narrowedBeyondView } from '../../understanding/inView/narrowedInView';
import { Messages } from '../core/messages';
import { answeredWith, rememberAnswered, sendAnswered } from '../core/entryReplies';
import { sendAnsweredOrPart, sendThingNotMentioned } from './inViewReplies';
import { declinedAbout } from '../../turnState';
import { askedOfTheAnswer, linesOfTheKind, linesOfThePeople } from '../../understanding/inView/answerInView';
import type { TurnAskingOfTheView, TurnFollowingUp } from '../../answerTurn';


/** A level asked of the ladder beside the other answer ("and the directors?" after the pay and the hours). */
export async function sendLevelBeside(turn: TurnAskingOfTheView): Promise<Answer[] | null> {
  const { context, deps, text, last, before, asksOne, ofTheRung } = turn;
  // "and the directors?" after the pay and the hours answered together: the level is asked of the ladder beside the
  // other answer (the directors' pay), not of the hours, which the guide gives for no level, nor of the words alone.
  const ladderBeside = asksOne && !ofTheRung && last && before && !isOnTheLadder(last.id) && isOnTheLadder(before.id) && namesALevel(text) ? ladderFollowUp(text, before.id, deps.kb) : null;
  const levelBeside = ladderBeside ? deps.kb.faqById.get(ladderBeside) : undefined;
  if (levelBeside) return sendAnswered(context, deps, text, levelBeside);
  return null;
}

/** Asked of the answer in view in words its own answer gives: those lines. */
export async function sendRungLines(turn: TurnAskingOfTheView): Promise<Answer[] | null> {
  const { context, deps, text, answeredId, last, asksOne, ofTheRung } = turn;
  // "who would I be coordinating with?" after geriatric care, "and the master's?" after how long it takes, "where does it
  // start?" after the career path: asked of the answer in view, in words its own answer gives.
  const rungLines = ofTheRung && ofTheRung.id === answeredId ? linesOfThePeople(text, ofTheRung) : asksOne && last ? linesOfTheKind(deps, text, last) : [];
  const shownPart = ofTheRung && ofTheRung.id === answeredId ? ofTheRung : rungLines.length > 0 ? last : undefined;
  if (shownPart && rungLines.length > 0) {
    // Lines that name the kind asked of give it ("what training would help?" after moving up); a level's lines only come closest.
    const given = shownPart === last && !(ofTheRung && ofTheRung.id === answeredId) ? Messages.partGives(shownPart.title) : undefined;
    await context.sendActivity(renderPartInView(shownPart, { lines: rungLines, closest: true }, deps.kb, channelOf(context.activity), given));
    return [answeredWith(text, shownPart)];
  }
  return null;
}

/** "what roles could that lead to?" after moving up: the lines that say it. */
export async function sendWordLines(turn: TurnAskingOfTheView): Promise<Answer[] | null> {
  const { context, deps, text, last, asksOne, ofTheRung } = turn;
  // "what roles could that lead to?" after moving up: the lines of the answer in view that say it (wordOfTheAnswerInView.ts).
  const wordLines = asksOne && last && !ofTheRung ? linesOfTheWordAsked(text, last, deps.engine) : null;
  if (wordLines && last) return [await sendLinesOfTheAnswerInView(context, deps, text, last, wordLines)];
  return null;
}

/** What the thing in view teaches: the lines that say it. */
export async function sendLearnedFromTheThing(turn: TurnAskingOfTheView): Promise<Answer[] | null> {
  const { context, deps, text, last, asksOne, ofTheRung, asked } = turn;
  // "what would I learn doing that?" after gaining experience or the first jobs: the lines that say what it teaches,
  // from its own answer or the one beside it that says it, not what the courses teach.
  const learned = asksOne && last && !ofTheRung ? learnedFromTheThing(asked, last, deps.kb) : null;
  if (learned) {
    const lead = learned.entry.id === last?.id ? Messages.partGives(learned.entry.title) : Messages.saidUnder(learned.entry.title);
    await context.sendActivity(renderPartInView(learned.entry, { lines: learned.lines, closest: true }, deps.kb, channelOf(context.activity), lead));
    await rememberAnswered(context, deps, learned.entry.id);
    return [answeredWith(text, learned.entry)];
  }
  return null;
}

/** The rung asked of, or a part of the answer in view asked in its own words. */
export async function sendInItsWords(turn: TurnAskingOfTheView): Promise<Answer[] | null> {
  const { context, deps, text, answeredId, last, asksOne, ofTheRung } = turn;
  const inItsWords = ofTheRung ?? (asksOne ? askedOfTheAnswer(deps, text, last) : undefined);
  if (inItsWords) return sendAnsweredOrPart(context, deps, text, inItsWords, answeredId);
  return null;
}

/** One's own thing, or a narrower setting, set beside the answer in view: the guide does not name it, said so. */
export async function sendThingNotMentionedInView(turn: TurnAskingOfTheView): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, last } = turn;
  // "our church office runs on Excel - is that enough?" after the computer skills: a name the guide never says, said so.
  // "is it a 9 to 5 at the insurance companies specifically?" after the hours: the guide says it of no setting, said so.
  const ownThing = lastRejected ? null : ownThingWeighed(text, last, deps.kb);
  // "would ten years as a mortgage clerk be enough?" after going without a degree: the guide weighs no one's own, said so.
  if (!lastRejected && !ownThing && last && ownEnoughWeighed(text, last)) return [await sendThingNotMentioned(context, deps, text, Messages.ownEnoughNotWeighed(last.title), last)];
  const narrowed = lastRejected || ownThing ? null : narrowedBeyondView(text, last, deps.kb);
  if ((ownThing || narrowed) && last) return [await sendThingNotMentioned(context, deps, text, ownThing ? Messages.thingNotMentioned(ownThing, last.title) : Messages.notSaidInParticular(narrowed ?? '', last.title), last)];
  return null;
}

/** A thing the answer in view names, asked of as an option, an example or a check: its line. */
export async function sendLinesOfTheThing(turn: TurnFollowingUp): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, last, asksOne, asked, followUp } = turn;
  // "would a doctorate be an option?" after continuing development, "is finding a mentor a good idea?": a thing the
  // answer in view names, asked of as an option, an example or a check: its line, given. Only when no follow-up rule
  // and not the learned choice read the message (they may take it to an answer next to the one in view). Not an aspect the turn reads
  // further on (how often, where, an exact figure), a fact the answer lacks, a level of the ladder; and not the whole answer
  // again when a part of it is what was asked ("is that good money?" after the pay: its figures, read further on).
  const linesOfTheThing = !followUp && !lastRejected && asksOne && last && !askedAspect(asked, deps.kb) && !missingFact(asked, last) && !namesALevel(asked) ? (thingOfTheAnswerAsked(asked, last, deps.engine, deps.kb) ?? checkedInView(asked, last, deps.engine, deps.kb)) : null;
  // The whole answer again only when the words alone answer nothing ("so no night shifts at all?" after the hours).
  const thingLines = linesOfTheThing && last && linesOfTheThing.length === answerUnits(last).length && partInView(asked, last, deps.kb) && deps.engine.answer(text).kind === 'answer' ? null : linesOfTheThing;
  if (last && thingLines) {
    // "any nights?" after the hours, which only its tags name: the guide does not mention them, said so.
    const unsaid = thingNotMentioned(asked, last, deps.kb);
    await context.sendActivity(renderPartInView(last, { lines: thingLines, closest: true }, deps.kb, channelOf(context.activity), unsaid ? Messages.thingNotMentioned(unsaid, last.title) : Messages.partGives(last.title)));
    await rememberAnswered(context, deps, last.id);
    return [answeredWith(text, last)];
  }
  return null;
}

/** A follow-up asked of nothing but the subject in view: of it. */
export async function sendAskedOfInView(turn: TurnFollowingUp): Promise<Answer[] | null> {
  const { context, deps, text, answeredId, last } = turn;
  // A follow-up about the subject in view that asks a fact its entry does not hold ("who gives it?" after licensing,
  // which names no body): said plainly, with that entry, rather than the same answer again.
  // What one needs for the credential in view, or which of what it lists matters most, asked of nothing else ("what are
  // the requirements" after the CCM, "whats the single most important one" after the key skills): of it.
  if (last && askedOfInView(text, last)) return sendAnsweredOrPart(context, deps, text, last, answeredId);
  return null;
}

/** A follow-up that asks a fact its entry does not hold: said plainly, with that entry. */
export async function sendFactLacking(turn: TurnFollowingUp): Promise<Answer[] | null> {
  const { context, deps, text, followUp } = turn;
  const lacking = followUp ? missingFact(text, followUp) : null;
  if (followUp && lacking) {
    void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    const channel = channelOf(context.activity);
    declinedAbout(context, followUp);
    await context.sendActivity(lacking === 'no-figure' ? renderNoFigure([followUp], channel) : renderNearby([followUp], channel));
    return [{ question: text, kind: 'no-match', declined: lacking, answered: false, entry: null, score: 0, alternatives: [{ id: followUp.id, title: followUp.title, score: 0 }] }];
  }
  return null;
}

/** Where to do the thing in view, when its answer says where: that part. */
export async function sendWhereInView(turn: TurnFollowingUp): Promise<Answer[] | null> {
  const { context, deps, text, last, before, followUp } = turn;
  const spelled = weighingSpelled(text);
  // Where to do the thing in view, asked of it ("where do i find one" after internships, "where could i do it" after
  // volunteering), when its answer says where: that part, not another answer the words alone read as. Not when the
  // conversation reads the pointer as the answer before it ("where would i do one" after a wrong answer to the internship).
  const whereAsked = last && (!followUp || followUp.id !== before?.id) ? askedAspect(spelled, deps.kb) : null;
  const where = last && whereAsked?.aspect === 'where' ? linesGiving(last, whereAsked) : [];
  if (last && where.length > 0) {
    await context.sendActivity(renderAspectInAnswer(Messages.aspectWords.where ?? 'where', last, where, deps.kb, channelOf(context.activity)));
    return [answeredWith(text, last)];
  }
  return null;
}

/** The follow-up the message reads as: its entry, or the part asked. */
export async function sendFollowUp(turn: TurnFollowingUp): Promise<Answer[] | null> {
  const { context, deps, text, answeredId, followUp } = turn;
  if (followUp) return sendAnsweredOrPart(context, deps, text, followUp, answeredId);
  return null;
}

/** "how long does that take" after the CCM: the thing in view is the subject left out. */
export async function sendSubjectInView(turn: TurnFollowingUp): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, engine, answeredId, last } = turn;
  // "how long does that take" after the CCM: the thing in view is the subject left out, not the career.
  const asWriter = askedAsTheWriter(text);
  const ofTheThing = lastRejected ? null : (subjectInView(text, last, engine, deps.kb) ?? (asWriter ? subjectInView(asWriter, last, engine, deps.kb) : null));
  if (ofTheThing?.kind === 'entry') return sendAnsweredOrPart(context, deps, text, ofTheThing.entry, answeredId);
  // The guide says something of the thing, in its own answer or in the career's: that, tied to the thing.
  if (ofTheThing?.kind === 'notGiven' && (ofTheThing.said.own.length > 0 || ofTheThing.said.inGeneral.length > 0)) {
    await context.sendActivity(renderSaidOfSubject(ofTheThing.subject, ofTheThing.general, ofTheThing.said, channelOf(context.activity)));
    await rememberAnswered(context, deps, ofTheThing.general.id);
    return [answeredWith(text, ofTheThing.general)];
  }
  if (ofTheThing?.kind === 'notGiven') {
    void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    declinedAbout(context, ofTheThing.subject);
    await context.sendActivity(renderNotGivenFor(ofTheThing.subject, ofTheThing.general, channelOf(context.activity)));
    const offered = [ofTheThing.subject, ofTheThing.general].map((entry) => ({ id: entry.id, title: entry.title, score: 0 }));
    return [{ question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: offered }];
  }
  return null;
}
