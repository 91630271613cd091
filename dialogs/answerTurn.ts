/**
 * One question's turn, start to end. `sendAnswer` answers a message and notes how it went; `sendAnswers` is the chain:
 * ordered lists of named steps (AnswerStep), each "read X, send Y", tried in order until one answers, and the shared
 * turn (QuestionTurn and what it grows into) they read. The steps live in the rooms that own them: the replies in
 * rendering/*Replies.ts (menuReplies, routeReplies, payReplies, ownCaseReplies, areaReplies, beyondReplies,
 * followUpReplies, comparedReplies, and the end, engineReadReplies and oneAnswerReplies), the readings in
 * understanding/ (understanding/README.md). The order is the behaviour: an earlier step wins.
 */
import type { Activity, TurnContext } from 'botbuilder';
import { type Answer } from '../knowledge/answerEngine';
import { directAsk } from '../knowledge/aspects';
import type { FaqEntry } from '../knowledge/schema';
import { channelOf, echoPart, readCardValue, renderPartNotCovered, renderText } from './rendering/core/cards';
import { type DialogDeps, type OfferedMenu } from './deps';
import { feedbackUserOf } from './feedbackStore';
import type { QuestionOutcome } from './usageLog';
import { sendAskedOfTheRungInView } from './rendering/inView/rungReplies';
import { sendNotGivenInView } from './rendering/inView/wordReplies';
import { notGivenInView } from './understanding/inView/notGivenInView';
import { areSiblings, askedOfTheRung, rungOnThePath, followUpEntry } from './understanding/core/followUp';
import { normalise } from './understanding/core/textMatch';
import { timeWithoutTheDegree } from './understanding/person/degreeTurnedDown';
import { entryPicked, listInView, pickedFromList, pickedFromMenu, whichAsked } from './understanding/inView/listInView';
import { askingPart, twoQuestionsAsked, withoutTagQuestion } from './understanding/core/clauses';
import { thingAsked } from './understanding/questions/thingAsked';
import { questionAfterAside } from './understanding/core/questionAfterAside';
import { requirementCarried } from './understanding/inView/requirementCarried';
import { sendNamedThing } from './rendering/beyond/namedThingReplies';
import { sendAskedOfItsLine } from './rendering/inView/lineOfTheThingReplies';
import { aspectCarriedOver } from './understanding/inView/aspectCarried';
import { everyItemAsked, itemSayingAsked, itemsSayingEach } from './understanding/inView/itemsAsked';
import { sendEachItemSaying, sendEveryItem, sendItemSaying } from './rendering/questions/itemReplies';
import { ownTraitAsked } from './understanding/person/ownTraitAsked';
import { sendSilenceAfterAnswer } from './rendering/beyond/silenceReplies';
import { certificationSatAsked } from './understanding/questions/certificationSatAsked';
import { moveIntoAsked } from './understanding/questions/moveIntoAsked';
import { ownWorkplaceNamed } from './understanding/questions/ownWorkplaceNamed';
import { inTheGuidesWords } from './understanding/questions/guidesWordsOfTheAsk';
import { sendAskedOfTheStory, sendSourceOfTheAnswer } from './rendering/questions/questionWordReplies';
import { isStudentJob, jobById } from './understanding/person/aboutYou';
import { yearsOfTheRoleNamed } from './understanding/inView/rungStepped';
import { Messages } from './rendering/core/messages';
import { sendLedEntry, shownInReply } from './rendering/core/entryReplies';
import { sendListItem, sendNotGivenEither, sendThingWithItsPart } from './rendering/inView/inViewReplies';
import { sendWholeCase } from './rendering/person/wholeCaseReplies';
import { sendJobWeighedAsAFit } from './rendering/person/caseWeighedReplies';
import { sendToldInTheQuestion } from './rendering/person/toldReplies';
import { sendOwnCaseAnswer, sendTraitNotSpoken } from './rendering/person/situationReplies';
import { sendWeighing } from './rendering/questions/weighingReplies';
import { ASKED_IN_CONTEXT, ASKED_NOT_GIVEN, DECLINED_ABOUT, IN_VIEW, NUMBERED_PART, LIST_ITEM_SHOWN, menuOf, turnEngine, WHOLE_MESSAGE_ANSWERED } from './turnState';
import { sendFittedToThem } from './rendering/person/fittedReplies';
import { sendAreaOfTheirCase } from './rendering/person/areaOfTheirCaseReplies';
import type { TurnEngine } from '../knowledge/turnEngine';
import { asksWhatTheCredentialNeeds, weighsAgainstUndescribed } from './understanding/inView/answerInView';
import { otherSideOfTheFirst } from './understanding/questions/partsAsked';
import { declinedAlready } from './understanding/talk/repairAsked';
import { partLeft, spokenInReply } from './understanding/inView/partLeft';
import { sendAsksLeftBeside } from './rendering/questions/asksLeftBeside';
import { needToKnowTold, partRestated } from './understanding/core/partRestated';
import { PAY_ENTRY, weighsOwnPay } from './understanding/person/situationAsked';
import { inPlainWords } from './understanding/core/plainQuestion';
import { sendFirstJobPayAsked } from './rendering/questions/firstJobPayReplies';
import { sendOwnGapAnswer } from './rendering/person/gapReplies';
import { placeShareAsked } from './understanding/questions/placeShareAsked';
import { sendPickedFromTheMenu, sendCareerAskedAgain, sendPickedFromTheButtons } from './rendering/guided/menuReplies';
import { sendOtherCertification, sendWayInWithoutTheDegree, sendOrderAsked, sendCertificationToStartWith, sendWorthPaying, sendWhatCertificationGives, sendWhereToMeetPeers, sendSchoolSubjects, sendOwnRoute, sendHowToBecome, sendCertificationWithoutDegree, sendMovingUp, sendShortOfADegree, sendWayInInPractice } from './rendering/person/routeReplies';
import { foreignPayTold, sendOwnPayInAnotherCurrency, sendPayCutRemarked, sendPayCeiling, sendPayBySetting, sendPayOfRoleInView, sendUnpaidInView, sendNextPay, sendPayWeighed } from './rendering/questions/payReplies';
import { sendWorkNamedBeside, sendVolunteeringBeside, sendOutsideWorkTold, sendDegreeOfTheirs, sendOwnEnglish, sendAlreadyKnown, sendOwnPractice, sendExperienceCounted, sendFieldOfStudyAsked, sendOwnWorkLikeTheJob, sendMustBeOtherwiseDeclined } from './rendering/person/ownCaseReplies';
import { sendAreaHard, sendAreaForThePeople, sendWhoTheClientsAre, sendAreaNotDescribed, sendSkillNamed } from './rendering/questions/areaReplies';
import { sendAgeWithItsNearest, sendAskedInPart, sendAskedThroughTheirLife, sendBeyondTheGuide, sendCareKindUnnamed, sendFinanceSkillsNear, sendMentionChecked, sendPartlyGiven } from './rendering/beyond/beyondReplies';
import { sendLevelBeside, sendRungLines, sendWordLines, sendLearnedFromTheThing, sendInItsWords, sendThingNotMentionedInView, sendLinesOfTheThing, sendAskedOfInView, sendFactLacking, sendWhereInView, sendFollowUp, sendSubjectInView } from './rendering/inView/followUpReplies';
import { sendWeighedAgainstOther, sendAspectNotGivenInView, sendRankingAsked, sendComparedInView, sendWhichTwo, sendWhichOneMeant, sendTwoWeighed } from './rendering/questions/comparedReplies';
import { sendAsTheEngineReads } from './rendering/questions/engineReadReplies';
import { isPhysicalOfTheJob, POINTS_BACK_BRIEFLY, sendOne } from './rendering/questions/oneAnswerReplies';
import type { KnownAboutYou } from './deps';
import type { PickedItem } from './understanding/inView/listInView';

type PickedFromMenu = NonNullable<ReturnType<typeof pickedFromMenu>>;
import { sendAskedInFull } from './rendering/questions/askedInFullReplies';
import { sendIntroducedFirst } from './rendering/person/introReplies';
import { sendKeyAsk, sendNumberedQuestions } from './rendering/questions/keyAskReplies';
import { sendHalfAsked } from './rendering/questions/halfAskedReplies';


/** What a reply says when the guide speaks of no age: said once a turn. */
const AGE_SAID: readonly string[] = [Messages.aspectNotGiven.age, Messages.beyond.ageLead].map((said) => said.slice(0, 40));

/**
 * Answers a message and sends the reply for the channel. One question: the answer card, "Did you mean ...", "not sure,
 * maybe one of these", or the honest "not covered" reply. Two questions in one message: both answers in one reply
 * (side by side when the message compares them), or the known one and a plain note about the part the guide does not
 * cover. `lastRejected` when the person said the last answer was not what they asked (a complaint before the question).
 * Unanswered and ambiguous questions are recorded for the report (in the background: the reply does not wait).
 * Only questions come here: conversation ("thanks", "are you a bot?") is understood and answered before it
 * (understanding/core/pipeline.ts, respond.ts). Returns the answers, one per question.
 */
export async function sendAnswer(context: TurnContext, deps: DialogDeps, text: string, options: AnswerOptions = {}): Promise<Answer[]> {
  const offered: string[] = [];
  let saidOfAge = false;
  const said: string[] = [];
  context.onSendActivities(async (_turn, activities, next) => {
    offered.push(...activities.flatMap(askedEntries));
    said.push(...activities.map((activity) => activity.text ?? ''));
    saidOfAge ||= activities.some((activity) => AGE_SAID.some((said) => `${activity.text ?? ''} ${JSON.stringify(activity.attachments ?? [])}`.includes(said)));
    return next();
  });
  if (options.inContext) context.turnState.set(ASKED_IN_CONTEXT, true);
  const sent = await sendAnswers(context, deps, text, options.inView, options.lastRejected ?? false, options.menu);
  // One answer led by "the guide doesn't rank them" or "doesn't say how long": what was asked is declined, the answer shown beside it.
  const [only] = sent;
  const answers =
    sent.length === 1 && only?.kind === 'answer' && only.entry && context.turnState.get(ASKED_NOT_GIVEN) === true
      ? [{ ...only, kind: 'no-match' as const, declined: 'not-covered' as const, answered: false, entry: null, score: 0, alternatives: [{ id: only.entry.id, title: only.entry.title, score: 0 }] }]
      : sent;
  // A reading that answered one of two questions asked one after the other ("does pharmacy count for step 3? care
  // managers also do insurance and med schedules, right?"): the other answered too, never dropped.
  // Two answers to one part ("CMC or CCM - which first, and would my OT registration count?"): the other part too.
  const other = answers.length === 1 || answers.every((answer) => answer.kind === 'answer') ? await sendOtherQuestion(context, deps, text, answers, saidOfAge, said) : null;
  if (other) answers.push(other);
  // "... Should I join one now or wait until I'm hired?", "I also have a bachelor's in X if that matters": never dropped.
  await sendAsksLeftBeside(context, deps, said);
  // A reply that offered buttons instead of an answer is a list the next message may pick from ("the second one"),
  // unless it showed an item of the list in view, which stays the list ("and the third?").
  if (offered.length > 0 && !answers.some((answer) => answer.kind === 'answer') && context.turnState.get(LIST_ITEM_SHOWN) !== true) {
    const ids = [...new Set(offered)];
    const about: unknown = context.turnState.get(DECLINED_ABOUT);
    await deps.offeredEntries.set(context, typeof about === 'string' ? { ids, about, question: text.slice(0, 500) } : { ids, question: text.slice(0, 500) });
  }
  // For the dashboard: how each question was handled (no text; the entry id when answered).
  for (const answer of answers) {
    const outcome = outcomeOf(answer);
    if (outcome) void deps.usage.question(context.activity, outcome, answer.kind === 'answer' ? answer.entry?.id : undefined);
  }
  return answers;
}

/**
 * The other of two questions asked one after the other (understanding/core/clauses.ts twoQuestionsAsked), after a reply that
 * answered one of them (understanding/inView/partLeft.ts): the guide's answer to the part it left, led by the person's words;
 * an age asked, said plainly; a part the guide does not cover, a plain note. Null when nothing was sent.
 */
async function sendOtherQuestion(context: TurnContext, deps: DialogDeps, text: string, answered: readonly Answer[], saidOfAge: boolean, said: readonly string[] = []): Promise<Answer | null> {
  // The reply answered the whole message from the person's case ("... no idea where to start. Could I realistically do it?").
  if (context.turnState.get(WHOLE_MESSAGE_ANSWERED) === true) return null;
  const parts = twoQuestionsAsked(ownWorkplaceNamed(text) ?? text);
  // "... be enough, or would I need to go back to school?": the other side of the first part, answered with it.
  // "what do directors make and how many years to get there": the level's pay entry gave its years too.
  const roleYears = yearsOfTheRoleNamed(text, deps.kb);
  if (!parts || otherSideOfTheFirst(text, parts) || certificationSatAsked(text) !== null || (roleYears && answered.some((answer) => [answer.entry?.id, ...answer.alternatives.map((alternative) => alternative.id)].includes(roleYears.entry.id)))) return null;
  const engine = turnEngine(context, deps);
  const shown = shownInReply(context).entries;
  const given = new Set([...answered.flatMap((answer) => [...(answer.entry ? [answer.entry.id] : []), ...answer.alternatives.map((alternative) => alternative.id)]), ...shown]);
  // A part weighing the answer against a job the guide never describes was said so (sendNotComparedBeside).
  const shownText = [...given].flatMap((id) => deps.kb.faqById.get(id) ?? []).map((entry) => `${entry.title} ${entry.answer}`).join(' ');
  const left = partLeft(parts, (part) => engine.answerAll(part), given, saidOfAge, (part) => weighsAgainstUndescribed(part, deps) || (given.has(PAY_ENTRY) && weighsOwnPay(part)), shownText);
  // After two answers, only a part the guide does not cover is owed: a plain note.
  if (!left || (answered.length > 1 && (left.kind !== 'not-covered' || spokenInReply(left.part, shownText)))) return null;
  // A part the reply has already declined in a line of its own is not declined again (understanding/talk/repairAsked.ts).
  if (declinedAlready(left.part, said)) return null;
  // "So CCM first? What do I need to qualify for it?": the CCM's answer and its lead were what it takes.
  if (left.kind === 'answer' && answered.some((answer) => asksWhatTheCredentialNeeds(answer.entry, left.part))) return null;
  if (left.kind === 'answer') {
    await sendLedEntry(context, deps, Messages.otherQuestion(echoPart(left.part)), left.answer.entry!);
    return left.answer;
  }
  // "I mean am I eligible.", "ok and the ADN thing?": a lead into the part answered, never declined (core/partRestated.ts).
  if (partRestated(left.part)) return null;
  // "I also have 2 kids so I need to know the hours. Is it 9 to 5?": the need told is the one the answer given meets.
  if (needToKnowTold(left.part) && leansToAnAnswerGiven(engine.answer(left.part), given)) return null;
  void deps.feedback.recordQuestion(left.part, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
  const channel = channelOf(context.activity);
  // "or is it mostly hospitals?": no shares, but where they typically work (questions/placeShareAsked.ts).
  const share = left.kind !== 'age' && placeShareAsked(left.part) ? Messages.placeShareNotGiven : null;
  await context.sendActivity(left.kind === 'age' ? renderText(channel, Messages.aspectNotGiven.age) : share ? renderText(channel, share) : renderPartNotCovered(left.part, channel));
  return { question: left.part, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: [] };
}


/** True when the engine reads the part as one of the answers given, or leans to one first. */
const leansToAnAnswerGiven = (read: Answer, given: ReadonlySet<string>): boolean => [read.entry?.id, read.alternatives[0]?.id].some((id) => id !== undefined && given.has(id));

/** What the turn knows besides the message: what is in view, and whether the last answer was rejected. */
export interface AnswerOptions {
  /** The entry in view when it is not the last answer (the walk's step on screen). */
  inView?: string | undefined;
  /** The person said the last answer was not what they asked (a complaint before the question). */
  lastRejected?: boolean | undefined;
  /** The entries the last reply offered as buttons instead of an answer. */
  menu?: OfferedMenu | undefined;
  /**
   * Asked as part of the conversation about the guide: a part said to be missed, or a correction of the last answer
   * ("you didnt answer about my english", "no, I am asking the fees for the exam"). What the guide does not cover is
   * then said so, with what it says nearby, never "outside what I can help with".
   */
  inContext?: boolean | undefined;
}


/** The entries an activity's buttons ask about: its suggested actions' values, and its Adaptive Card's buttons' data. */
function askedEntries(activity: Partial<Activity>): string[] {
  const values: unknown[] = (activity.suggestedActions?.actions ?? []).map((action) => action.value);
  for (const attachment of activity.attachments ?? []) {
    const content: unknown = attachment.content;
    const actions: unknown = typeof content === 'object' && content !== null && 'actions' in content ? content.actions : undefined;
    if (Array.isArray(actions)) values.push(...actions.map((action: unknown) => (typeof action === 'object' && action !== null && 'data' in action ? action.data : undefined)));
  }
  return values.flatMap((value) => {
    const reading = readCardValue(value);
    return reading.kind === 'root' && reading.value.action === 'ask' ? [reading.value.id] : [];
  });
}

/** Answered, suggested ("did you mean", "not sure, maybe") or declined; null for a message with nothing to search. */
export function outcomeOf(answer: Answer): QuestionOutcome | null {
  if (answer.kind === 'empty') return null;
  if (answer.kind === 'answer' && answer.entry) return 'answered';
  if ((answer.kind === 'ambiguous' || answer.kind === 'no-match') && answer.alternatives.length > 0) return 'suggested';
  return 'declined';
}

/** A step of the chain: what it reads and what it sends, or null when the message is not its to answer. */
export interface AnswerStep<Turn> {
  readonly name: string;
  readonly run: (turn: Turn) => Promise<Answer[] | null> | Answer[] | null;
}

/** What every step reads: the message, what the turn was told of it, and this turn's engine. */
export interface QuestionTurn {
  readonly context: TurnContext;
  readonly deps: DialogDeps;
  readonly text: string;
  /** The entry in view when it is not the last answer (the walk's step on screen). */
  readonly inView: string | undefined;
  /** The person said the last answer was not what they asked. */
  readonly lastRejected: boolean;
  readonly offered: OfferedMenu | undefined;
  readonly engine: TurnEngine;
  /** "the second one" after "did you mean": that button's entry; never after an answer said to miss. */
  readonly fromMenu: PickedFromMenu | null;
  /** The whole chain again, for the message read in other words (a tag question dropped, the other of two asks). */
  again(text: string, inView: string | undefined): Promise<Answer[]>;
}

/** And the answer in view (the last one, a button's, the walk's step), the one before it, and the message as said and typed. */
export interface TurnInView extends QuestionTurn {
  readonly answeredId: string | undefined;
  /** The entry of a button picked, or the thing a plain decline was about, pointed back at briefly. */
  readonly offeredOne: FaqEntry | undefined;
  readonly lastId: string | undefined;
  readonly last: FaqEntry | undefined;
  readonly before: FaqEntry | undefined;
  /** The whole message when the question is a part of it (the story before the question says where one stands). */
  readonly said: string;
  /** The message as typed: a complaint's question ("you didnt answer about my english") may be only a part of it. */
  readonly typed: string;
}

/** And where the person's profile says they start. */
export interface TurnOfTheCase extends TurnInView {
  readonly knownStart: KnownAboutYou | undefined;
  readonly inFieldJob: boolean;
}

/** And what a message that asks one thing asks of the answer in view. */
export interface TurnAskingOfTheView extends TurnOfTheCase {
  /** One question, with an answer in view. */
  readonly asksOne: boolean;
  /** The rung of the ladder asked of the one in view ("and senior?" after the entry-level pay). */
  readonly ofTheRung: FaqEntry | undefined;
  /** The asking part of the message, normalised. */
  readonly asked: string;
}

/** And the list in view, the item picked from it, and the follow-up the message reads as. */
export interface TurnFollowingUp extends TurnAskingOfTheView {
  readonly listed: FaqEntry | undefined;
  readonly twoInView: boolean;
  readonly picked: PickedItem | null;
  readonly followUp: FaqEntry | null;
}

/** The first reply a step in order sends; null when none is the message's. */
async function firstReply<Turn>(turn: Turn, steps: readonly AnswerStep<Turn>[]): Promise<Answer[] | null> {
  for (const step of steps) {
    const sent = await step.run(turn);
    if (sent) return sent;
  }
  return null;
}

const one = async (sent: Promise<Answer | null> | Answer | null): Promise<Answer[] | null> => {
  const answer = await sent;
  return answer ? [answer] : null;
};

/**
 * The chain, in order: each step reads the message for one kind of ask and answers it, and the first that does wins.
 * Steps are named for what they answer; each lives in the room that owns it (rendering/*Replies.ts for the replies,
 * understanding/ for the readings). The turn grows between the lists: what is in view, the person's case, what is asked
 * of the view, the follow-up read. Reordering a list changes what the bot says.
 */
const BEFORE_THE_VIEW: readonly AnswerStep<QuestionTurn>[] = [
  { name: 'a button of the menu picked', run: sendPickedFromTheMenu },
  { name: 'the career asked again after a miss', run: sendCareerAskedAgain },
  // "Is the CCM recognised over here, do you know?": the question, without a tag the engine reads as one (ut36a P11 m2).
  { name: 'a tag question dropped', run: (t) => (withoutTagQuestion(t.text) !== t.text ? t.again(withoutTagQuestion(t.text), t.inView) : null) },
  // "Pay doesn't matter, pension covers me. Is it rewarding?": the question after the aside, alone (ut40a P09-T5).
  { name: 'the question after an aside', run: (t) => { const asked = t.lastRejected ? null : questionAfterAside(t.text); return asked ? t.again(asked, t.inView) : null; } },
  // "1) does interpreting count? 2) need a new degree?": each numbered question in turn (ut39a P05-T1).
  { name: 'numbered questions, each answered', run: sendNumberedQuestions },
  // A word read in the sense the sentence gives it: a criminal record, years jobs ask for, the CCM from Kenya (ut39a).
  { name: 'the key ask, not its keyword', run: sendKeyAsk },
  { name: 'the key ask a related card would leave half-answered', run: sendHalfAsked },
  { name: 'a certification held, the other asked', run: sendOtherCertification },
  // "can i sit for the CCM right away or do i need hours first", "could i move into care coordination?", "could I do
  // this at my own hospital": asked again in the guide's words (ut36a P04 m5, P09 m1, P08 m1; ut33a P05 m9).
  { name: 'asked again in the guide\'s words', run: (t) => { const sat = t.lastRejected ? null : (certificationSatAsked(t.text) ?? moveIntoAsked(t.text) ?? ownWorkplaceNamed(t.text) ?? inTheGuidesWords(t.text)); return sat ? t.again(sat, undefined) : null; } },
  // "do I have to be a registered nurse first?": a nurse or social worker asked as a must, which the search reads as
  // becoming that other job; the plain reply and what is needed, never "outside" (person40b).
  { name: 'a nurse or social worker first, asked', run: sendMustBeOtherwiseDeclined },
  // "what does salary progression look like?", "do care managers work in SNFs?": the guide gives it in part, under its own words.
  { name: 'given in part under other words', run: sendPartlyGiven },
  // "... Is there a specialty close to that?": "that" is the story, not the answer in view (questionWordReplies.ts).
  { name: 'asked of the story told', run: (t) => (t.lastRejected ? null : one(sendAskedOfTheStory(t.context, t.deps, t.text))) },
];

const WITH_THE_VIEW: readonly AnswerStep<TurnInView>[] = [
  // "I'm a dental hygienist, 33, 9 years ...", "Firefighter/EMT here, 22 years ... Care management?" as a first message:
  // what they told said back, and the guide's answer for a case like theirs (intro40, tester ut40a kind 3).
  { name: 'who they are, told first', run: (t) => (t.lastRejected || t.answeredId !== undefined ? null : sendIntroducedFirst(t.context, t.deps, t.typed, t.text)) },
  // "is it less stressful than tech tho?", "flexibility for school pickup? like 3pm", "does retail management experience
  // help", "would my RRT license count toward certification?": what the guide says, never "outside" (ut40a kind 1).
  { name: 'asked through their own life', run: sendAskedThroughTheirLife },
  // "I organize meals, rides, hospital visits for elderly church members ... is that basically a care manager?": what of
  // the guide's tasks it matches and what the job adds (late38b, ut38a P04-T2).
  { name: 'their own work set beside the job', run: sendOwnWorkLikeTheJob },
  // "I've been a hospice volunteer for about 3 yrs ... Would care managers work in hospice too?": how the guide counts
  // the volunteering, said first; the question answered after (counts40b, ut39c P04-T2).
  { name: 'volunteering in care, told beside the question', run: sendVolunteeringBeside },
  // "budgeting is mentioned somewhere right?": yes and where; a place it never names, no and the license (talk39).
  { name: 'a mention in the guide checked', run: sendMentionChecked },
  // "My husband is asking if he can also do it", "the first thing I should do this week": answered in part (talk39).
  { name: 'asked in part: for someone else, or the first thing to do', run: sendAskedInPart },
  { name: 'the key ask answered in full', run: (t) => (t.lastRejected ? null : sendAskedInFull(t.context, t.deps, t.text, t.said, t.last)) },
  { name: 'work the guide names, told beside the question', run: sendWorkNamedBeside },
  // "how long would this take me? I can't do 8 years of school": the time asked of the route without a degree.
  { name: 'the time without the degree', run: (t) => { const asked = t.lastRejected ? null : timeWithoutTheDegree(t.text, t.said); return asked ? t.again(asked, t.inView) : null; } },
  { name: 'the degree turned down', run: sendWayInWithoutTheDegree },
  { name: 'their pay in another currency', run: sendOwnPayInAnotherCurrency },
  { name: 'a pay cut remarked', run: sendPayCutRemarked },
  { name: 'the pay of a first job', run: (t) => (t.lastRejected || foreignPayTold(t) ? null : one(sendFirstJobPayAsked(t.context, t.deps, t.text, t.said))) },
  { name: 'pay by workplace', run: sendPayBySetting },
  // "And the ceiling if I move up to director?": how high pay goes, the top bands, not moving up without pay (ut40a P07-T8).
  { name: 'how high pay goes', run: sendPayCeiling },
  { name: 'which comes first', run: sendOrderAsked },
  { name: 'which certification to start with', run: sendCertificationToStartWith },
  { name: 'worth paying for', run: sendWorthPaying },
  // "what good would it do me?" after the CMC: what certification brings, not the answer in view again.
  { name: 'what a certification gives', run: sendWhatCertificationGives },
  // "where would i meet people like that?" after networking: the professional organizations, not where care managers work.
  { name: 'where to meet others in the field', run: sendWhereToMeetPeers },
  { name: 'school subjects', run: sendSchoolSubjects },
];

const OF_THE_CASE: readonly AnswerStep<TurnOfTheCase>[] = [
  // "Could I specialise in psychiatric care management with my background?": their case weighed, then the area (ut40a P12-T9).
  { name: 'an area asked of their case', run: (t) => (t.lastRejected ? null : sendAreaOfTheirCase(t.context, t.deps, t.text, t.knownStart)) },
  { name: 'their own route, what is left of it', run: sendOwnRoute },
  { name: 'a job weighed as a fit', run: (t) => (t.lastRejected ? null : one(sendJobWeighedAsAFit(t.context, t.deps, t.text))) },
  { name: 'how do i become one', run: sendHowToBecome },
  { name: 'the answer fitted to what they told', run: (t) => (t.lastRejected ? null : one(sendFittedToThem(t.context, t.deps, t.text, t.said))) },
  // A skill, a gap or the jump to the title asked in words the search does not place; an area remarked (gapReplies.ts).
  { name: 'their gaps', run: (t) => one(sendOwnGapAnswer(t.context, t.deps, t.text, t.said, t.last, t.lastRejected)) },
  { name: 'the way in, in practice: a shortcut, experience made official', run: sendWayInInPractice },
  { name: 'told in the question', run: (t) => (t.lastRejected ? null : one(sendToldInTheQuestion(t.context, t.deps, t.text, t.said, t.last))) },
  { name: 'their whole case', run: (t) => (t.lastRejected ? null : sendWholeCase(t.context, t.deps, t.text, t.said, (part) => t.again(part, t.inView))) },
  { name: 'work outside the field told, nothing asked', run: sendOutsideWorkTold },
  { name: 'a certification without a degree', run: sendCertificationWithoutDegree },
  { name: 'a degree of theirs weighed', run: sendDegreeOfTheirs },
  { name: 'their English', run: sendOwnEnglish },
  { name: 'a trait of theirs', run: (t) => { const trait = t.lastRejected ? null : ownTraitAsked(t.typed); return trait ? one(sendTraitNotSpoken(t.context, t.deps, t.text, trait)) : null; } },
  { name: 'needed, told as known', run: sendAlreadyKnown },
  { name: 'a practice of their own', run: sendOwnPractice },
  // What the guide never says, asked after an answer (rendering/questions/questionWordReplies.ts, silenceReplies.ts).
  { name: 'the source of the answer', run: (t) => (t.lastRejected ? null : one(sendSourceOfTheAnswer(t.context, t.text, t.said, t.last))) },
  { name: 'the guide\'s silence after an answer', run: (t) => (t.lastRejected ? null : one(sendSilenceAfterAnswer(t.context, t.deps, t.text, t.said, t.last))) },
  { name: 'a thing named', run: (t) => (t.lastRejected ? null : one(sendNamedThing(t.context, t.deps, t.text, t.last))) },
  { name: 'asked of a line of the answer', run: (t) => (t.lastRejected ? null : one(sendAskedOfItsLine(t.context, t.deps, t.text, t.last))) },
  { name: 'not given in view', run: (t) => { const neverGiven = t.lastRejected ? null : notGivenInView(t.text, t.last); return neverGiven && t.last ? one(sendNotGivenInView(t.context, t.deps, t.text, neverGiven, t.last)) : null; } },
  { name: 'how hard the area is', run: sendAreaHard },
  { name: 'their own case', run: (t) => (t.lastRejected ? null : one(sendOwnCaseAnswer(t.context, t.deps, t.text, t.typed))) },
  { name: 'the area for the people named', run: sendAreaForThePeople },
  { name: 'moving up', run: sendMovingUp },
  { name: 'who the clients are', run: sendWhoTheClientsAre },
  { name: 'an area not described', run: sendAreaNotDescribed },
  { name: 'a skill of the list named', run: sendSkillNamed },
  { name: 'short of a degree', run: sendShortOfADegree },
  { name: 'a kind of care the guide never names', run: sendCareKindUnnamed },
  { name: 'beyond the guide', run: sendBeyondTheGuide },
  { name: 'a thing asked with its part', run: (t) => { const thing = thingAsked(t.text, t.last, t.before, t.deps.kb); return thing ? sendThingWithItsPart(t.context, t.deps, thing, t.text, (part) => t.engine.answerAll(part)) : null; } },
  { name: 'every item of the list', run: (t) => { const every = t.lastRejected ? null : everyItemAsked(t.text, t.last, t.deps.engine, t.deps.kb); return every ? sendEveryItem(t.context, t.deps, t.text, every) : null; } },
  { name: 'asked of the rung in view', run: (t) => (t.lastRejected ? null : sendAskedOfTheRungInView(t.context, t.deps, t.text, t.last)) },
  { name: 'the item that says it', run: (t) => { const saying = itemSayingAsked(t.text, t.lastRejected ? undefined : t.last, t.deps.engine, t.deps.kb); return saying ? one(sendItemSaying(t.context, t.deps, t.text, saying)) : null; } },
  { name: 'what each item says', run: (t) => { const each = t.lastRejected ? null : itemsSayingEach(t.text, t.last, t.deps.engine, t.deps.kb); return each ? sendEachItemSaying(t.context, t.text, each) : null; } },
  // Whether two things are the same, which the guide never says: said plainly, then what it says of both.
  { name: 'the same thing?', run: async (t) => { const same = await sendWeighing(t.context, t.deps, t.text, 'same'); return same.length > 0 ? same : null; } },
];

const ASKED_OF_THE_VIEW: readonly AnswerStep<TurnAskingOfTheView>[] = [
  { name: 'a level beside the other answer', run: sendLevelBeside },
  { name: 'the lines of the rung or kind asked', run: sendRungLines },
  { name: 'the lines a word asks', run: sendWordLines },
  { name: 'what the thing teaches', run: sendLearnedFromTheThing },
  { name: 'asked in the answer\'s own words', run: sendInItsWords },
  { name: 'the pay of the role in view', run: sendPayOfRoleInView },
  // "is it physical work" is asked of the work whatever is in view: never a follow-up on the last answer's own text.
  { name: 'the physical side of the work', run: (t) => (isPhysicalOfTheJob(directAsk(t.text)) ? one(sendOne(t.context, t.deps, t.deps.engine.answer(t.text), t.answeredId)) : null) },
  { name: 'unpaid in view', run: sendUnpaidInView },
  { name: 'the next pay rise', run: sendNextPay },
  { name: 'pay weighed against their own', run: sendPayWeighed },
  // "and the CCM?" after no cost for the CMC exam: the same not given for the other either, said so (tester ut32a).
  { name: 'an aspect carried over', run: (t) => { const carried = t.lastRejected ? null : aspectCarriedOver(t.text, t.offered, t.deps.kb); return carried ? one(sendNotGivenEither(t.context, t.deps, t.text, carried.other, carried.about)) : null; } },
  { name: 'their own thing or a narrower one', run: sendThingNotMentionedInView },
  { name: 'experience counted', run: sendExperienceCounted },
  { name: 'a field of study', run: sendFieldOfStudyAsked },
];

const FOLLOWING_UP: readonly AnswerStep<TurnFollowingUp>[] = [
  { name: 'an item of the list picked', run: (t) => (t.picked && t.listed && !t.picked.item.entry ? one(sendListItem(t.context, t.deps, t.picked, t.listed, t.text)) : null) },
  { name: 'a related button picked', run: sendPickedFromTheButtons },
  { name: 'the lines of a thing in view', run: sendLinesOfTheThing },
  { name: 'asked of the thing in view', run: sendAskedOfInView },
  { name: 'a fact the follow-up lacks', run: sendFactLacking },
  { name: 'weighed against another job', run: sendWeighedAgainstOther },
  { name: 'an aspect not given in view', run: sendAspectNotGivenInView },
  { name: 'a ranking not given', run: sendRankingAsked },
  { name: 'where, in the answer in view', run: sendWhereInView },
  { name: 'the follow-up', run: sendFollowUp },
  { name: 'the two in view compared', run: sendComparedInView },
  { name: 'which two', run: sendWhichTwo },
  { name: 'which one is meant', run: sendWhichOneMeant },
  { name: 'the subject in view', run: sendSubjectInView },
  { name: 'two things weighed', run: sendTwoWeighed },
  { name: 'an age asked, answered near it', run: sendAgeWithItsNearest }, // late38a
  // "Would my finance skills help anywhere in this field", when nothing before has read their own work (talk39).
  { name: 'finance skills, near what the guide says', run: sendFinanceSkillsNear },
];

async function sendAnswers(context: TurnContext, deps: DialogDeps, text: string, inView: string | undefined, lastRejected: boolean, offered: OfferedMenu | undefined): Promise<Answer[]> {
  const engine = turnEngine(context, deps);
  const fromMenu = lastRejected ? null : pickedFromMenu(text, menuOf(deps, offered?.ids));
  const again = (part: string, partInView: string | undefined) => sendAnswers(context, deps, part, partInView, lastRejected, offered);
  const turn: QuestionTurn = { context, deps, text, inView, lastRejected, offered, engine, fromMenu, again };
  const early = await firstReply(turn, BEFORE_THE_VIEW);
  if (early) return early;
  const viewed = await withTheView(turn);
  const beforeTheCase = await firstReply(viewed, WITH_THE_VIEW);
  if (beforeTheCase) return beforeTheCase;
  const ofTheCase = await withTheCase(viewed);
  const ofItsCase = await firstReply(ofTheCase, OF_THE_CASE);
  if (ofItsCase) return ofItsCase;
  const askingOfTheView = withWhatIsAskedOfTheView(ofTheCase);
  const ofTheView = await firstReply(askingOfTheView, ASKED_OF_THE_VIEW);
  if (ofTheView) return ofTheView;
  const followingUp = withTheFollowUp(askingOfTheView);
  return (await firstReply(followingUp, FOLLOWING_UP)) ?? sendAsTheEngineReads(followingUp);
}

/** The answer in view and the one before it, and the message as said: read once the first steps have passed. */
async function withTheView(turn: QuestionTurn): Promise<TurnInView> {
  const { context, deps, text, inView, offered, fromMenu } = turn;
  // "and senior?" after the entry-level pay is senior pay; "who offers it" after the CMC is the CMC (understanding/core/followUp.ts).
  const answeredId = await deps.lastAnswered.get(context);
  // A reply that declined plainly a question about a thing put that thing in view for a short message that points at
  // it ("is it required" after no figure for the CCM exam); not one unsure what was asked ("Did you mean"), and not a
  // message that points at nothing ("am i too old at 50"), which a declined reply gave nothing to lean on.
  const aboutDeclined = offered?.about && POINTS_BACK_BRIEFLY.test(text.trim()) ? deps.kb.faqById.get(offered.about) : undefined;
  const offeredOne = fromMenu?.entry ?? aboutDeclined;
  const lastId = inView ?? offeredOne?.id ?? answeredId;
  const last = lastId ? deps.kb.faqById.get(lastId) : undefined;
  if (last) context.turnState.set(IN_VIEW, last.id);
  // The answer before the last one, unless the person has something else in view (the walk's step).
  const beforeId = inView ? undefined : offeredOne ? answeredId : await deps.answeredBefore.get(context);
  const before = beforeId ? deps.kb.faqById.get(beforeId) : undefined;
  // Read in the whole message too: the story before the question says where a qualification is from ("I am a nurse in
  // Colombia. is my title valid?") or what the writer's background is. A question put in plain words ("what do they
  // make?" read as "how much do they make?") is still part of the message.
  // One of several numbered questions is read alone: the story around it was told, and kept, before (keyAskReplies.ts).
  const said = context.turnState.get(NUMBERED_PART) !== true && context.activity.text !== undefined && (context.activity.text.includes(text) || inPlainWords(context.activity.text).includes(text)) ? context.activity.text : text;
  return { ...turn, answeredId, offeredOne, lastId, last, before, said, typed: context.activity.text ?? said };
}

/** Where the person's profile says they start: a job in the field, a degree, years. */
async function withTheCase(turn: TurnInView): Promise<TurnOfTheCase> {
  const knownStart = (await turn.deps.profile.get(turn.context))?.about;
  const inFieldJob = knownStart?.job !== undefined && jobById(knownStart.job)?.inField === true && !isStudentJob(knownStart.job);
  return { ...turn, knownStart, inFieldJob };
}

/** One question with an answer in view, and the rung of the ladder it asks of. */
function withWhatIsAskedOfTheView(turn: TurnOfTheCase): TurnAskingOfTheView {
  const { text, lastRejected, last, engine, deps } = turn;
  // "what degree do they usually have?" after the entry-level pay: who holds that level, which its answer says.
  // Two questions in one ("how much do they make and what hours") are each answered on their own words, further on.
  const asksOne = !lastRejected && last !== undefined && engine.questionsIn(text) <= 1;
  const ofTheRung = asksOne ? deps.kb.faqById.get(askedOfTheRung(text, last?.id) ?? rungOnThePath(text, last?.id) ?? '') : undefined;
  return { ...turn, asksOne, ofTheRung, asked: normalise(askingPart(text) ?? text) };
}

/**
 * The list in view and the item picked from it ("the second one", unless two of a kind were just answered: then it is
 * the later), and the follow-up the message reads as ("which one?" after "most employers prefer a bachelor's").
 */
function withTheFollowUp(turn: TurnAskingOfTheView): TurnFollowingUp {
  const { text, lastRejected, last, before, offeredOne, engine, deps } = turn;
  // The list may be the one before the last answer, when that answer was an item of it ("and the second?").
  const listed = offeredOne ? last : listInView(last, before, deps.engine, deps.kb);
  const twoInView = last !== undefined && before !== undefined && listed === last && areSiblings(before, last, deps.kb);
  const picked = lastRejected || twoInView ? null : pickedFromList(text, listed, deps.engine, deps.kb);
  // A question after a remark ("i deal with angry guests all day lol. what are the hard ones"): the question alone, unless
  // the remark rejects the last answer ("wrong. salary. how much": not "how much" of the answer rejected).
  const asking = askingPart(text);
  const followUp = picked
    ? entryPicked(picked, deps.engine)
    : ((lastRejected ? null : (whichAsked(text, last, deps.kb) ?? requirementCarried(text, last, deps.kb))) ?? followUpEntry(text, last, engine, deps.kb, before, lastRejected) ?? (asking && !lastRejected ? followUpEntry(asking, last, engine, deps.kb, before, lastRejected) : null));
  return { ...turn, listed, twoInView, picked, followUp };
}


/** True when a reply gave the person something from the guide: an answer, or suggestions to pick from. */
export function placed(answers: readonly Answer[]): boolean {
  return answers.some((answer) => answer.kind === 'answer' || ((answer.kind === 'ambiguous' || answer.kind === 'no-match') && answer.alternatives.length > 0));
}
