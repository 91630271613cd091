import type { Activity, TurnContext } from 'botbuilder';
import { missingFact, type Answer } from '../knowledge/answerEngine';
import { ageAsked, asksStartingPay, beyondAsked, givesPay, ownPayInAnotherCurrency, placeNamed, tellsNoDegree, type BeyondAsked } from '../knowledge/beyondGuide';
import { askedAspect, directAsk, durationThing, givesDirectAsk, lineCounting, linesGiving, askedOfInView, weighingSpelled, type AskedAspect, type DirectAsk } from '../knowledge/aspects';
import { readWeighingInPassing } from '../knowledge/comparison';
import type { FaqEntry } from '../knowledge/schema';
import { normaliseText } from '../knowledge/text';
import {
  channelOf,
  echoPart,
  readCardValue,
  renderDidYouMean,
  renderNotCovered,
  renderNotSure,
  renderPartNotCovered,
  renderSideBySide,
  renderText,
  renderTwoAnswers,
  renderWhichTwo,
} from './rendering/cards';
import { type DialogDeps, type OfferedMenu } from './deps';
import { directLead, nearbyEntries, nearOnly, renderAspectInAnswer, renderAspectNotGiven, renderWorkNotSaid, renderNearby, renderNoFigure, renderNoFigureSaid, renderNotGivenFor, renderPartInView, renderSaidOfSubject } from './rendering/nearby';
import { AGE_SUBJECT, aspectNotGivenInView, namesAskedAwayFromView, quickerRouteNotGiven, rankingAsked, titleNames, weighedAgainstOther } from './understanding/inView/aspectInView';
import { feedbackUserOf } from './feedbackStore';
import type { QuestionOutcome } from './usageLog';
import { sendAskedOfTheRungInView } from './rendering/rungReplies';
import { sendLinesOfTheAnswerInView, sendNotGivenInView } from './rendering/wordReplies';
import { notGivenInView } from './understanding/inView/notGivenInView';
import { linesOfTheWordAsked } from './understanding/inView/wordOfTheAnswerInView';
import { areSiblings, careerAskedAgain, askedOfTheRung, rungOnThePath, comparablePairs, comparedEntries, exampleChoices, picksOneOfThem, followUpEntry, isOnTheLadder, ladderFollowUp, namesALevel, payRiseInView, pointedChoices } from './understanding/core/followUp';
import { normalise } from './understanding/core/textMatch';
import { asksAnotherWayIn, degreeTurnedDown, timeAskedDespiteDegree, timeWithoutTheDegree } from './understanding/person/degreeTurnedDown';
import { guideAskedOfAPlace, placeDifferenceAsked, certificationHereAsked } from './understanding/questions/guideOfAPlace';
import { modeAskedInPassing, modeAskedOfTheWork, studyModeEntries, WORK_MODE_ENTRIES } from './understanding/questions/workModeAsked';
import { answerUnits, entryPicked, listInView, listItemsOf, partInView, pickedFromList, pickedFromMenu, whichAsked } from './understanding/inView/listInView';
import { areaForThePeople, asksToCompare } from './understanding/questions/specialisationMatch';
import { clientsAsked } from './understanding/questions/clientsAsked';
import { MOVING_UP_ENTRY, movingUpAsked } from './understanding/questions/movingUpAsked';
import { areaNotDescribed } from './understanding/questions/areaAsked';
import { subjectInView } from './understanding/inView/subjectInView';
import { askedAsTheWriter } from './understanding/core/askedFor';
import { askingPart, checksAnInference, clauseActOf, questionAmongTelling, readClauses, twoQuestionsAsked, withoutOwnExample, withoutTagQuestion } from './understanding/core/clauses';
import { thingAsked } from './understanding/questions/thingAsked';
import { learnedFromTheThing, thingNotMentioned, thingOfTheAnswerAsked } from './understanding/inView/thingInView';
import { ownThingWeighed } from './understanding/person/ownThingWeighed';
import { checkedInView } from './understanding/inView/checkedInView';
import { requirementCarried } from './understanding/inView/requirementCarried';
import { sendNamedThing } from './rendering/namedThingReplies';
import { sendAskedOfItsLine } from './rendering/lineOfTheThingReplies';
import { aspectCarriedOver } from './understanding/inView/aspectCarried';
import { narrowedBeyondView } from './understanding/inView/narrowedInView';
import { everyItemAsked, itemSayingAsked, itemsSayingEach } from './understanding/inView/itemsAsked';
import { readWithoutEcho } from './understanding/inView/echoOfTheAnswer';
import { sendEachItemSaying, sendEveryItem, sendItemSaying } from './rendering/itemReplies';
import { asksFirstJob, firstJobLimits, firstJobWeighed, jobToGetAsked } from './understanding/questions/firstJobAsked';
import { yesOfTheList } from './understanding/questions/yesOfTheList';
import { certificationHeldAsked } from './understanding/person/certificationHeld';
import { sendYesOfTheList } from './rendering/yesReplies';
import { besideOwnEnglish, ownEnglishAsked } from './understanding/person/ownEnglishAsked';
import { ownTraitAsked } from './understanding/person/ownTraitAsked';
import { areaHardAsked } from './understanding/questions/areaHardAsked';
import { OWN_PRACTICE_ENTRY, ownPracticeAsked, ownPracticeInView } from './understanding/person/ownPracticeAsked';
import { GUIDE_PLACE_ENTRIES, sendOnTheGuidesGround, sendSilenceAfterAnswer } from './rendering/silenceReplies';
import { certificationSatAsked } from './understanding/questions/certificationSatAsked';
import { moveIntoAsked } from './understanding/questions/moveIntoAsked';
import { otherJobAside } from './understanding/questions/otherJobAside';
import { ownWorkplaceNamed } from './understanding/questions/ownWorkplaceNamed';
import { inTheGuidesWords } from './understanding/questions/guidesWordsOfTheAsk';
import { sendAskedOfTheStory, sendSourceOfTheAnswer } from './rendering/questionWordReplies';
import { ownWorkCounted } from './understanding/person/ownWorkCounted';
import { degreeWeighed, experienceAsked, ownWorkPart, shortOfADegreeAsked, tellsOfFaithWork, workNamed } from './understanding/person/experienceCounts';
import { isStudentJob, jobById, tellsOfCareWork } from './understanding/person/aboutYou';
import { ownRoutePart } from './understanding/person/ownRouteAsked';
import { alreadyKnownAsked } from './understanding/person/alreadyKnownAsked';
import { degreeOfTheirs, fieldAskedLoosely, workNotAField } from './understanding/person/degreeOfTheirs';
import { payBySettingAsked } from './understanding/questions/payBySettingAsked';
import { orderAsked } from './understanding/questions/orderAsked';
import { certificationFirstAsked, certificationSkipped, startOfTheAnswer } from './understanding/questions/startWithAsked';
import { sendTwoWithoutTheRepeat } from './rendering/repeatReplies';
import { yearsOfTheRoleNamed } from './understanding/inView/rungStepped';
import { sendOrderNotSet } from './rendering/orderReplies';
import { MEMBERSHIP_ENTRY, worthPayingAsked } from './understanding/questions/worthPayingAsked';
import { COURSES_ENTRY, schoolSubjectsAsked } from './understanding/questions/schoolSubjectsAsked';
import { pickAskedOfTheBot } from './understanding/questions/pickAsked';
import { Messages } from './rendering/messages';
import { answeredWith, noteShown, rememberAnswered, sendEntry, sendLedEntry, sendSideBySide, shownInReply, withoutLinesSaid } from './rendering/entryReplies';
import { sendAspectNextDoor, sendDirectLead, sendEntryOrPart, sendListItem, sendNotGivenEither, sendThingNotMentioned, sendThingWithItsPart, THE_WORK } from './rendering/inViewReplies';
import { sendWholeCase } from './rendering/wholeCaseReplies';
import { sendCaseWeighed, sendJobWeighedAsAFit, sendOutsideWorkIntroduced } from './rendering/caseWeighedReplies';
import { howToBecomeAsked } from './understanding/questions/howToBecomeAsked';
import { otherDegreeToldBefore } from './understanding/person/caseToldForFit';
import { sendToldInTheQuestion } from './rendering/toldReplies';
import { sendFittedToThem } from './rendering/fittedReplies';
import { sendLedAnswer, sendOwnCaseAnswer, sendDegreeWeighed, sendFieldAsked, sendLedDecline, sendNationalityWeighed, sendTraitNotSpoken, sendWhatIsLeft } from './rendering/situationReplies';
import { sendNotComparedBeside, sendRankingNotGiven, sendWeighing } from './rendering/weighingReplies';
import { ASKED_IN_CONTEXT, ASKED_NOT_GIVEN, DECLINED_ABOUT, declinedAbout, IN_VIEW, LIST_ITEM_SHOWN, menuOf, turnEngine } from './turnState';
import type { TurnEngine } from '../knowledge/turnEngine';
import { askedOfTheAnswer, asksWhatTheCredentialNeeds, countedInView, timedThingsOwnEntry, DEGREE_ENTRY, linesOfTheKind, linesOfThePeople, NAMES_THE_CAREER, ON_EXPERIENCE, otherSideWeighed, payOfRoleInView, siblingPair, stateReachedEntry, unpaidInView, weighedAtTheEnd, weighsAgainstUndescribed } from './understanding/inView/answerInView';
import { answersOf, askedApart, otherSideOfTheFirst, partsBeyond, remarkBeside } from './understanding/questions/partsAsked';
import { declinedAlready } from './understanding/talk/repairAsked';
import { partLeft, spokenInReply } from './understanding/inView/partLeft';
import { sendAsksLeftBeside } from './rendering/asksLeftBeside';
import { partRestated } from './understanding/core/partRestated';
import { skillNamed, SKILLS_ENTRY } from './understanding/questions/skillNamed';
import { asksOfWorkToo, certificationWithoutDegree, EXPERIENCE_ENTRY, experienceAnswer, experienceLead, FIRST_JOBS_ENTRY, PAY_ENTRY, payAgainstOwnSent, unnamedFieldTold, weighsOwnPay } from './understanding/person/situationAsked';
import { inPlainWords } from './understanding/core/plainQuestion';
import { fitAskedLoosely } from './understanding/person/fitAskedLoosely';
import { holdingBoth } from './rendering/sidesDiffer';
import { sendAreaOrClosest } from './rendering/areaClosest';
import { sendFirstJobPayAsked } from './rendering/firstJobPayReplies';
import { sendOwnGapAnswer } from './rendering/gapReplies';
import { placeShareAsked } from './understanding/questions/placeShareAsked';

/**
 * Two answers to a message that weighs one thing against another stand side by side: what the engine read as a
 * comparison ("how is X different from Y"), "paid more than", or a message that opens with two things joined by "or"
 * ("CCM or CMC for someone coming from nursing?").
 */
const WEIGHS_TWO = /\bthan\b|^\s*(?:\S+\s+){0,2}\S+\s+or\s+/i;

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
  void deps.feedback.recordQuestion(left.part, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
  const channel = channelOf(context.activity);
  // "or is it mostly hospitals?": no shares, but where they typically work (questions/placeShareAsked.ts).
  const share = left.kind !== 'age' && placeShareAsked(left.part) ? Messages.placeShareNotGiven : null;
  await context.sendActivity(left.kind === 'age' ? renderText(channel, Messages.aspectNotGiven.age) : share ? renderText(channel, share) : renderPartNotCovered(left.part, channel));
  return { question: left.part, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: [] };
}

/** The answer to a part asked without the asker's own example ("like my SIA badge"), when it is one not shown yet. */
function ownExampleAnswered(engine: TurnEngine, part: string, shown: ReadonlySet<string>): Answer | null {
  const plain = withoutOwnExample(part.replace(/^(?:and|also|plus)\s+/i, ''));
  if (plain === part) return null;
  const all = engine.answerAll(plain);
  const [one] = all;
  return all.length === 1 && one?.kind === 'answer' && one.entry && one.score >= OWN_EXAMPLE_SCORE && !shown.has(one.entry.id) ? one : null;
}
const OWN_EXAMPLE_SCORE = 0.6;

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

async function sendAnswers(context: TurnContext, deps: DialogDeps, text: string, inView: string | undefined, lastRejected: boolean, offered: OfferedMenu | undefined): Promise<Answer[]> {
  const engine = turnEngine(context, deps);
  const menu = menuOf(deps, offered?.ids);
  // "the second one" after "did you mean": that button's entry; asked more of ("the first one, who offers it"), it is in view.
  const fromMenu = lastRejected ? null : pickedFromMenu(text, menu);
  if (fromMenu && !fromMenu.asksMore) {
    await sendEntry(context, deps, fromMenu.entry);
    return [{ question: text, kind: 'answer', answered: true, entry: fromMenu.entry, score: 1, alternatives: [] }];
  }
  // "no i asked what it actually is" after an answer that missed: what the career is, not that answer's subject.
  const career = careerAskedAgain(text, lastRejected, deps.engine);
  if (career) {
    await sendEntry(context, deps, career);
    return [{ question: text, kind: 'answer', answered: true, entry: career, score: 1, alternatives: [] }];
  }
  // "Is the CCM recognised over here, do you know?": the question, without a tag the engine reads as one (ut36a P11 m2).
  if (withoutTagQuestion(text) !== text) return sendAnswers(context, deps, withoutTagQuestion(text), inView, lastRejected, offered);
  // "can i sit for the CCM right away or do i need hours first": what it needs, never the working hours (ut36a P04 m5).
  // "could i move into care coordination?", "what the jump would look like": their route, not the keyword's answer (ut36a P09 m1, P08 m1).
  // "I already have my CCM. is it worth also getting the CMC?": the other one, not the held one "to start with".
  const held = lastRejected ? null : certificationHeldAsked(text);
  const otherCertification = held ? deps.kb.faqById.get(held.other) : undefined;
  if (held && otherCertification) return [(await sendLedEntry(context, deps, Messages.certificationHeld(held.held), otherCertification), answeredWith(text, otherCertification))];
  // "could I do this at my own hospital ...": the writer's employer, not working for oneself (ut33a P05 m9).
  const sat = lastRejected ? null : (certificationSatAsked(text) ?? moveIntoAsked(text) ?? ownWorkplaceNamed(text) ?? inTheGuidesWords(text));
  if (sat) return sendAnswers(context, deps, sat, undefined, lastRejected, offered);
  // "... sitting with dying patients. Is there a specialty close to that?": "that" is the story, not the answer in view;
  // "how many yrs from junior to senior": the years, not the senior pay (rendering/questionWordReplies.ts).
  const ofTheStory = lastRejected ? null : await sendAskedOfTheStory(context, deps, text);
  if (ofTheStory) return [ofTheStory];
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
  // A thing the guide answers in part, named or in view, and what is asked of it ("what does the psychiatric one
  // involve day to day", "which of those pays more" after two specialisations, "does it increase pay" after the CCM).
  // What the guide covers only around its edges (its figures' country, a qualification from another country, whether
  // someone like the writer could do it): said plainly, with what it does say (knowledge/beyondGuide.ts).
  // Read in the whole message too: the story before the question says where a qualification is from ("I am a nurse in
  // Colombia. is my title valid?") or what the writer's background is.
  // A question put in plain words ("what do they make?" read as "how much do they make?") is still part of the message.
  const said = context.activity.text !== undefined && (context.activity.text.includes(text) || inPlainWords(context.activity.text).includes(text)) ? context.activity.text : text;
  // Work the guide names, told beside another question with the experience it describes in view ("i work IN a hospital
  // lol. so can i do it without a degree"): the yes it was owed first, then the question.
  const story = readClauses(said === text ? said : said.replace(text, ' '))
    .filter((clause) => clause.act === 'tells')
    .map((clause) => clause.raw)
    .join('. ');
  const namedBeside = last?.id === EXPERIENCE_ENTRY && story.trim() !== '' && tellsOfCareWork(ownWorkPart(story)) && experienceAsked(text, said) === null ? workNamed(story) : null;
  if (namedBeside) await context.sendActivity(renderText(channelOf(context.activity), Messages.experienceNamed(namedBeside, 'then')));
  // "no way im doing 4 yrs of college, theres gotta be another way in": the way in without the degree, when the words
  // ask nothing the engine places elsewhere (understanding/person/degreeTurnedDown.ts). Read in the whole message: the question
  // cut from it ("8 years?!" of "8 years?! ... not doing 4 years of uni at my age, there must be another route in") may
  // leave the turning down in the story.
  const wayIn = !lastRejected && !timeAskedDespiteDegree(text, said) && [text, said].some((words) => degreeTurnedDown(words) || asksAnotherWayIn(words)) ? deps.kb.faqById.get(NO_DEGREE_ENTRY) : undefined;
  // "how long would this take me? I can't do 8 years of school": the time asked of the route without a degree.
  const timeWithout = lastRejected ? null : timeWithoutTheDegree(text, said);
  if (timeWithout) return sendAnswers(context, deps, timeWithout, inView, lastRejected, offered);
  const wayInRead = wayIn ? deps.engine.answer(text) : null;
  if (wayIn && wayInRead && (wayInRead.kind !== 'answer' || !wayInRead.entry || WAY_IN_ASKED.has(wayInRead.entry.id)) && last?.id !== wayIn.id) {
    await sendLedEntry(context, deps, Messages.takenAsWayWithoutDegree, wayIn);
    return [{ question: text, kind: 'answer', answered: true, entry: wayIn, score: 1, alternatives: [] }];
  }
  // Their own pay told in another currency and weighed ("would i take a pay cut? i'm on £38k"): the guide's figures are
  // in dollars, said first, then those figures, never a guess at the sum's worth in dollars.
  const foreignPay = lastRejected ? null : ownPayInAnotherCurrency(said, text);
  const payTable = foreignPay ? deps.kb.faqById.get(PAY_ENTRY) : undefined;
  if (foreignPay && payTable) {
    await sendLedEntry(context, deps, Messages.beyond.payOwnInAnotherCurrency(foreignPay), payTable);
    return [{ question: text, kind: 'answer', answered: true, entry: payTable, score: 1, alternatives: [] }];
  }
  // Pay asked of a job the guide names as a way in ("what does a care coordinator earn?"): none given (firstJobPayReplies.ts).
  const jobPaid = lastRejected || foreignPay ? null : await sendFirstJobPayAsked(context, deps, text, said);
  if (jobPaid) return [jobPaid];
  // Pay asked of a workplace ("do care managers at insurance companies get paid more than hospital ones?"): none given.
  const settings = lastRejected || foreignPay ? [] : payBySettingAsked(text);
  const payBySetting = settings.length > 0 ? deps.kb.faqById.get(PAY_ENTRY) : undefined;
  // The guide has no such figure: a decline (noted for the guide), with the pay it does give.
  if (payBySetting) return [await sendLedDecline(context, deps, text, Messages.beyond.payBySettingNotGiven(settings), payBySetting)];
  // Which of two kinds of thing comes first ("get the CCM or a case manager job first?"): no strict order, its steps.
  const order = lastRejected ? null : orderAsked(text);
  if (order) return [await sendOrderNotSet(context, deps, text, order)];
  // "CCM or CMC first?": the one the guide says to start with, then both ("skip the CCM?" is toldReplies.ts's).
  const both = !lastRejected && certificationFirstAsked(text) && certificationSkipped(text) === null ? deps.kb.faqById.get(CERTIFICATIONS_ENTRY) : undefined;
  const startWith = both ? startOfTheAnswer(both) : null;
  if (both && startWith) return [await sendLedAnswer(context, deps, text, Messages.direct.startWith(startWith), both)];
  // A membership or certification weighed against its cost ("is it worth paying for a membership?"): what it brings.
  const worthPaying = lastRejected ? null : worthPayingAsked(said);
  const brings = worthPaying ? deps.kb.faqById.get(worthPaying) : undefined;
  if (brings) return [await sendLedAnswer(context, deps, text, Messages.beyond.worthPayingNotGiven(brings.id === MEMBERSHIP_ENTRY), brings)];
  // School subjects asked for before a degree ("what high school classes should she take?"): the guide names a degree's.
  if (!lastRejected && schoolSubjectsAsked(said)) return [await sendLedDecline(context, deps, text, Messages.beyond.schoolSubjectsNotSaid, deps.kb.faqById.get(COURSES_ENTRY))];
  // What is left of the route for them ("would I be starting from scratch?", "what's left for someone like me?"), or
  // how long it would take them, asked with nothing else named: from what they have told of themselves, as their roadmap
  // would count it (flows/roadmapPlan.ts), never the whole route from zero.
  // Their own start told in the profile: a degree with years in the field, or no degree with work in the field.
  const knownStart = (await deps.profile.get(context))?.about;
  const inFieldJob = knownStart?.job !== undefined && jobById(knownStart.job)?.inField === true && !isStudentJob(knownStart.job);
  const toldStart = {
    // A degree told in a field the guide does not name ("a degree in marketing ... how long would it take me?") counts
    // with no years told: whether it is a related field decides the rest (tester ut27b).
    // A degree in another field counts alone too ("BA in psych ... if i start applying now, how long til im an actual care
    // manager", tester ut36c P12.6): whether it is a related field decides the rest, years or not.
    degree: otherDegreeToldBefore(knownStart?.education, said, deps.kb) || ((knownStart?.education === 'relevant-degree' || knownStart?.education === 'other-degree') && ((knownStart.years ?? 0) > 0 || unnamedFieldTold(said))),
    noDegree: (knownStart?.education === 'none' || knownStart?.education === 'diploma') && inFieldJob,
  };
  // Whether it is a realistic move for them, or whether the time still holds, asked once they said where they stand, too.
  // Asked beside another question ("how long would it take me, and is the job stressful?"): that part, then the other.
  const ownRoute = lastRejected ? null : ownRoutePart(deps.engine, text, toldStart, said, twoQuestionsAsked(text));
  // Asked from work outside the field: each thing they told weighed in the guide's words (caseWeighedReplies.ts).
  const weighed = ownRoute?.fit && !inFieldJob ? await sendCaseWeighed(context, deps, said) : null;
  const left = weighed ?? (ownRoute ? await sendWhatIsLeft(context, deps, ownRoute.part, ownRoute.fit) : null);
  if (left) return ownRoute?.other ? [left, ...(await sendAnswers(context, deps, ownRoute.other, inView, lastRejected, offered))] : [left];
  const jobAsAFit = lastRejected ? null : await sendJobWeighedAsAFit(context, deps, text);
  if (jobAsAFit) return [jobAsAFit];
  // "how do i become a care manager", which the engine reads as who it suits (tester ut37a P07-2): what is needed.
  const wayInAsked = !lastRejected && howToBecomeAsked(text) ? deps.kb.faqById.get('what-is-needed') : undefined;
  if (wayInAsked) return [(await sendEntry(context, deps, wayInAsked), answeredWith(text, wayInAsked))];
  const fitted = lastRejected ? null : await sendFittedToThem(context, deps, text, said); if (fitted) return [fitted]; // branch context38: fittedReplies.ts
  // A skill, a gap or the jump to the title asked in words the search does not place; an area remarked (gapReplies.ts).
  const gap = await sendOwnGapAnswer(context, deps, text, said, last, lastRejected);
  if (gap) return [gap];
  // What they told of themselves, weighed in the question itself (a gap asked whether it rules them out): toldReplies.ts.
  const told = lastRejected ? null : await sendToldInTheQuestion(context, deps, text, said, last);
  if (told) return [told];
  // An ask of the message about their own case the stock answer leaves half done, with its other ask (wholeCaseReplies.ts).
  const whole = lastRejected ? null : await sendWholeCase(context, deps, text, said, (part) => sendAnswers(context, deps, part, inView, lastRejected, offered));
  if (whole) return whole;
  // Work outside the field told with nothing asked ("electrician here, 9 yrs. thinking of switching"): said back.
  if (!lastRejected && readClauses(said).every((clause) => clause.act !== 'asks') && (await sendOutsideWorkIntroduced(context, deps, said, last?.id))) return [answeredWith(text, null)];
  // A certification asked by someone without a degree ("is there a certification I could get without the degree?"):
  // what the guide says of degrees for each certification first, then the answer the words read as.
  const certified = lastRejected ? undefined : certificationWithoutDegree(deps, text, said);
  if (certified) {
    await sendLedEntry(context, deps, Messages.beyond.certificationWithoutDegree, certified);
    return [{ question: text, kind: 'answer', answered: true, entry: certified, score: 1, alternatives: [] }];
  }
  // A degree of theirs asked whether it counts ("I have a bachelor in pedagogy from Poland. does it count?"): what the
  // guide names, and what it does not speak of, before its answer on degrees.
  const elsewhere = (message: string) => placeNamed(message, deps.kb) === 'elsewhere';
  // Or asked of as theirs in other words ("is a business degree close enough" with a degree told before): degreeOfTheirs.ts.
  const ofTheirs = lastRejected ? null : degreeOfTheirs(text, context.activity.text ?? said, knownStart?.education);
  const degreeCounts = lastRejected ? null : (degreeWeighed(text, said, elsewhere) ?? (ofTheirs ? degreeWeighed(ofTheirs.text, ofTheirs.said, elsewhere) : null));
  const degreesEntry = degreeCounts ? deps.kb.faqById.get(DEGREE_ENTRY) : undefined;
  if (degreeCounts && degreesEntry) {
    // Work told and asked of beside the degree: the guide's names for it, or its plain yes when it names none of it
    // ("an MDiv, and do my years of pastoral counseling count?": never the degree half alone, tester ut28a).
    const experience = experienceAsked(text, said);
    const careWork = experience === 'care-work';
    const workToo = careWork ? workNamed(said) : null;
    const faith = experience === 'not-said' && tellsOfFaithWork(said) ? Messages.experienceNotSaid.faithBeside(/\bcounsel/i.test(said)) : undefined;
    // Other work asked of beside it ("and does 8 yrs of claims handling count as experience?"): the guide's silence on it, never dropped.
    const otherWork = experience === 'not-said' && !faith && asksOfWorkToo(text) ? Messages.experienceNotSaid.besideDegree : undefined;
    const workLine = workToo ? Messages.experienceNamed(workToo, 'also') : careWork && asksOfWorkToo(text) ? Messages.experienceCounts['care-work'] : (faith ?? otherWork);
    return [await sendDegreeWeighed(context, deps, text, degreeCounts, degreesEntry, workLine)];
  }
  // Their own English asked whether it is a problem ("my english is not perfect, is a problem?"): the guide speaks of no
  // language level, said so, then what it says of communication; another question beside it is answered first.
  // Read in the message as typed: a complaint's question ("you didnt answer about my english") may be only a part of it.
  const typed = context.activity.text ?? said;
  const communication = ownEnglishAsked(typed) ? deps.kb.faqById.get(COMMUNICATION_ENTRY) : undefined;
  if (communication) {
    const other = besideOwnEnglish(typed, (sentence) => clauseActOf(sentence) === 'asks');
    const answers = other ? [await sendOne(context, deps, deps.engine.answer(other), answeredId)] : [];
    await sendLedEntry(context, deps, Messages.direct.ownEnglish, communication);
    return [...answers, { question: text, kind: 'answer', answered: true, entry: communication, score: 1, alternatives: [] }];
  }
  // Something about themselves asked whether it stands in the way ("I'm quite shy, is that a dealbreaker?"): not spoken of.
  const trait = lastRejected ? null : ownTraitAsked(typed);
  if (trait) return [await sendTraitNotSpoken(context, deps, text, trait)];
  // Asked whether it is needed, told as already known ("do I need to learn medical terminology? I already know a lot").
  const knownAlready = lastRejected ? null : alreadyKnownAsked(typed);
  const neededRead = knownAlready ? deps.engine.answer(knownAlready) : null;
  if (neededRead?.kind === 'answer' && neededRead.entry) return [await sendLedAnswer(context, deps, text, Messages.direct.alreadyKnown, neededRead.entry)];
  // How to set up a practice of one's own: the guide says only that one can work independently.
  if (!lastRejected && (ownPracticeAsked(text) || ownPracticeInView(text, last?.id))) return [await sendLedDecline(context, deps, text, Messages.direct.ownPracticeNotSaid, deps.kb.faqById.get(OWN_PRACTICE_ENTRY))];
  // What the guide never says, asked after an answer: an age or a place weighed, the job's benefits, hands-on tasks, how
  // long learning takes, the chief care officer's pay (rendering/silenceReplies.ts).
  const source = lastRejected ? null : await sendSourceOfTheAnswer(context, text, said, last);
  if (source) return [source];
  const silence = lastRejected ? null : await sendSilenceAfterAnswer(context, deps, text, said, last);
  if (silence) return [silence];
  // A certification for an area, employers by name, one's own thing set beside the answer (rendering/namedThingReplies.ts).
  const namedThing = lastRejected ? null : await sendNamedThing(context, deps, text, last);
  if (namedThing) return [namedThing];
  // A short form, an example, employers or learning, asked of a line of the answer in view (rendering/lineOfTheThingReplies.ts).
  const ofItsLine = lastRejected ? null : await sendAskedOfItsLine(context, deps, text, last);
  if (ofItsLine) return [ofItsLine];
  // Who pays, how many people, a fee, an employer never named, asked of the answer in view: not given, said so.
  const neverGiven = lastRejected ? null : notGivenInView(text, last);
  if (neverGiven && last) return [await sendNotGivenInView(context, deps, text, neverGiven, last)];
  // How hard the area in view is ("is it hard?" after pediatric): the guide speaks only of the job as a whole.
  const hard = lastRejected ? null : areaHardAsked(text, last, deps.kb);
  if (hard) return [await sendLedDecline(context, deps, text, Messages.direct.areaHardNotSaid(hard.area), hard.entry)];
  // Which kind of care manager works with the people or condition named ("which type would cover older folk with
  // dementia", "my patients are diabetic, which kind of care manager works with them?"): that area (tester ut28b).
  // Their own case asked of (joining the CMSA, the level they would start at, the areas for a condition): situationReplies.ts.
  const ownCase = lastRejected ? null : await sendOwnCaseAnswer(context, deps, text, typed);
  if (ownCase) return [ownCase];
  const area = lastRejected ? null : areaForThePeople(deps.kb, text, typed);
  const areaEntry = area ? deps.kb.faqById.get(area) : undefined;
  if (areaEntry) {
    await sendAreaOrClosest(context, deps, areaEntry, text);
    return [{ question: text, kind: 'answer', answered: true, entry: areaEntry, score: 1, alternatives: [] }];
  }
  // "how do i move up to a director role?": the guide's answer on moving up, not the director's (questions/movingUpAsked.ts).
  const movingUp = !lastRejected && [text, typed].some(movingUpAsked) ? deps.kb.faqById.get(MOVING_UP_ENTRY) : undefined;
  if (movingUp) return [(await sendEntry(context, deps, movingUp), { question: text, kind: 'answer', answered: true, entry: movingUp, score: 1, alternatives: [] })];
  // Who the clients are ("what sort of people are their clients?"): whom the guide says they serve, then its four areas.
  const clients = !lastRejected && clientsAsked(text) ? deps.kb.faqById.get(AREAS_ENTRY) : undefined;
  if (clients) {
    await sendLedEntry(context, deps, Messages.whoTheClientsAre, clients);
    return [{ question: text, kind: 'answer', answered: true, entry: clients, score: 1, alternatives: [] }];
  }
  // An area asked for by name that the guide does not describe ("is there a palliative care specialism?"): said so,
  // then the four it does (testers ut29b, ut30a).
  const notDescribed = lastRejected ? null : areaNotDescribed(deps.kb, askingPart(text) ?? questionAmongTelling(text) ?? text, last?.id);
  const areas = notDescribed ? deps.kb.faqById.get(AREAS_ENTRY) : undefined;
  if (notDescribed && areas) {
    void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    await sendLedEntry(context, deps, Messages.direct.areaNotDescribed(notDescribed), areas);
    return [{ question: text, kind: 'answer', answered: true, entry: areas, score: 1, alternatives: [] }];
  }
  // A skill of the guide's list named in words its answers do not use ("What is cultural competency?"): what the list says.
  const skill = lastRejected ? null : skillNamed(text, deps.engine.answer(text));
  const skills = skill ? deps.kb.faqById.get(SKILLS_ENTRY) : undefined;
  if (skill && skills) {
    await sendLedEntry(context, deps, Messages.direct.skillNamed(skill.skill), skills);
    return [{ question: text, kind: 'answer', answered: true, entry: skills, score: 1, alternatives: [] }];
  }
  // A qualification short of a bachelor's set against the degree ("could i do a TAFE cert IV instead of uni", "would an
  // associate degree be enough?"): the guide speaks of none, so said so, then its route without a degree (tester ut28b).
  const shortOf = lastRejected ? null : shortOfADegreeAsked(text);
  const noDegreeRoute = shortOf ? deps.kb.faqById.get(NO_DEGREE_ENTRY) : undefined;
  if (shortOf && noDegreeRoute) {
    await sendLedEntry(context, deps, Messages.direct.shortOfADegree(shortOf), noDegreeRoute);
    return [{ question: text, kind: 'answer', answered: true, entry: noDegreeRoute, score: 1, alternatives: [] }];
  }
  const beyond = lastRejected ? null : (beyondAsked(said, deps.kb, last) ?? (said !== text ? beyondAsked(text, deps.kb, last) : null) ?? placeDifferenceAsked(said) ?? certificationHereAsked(said) ?? fitAskedLoosely(said));
  // Two questions, one beyond what the guide covers ("How much is the salary in Germany? and is there a german
  // certificate or only the american ones?"): each part answered on its own, so neither is dropped.
  const parts = beyond ? partsBeyond(deps, text, last) : null;
  if (parts) {
    const answers: Answer[] = [];
    for (const { part, beyond: asked } of parts) answers.push(await sendPartBeyond(context, deps, part, asked, last));
    return answers;
  }
  if (beyond) return [await sendBeyond(context, deps, beyond, text, said, last)];
  const thing = thingAsked(text, last, before, deps.kb);
  if (thing) return sendThingWithItsPart(context, deps, thing, text, (part) => engine.answerAll(part));
  // The items of a list that each have an answer of their own, asked of together ("explain me the two certifications",
  // "what are the CCM and CMC?"): each one's answer, not the list that only names them; or the one whose answer says
  // what is asked ("which one covers the financial and legal side?": the CMC) (understanding/inView/itemsAsked.ts).
  const everyItem = lastRejected ? null : everyItemAsked(text, last, deps.engine, deps.kb);
  if (everyItem) return sendEveryItem(context, deps, text, everyItem);
  // "and senior and vp?" after the mid-level pay, "is that per hour or per year?": asked of the rung in view (rungReplies.ts).
  const ofTheRungInView = lastRejected ? null : await sendAskedOfTheRungInView(context, deps, text, last);
  if (ofTheRungInView) return ofTheRungInView;
  const itemSaying = itemSayingAsked(text, lastRejected ? undefined : last, deps.engine, deps.kb);
  if (itemSaying) return [await sendItemSaying(context, deps, text, itemSaying)];
  const eachSaying = lastRejected ? null : itemsSayingEach(text, last, deps.engine, deps.kb);
  if (eachSaying) return sendEachItemSaying(context, text, eachSaying);
  // Whether two things are the same, which the guide never says ("is a case manager the same as a care manager?"):
  // said plainly, then what it says of both.
  // Asked after saying the last answer missed ("lol I didn't ask about salary. care manager vs social worker?") too:
  // the two sides are named.
  const same = await sendWeighing(context, deps, text, 'same');
  if (same.length > 0) return same;
  // "what degree do they usually have?" after the entry-level pay: who holds that level, which its answer says.
  // Two questions in one ("how much do they make and what hours") are each answered on their own words, further on.
  const asksOne = !lastRejected && last !== undefined && engine.questionsIn(text) <= 1;
  const ofTheRung = asksOne ? deps.kb.faqById.get(askedOfTheRung(text, last?.id) ?? rungOnThePath(text, last?.id) ?? '') : undefined;
  // "and the directors?" after the pay and the hours answered together: the level is asked of the ladder beside the
  // other answer (the directors' pay), not of the hours, which the guide gives for no level, nor of the words alone.
  const ladderBeside = asksOne && !ofTheRung && last && before && !isOnTheLadder(last.id) && isOnTheLadder(before.id) && namesALevel(text) ? ladderFollowUp(text, before.id, deps.kb) : null;
  const levelBeside = ladderBeside ? deps.kb.faqById.get(ladderBeside) : undefined;
  if (levelBeside) {
    await sendEntry(context, deps, levelBeside);
    return [{ question: text, kind: 'answer', answered: true, entry: levelBeside, score: 1, alternatives: [] }];
  }
  // "who would I be coordinating with?" after geriatric care, "and the master's?" after how long it takes, "where does it
  // start?" after the career path: asked of the answer in view, in words its own answer gives.
  const rungLines = ofTheRung && ofTheRung.id === answeredId ? linesOfThePeople(text, ofTheRung) : asksOne && last ? linesOfTheKind(deps, text, last) : [];
  const shownPart = ofTheRung && ofTheRung.id === answeredId ? ofTheRung : rungLines.length > 0 ? last : undefined;
  if (shownPart && rungLines.length > 0) {
    // Lines that name the kind asked of give it ("what training would help?" after moving up); a level's lines only come closest.
    const given = shownPart === last && !(ofTheRung && ofTheRung.id === answeredId) ? Messages.partGives(shownPart.title) : undefined;
    await context.sendActivity(renderPartInView(shownPart, { lines: rungLines, closest: true }, deps.kb, channelOf(context.activity), given));
    return [{ question: text, kind: 'answer', answered: true, entry: shownPart, score: 1, alternatives: [] }];
  }
  // "what roles could that lead to?" after moving up: the lines of the answer in view that say it (wordOfTheAnswerInView.ts).
  const wordLines = asksOne && last && !ofTheRung ? linesOfTheWordAsked(text, last, deps.engine) : null;
  if (wordLines && last) return [await sendLinesOfTheAnswerInView(context, deps, text, last, wordLines)];
  const asked = normalise(askingPart(text) ?? text);
  // "what would I learn doing that?" after gaining experience or the first jobs: the lines that say what it teaches,
  // from its own answer or the one beside it that says it, not what the courses teach.
  const learned = asksOne && last && !ofTheRung ? learnedFromTheThing(asked, last, deps.kb) : null;
  if (learned) {
    const lead = learned.entry.id === last?.id ? Messages.partGives(learned.entry.title) : Messages.saidUnder(learned.entry.title);
    await context.sendActivity(renderPartInView(learned.entry, { lines: learned.lines, closest: true }, deps.kb, channelOf(context.activity), lead));
    await rememberAnswered(context, deps, learned.entry.id);
    return [{ question: text, kind: 'answer', answered: true, entry: learned.entry, score: 1, alternatives: [] }];
  }
  const inItsWords = ofTheRung ?? (asksOne ? askedOfTheAnswer(deps, text, last) : undefined);
  if (inItsWords) {
    const shown = await sendEntryOrPart(context, deps, inItsWords, text, answeredId);
    return [{ question: text, kind: 'answer', answered: true, entry: shown, score: 1, alternatives: [] }];
  }
  // "what's that pay?" after what a director does, "numbers?" after the career path: the pay beside the role in view.
  const rungPay = asksOne ? payOfRoleInView(deps, text, last) : undefined;
  if (rungPay) {
    await sendEntry(context, deps, rungPay);
    return [{ question: text, kind: 'answer', answered: true, entry: rungPay, score: 1, alternatives: [] }];
  }
  // "is it physical work" is asked of the work whatever is in view: never a follow-up on the last answer's own text.
  if (isPhysicalOfTheJob(directAsk(text))) return [await sendOne(context, deps, deps.engine.answer(text), answeredId)];
  // Pay asked of the thing in view, which the guide gives no pay for ("do they pay" after internships): said so plainly.
  // Not of an answer said to miss ("wrong. salary. how much" asks the salary).
  const unpaid = lastRejected ? [] : unpaidInView(text, last, before);
  if (unpaid.length > 0) {
    void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    declinedAbout(context, unpaid[0]);
    await context.sendActivity(renderNoFigure(unpaid, channelOf(context.activity)));
    return [{ question: text, kind: 'no-match', declined: 'no-figure', answered: false, entry: null, score: 0, alternatives: unpaid.map((entry) => ({ id: entry.id, title: entry.title, score: 0 })) }];
  }
  // "how long until it goes up?" after a level's pay: the next level's pay and the years it comes with.
  const risen = payRiseInView(text, lastId);
  const nextPay = risen ? deps.kb.faqById.get(risen) : undefined;
  if (nextPay) {
    await sendEntry(context, deps, nextPay);
    return [{ question: text, kind: 'answer', answered: true, entry: nextPay, score: 1, alternatives: [] }];
  }
  // Pay weighed against the writer's own ("I make about 62k, would I take a big pay cut?"), or a sum to reach asked how
  // long it takes ("how many years till I'm back over 60k?"): what the guide's levels say against it, then that level.
  const payWeighed = lastRejected ? null : payAgainstOwnSent(deps, text, said);
  if (payWeighed) {
    await sendLedEntry(context, deps, payWeighed.lead, payWeighed.level);
    return [{ question: text, kind: 'answer', answered: true, entry: payWeighed.level, score: 1, alternatives: [] }];
  }
  // "and the CCM?" after no cost for the CMC exam: the same not given for the other either, said so (tester ut32a).
  const carried = lastRejected ? null : aspectCarriedOver(text, offered, deps.kb);
  if (carried) return [await sendNotGivenEither(context, deps, text, carried.other, carried.about)];
  // "our church office runs on Excel - is that enough?" after the computer skills: a name the guide never says, said so.
  // "is it a 9 to 5 at the insurance companies specifically?" after the hours: the guide says it of no setting, said so.
  const ownThing = lastRejected ? null : ownThingWeighed(text, last, deps.kb);
  const narrowed = lastRejected || ownThing ? null : narrowedBeyondView(text, last, deps.kb);
  if ((ownThing || narrowed) && last) return [await sendThingNotMentioned(context, deps, text, ownThing ? Messages.thingNotMentioned(ownThing, last.title) : Messages.notSaidInParticular(narrowed ?? '', last.title), last)];
  // "does looking after my mum count as experience?": whether the guide counts it, then the experience it describes.
  // Read against the answer in view first: after the degrees, "what about nursing, would that count?" asks of a field of
  // study; after the route without a degree, "would all that experience count?" asks what that answer says of it.
  // Work done read as a field ("does running a shift count for anything?", ut36a P01 m3) is weighed as work below.
  const countedRead = lastRejected ? null : countedInView(text, last, experienceAsked(text), said);
  const counted = countedRead?.kind === 'field' && workNotAField(countedRead.thing) ? null : countedRead;
  if (counted?.kind === 'field') {
    const degreesInView = deps.kb.faqById.get(DEGREE_ENTRY);
    if (degreesInView) return [await sendFieldAsked(context, deps, text, { kind: 'field', field: counted.thing }, degreesInView)];
  }
  if (counted?.kind === 'inView' && last) {
    const shown = await sendEntryOrPart(context, deps, last, text, answeredId);
    return [{ question: text, kind: 'answer', answered: true, entry: shown, score: 1, alternatives: [] }];
  }
  if (counted?.kind === 'notSaid' && last) {
    void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    declinedAbout(context, last);
    await context.sendActivity(renderNearby([last, ...last.related.flatMap((id) => deps.kb.faqById.get(id) ?? [])].slice(0, 3), channelOf(context.activity)));
    return [{ question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: [{ id: last.id, title: last.title, score: 0 }] }];
  }
  // Work told and asked whether it helps ("I did bar work for 6 years, does that help") asks whether it counts.
  // Weighed with the job told before too: a police officer's "mental health stuff" is no yes, "my OT years" is (ownWorkCounted.ts).
  const ownWork = counted ? null : ownWorkCounted(text, said, experienceAsked(text, said), knownStart, deps.kb);
  const experience = counted ? null : (ownWork?.verdict ?? experienceAsked(text, said));
  // "would my nursing years count towards mid-level": that level, led by what the guide does not say of it.
  const levelRead = experience && TOWARDS.test(text) && namesALevel(text) ? deps.engine.answer(text) : null;
  const levelId = levelRead ? [levelRead.entry?.id, ...levelRead.alternatives.map((alternative) => alternative.id)].find((id) => id !== undefined && LEVEL_ENTRY.test(id)) : undefined;
  const level = levelId ? deps.kb.faqById.get(levelId) : undefined;
  if (level) {
    await sendLedEntry(context, deps, Messages.beyond.towardsLevel, level);
    return [{ question: text, kind: 'answer', answered: true, entry: level, score: 1, alternatives: [] }];
  }
  const experienceEntry = experience ? experienceAnswer(deps, text, experience) : undefined;
  if (experience && experienceEntry) {
    // What the guide's words say of the work told: its own place, job or kind of experience; else what it counts instead.
    const lead = experienceLead(deps, said, experience, ownWork, text);
    await sendLedEntry(context, deps, lead, experienceEntry);
    if (experience === 'care-work' || experience === 'way') return [{ question: text, kind: 'answer', answered: true, entry: experienceEntry, score: 1, alternatives: [] }];
    // Not said by the guide: a decline, noted, with what it does say.
    void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    return [{ question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: [{ id: experienceEntry.id, title: experienceEntry.title, score: 0 }] }];
  }
  // "could I do this with a psych degree?", "is psychology a related field?": whether the guide names it, then what it says.
  // The field may be told in the story before the question ("I study psychology. Does my study count?").
  const field = [directAsk(text), said !== text ? directAsk(said) : null].find((asked) => asked?.kind === 'field') ?? fieldAskedLoosely(text);
  // Work done, not a field of study ("does running a shift count for anything?", ut36a P01 m3): never weighed as a degree.
  const degrees = field?.kind === 'field' && !workNotAField(field.field) ? deps.kb.faqById.get(DEGREE_ENTRY) : undefined;
  if (field?.kind === 'field' && degrees) return [await sendFieldAsked(context, deps, text, field, degrees)];
  // "the second one", "tell me more about the third", "the pediatric one": an item of the list the last answer showed,
  // unless two of a kind were just answered (side by side, or one after the other): "the second one" is then the later.
  // The list may be the one before the last answer, when that answer was an item of it ("and the second?").
  const listed = offeredOne ? last : listInView(last, before, deps.engine, deps.kb);
  const twoInView = last !== undefined && before !== undefined && listed === last && areSiblings(before, last, deps.kb);
  const picked = lastRejected || twoInView ? null : pickedFromList(text, listed, deps.engine, deps.kb);
  if (picked && listed && !picked.item.entry) return [await sendListItem(context, deps, picked, listed, text)];
  // An answer that showed no list offered its related questions as buttons: "the second one" picks the second.
  const related = last && !offeredOne ? last.related.flatMap((id) => deps.kb.faqById.get(id) ?? []) : [];
  const fromButtons = picked || twoInView || lastRejected || listed !== last || !last || listItemsOf(last).length > 0 ? null : pickedFromMenu(text, related);
  if (fromButtons && !fromButtons.asksMore) {
    await sendEntry(context, deps, fromButtons.entry);
    return [{ question: text, kind: 'answer', answered: true, entry: fromButtons.entry, score: 1, alternatives: [] }];
  }
  // "which one?" after "most employers prefer a bachelor's in a related field": which degree.
  // A question after a remark ("i deal with angry guests all day lol. what are the hard ones"): the question alone, unless
  // the remark rejects the last answer ("wrong. salary. how much": not "how much" of the answer rejected).
  const asking = askingPart(text);
  const followUp = picked
    ? entryPicked(picked, deps.engine)
    : ((lastRejected ? null : (whichAsked(text, last, deps.kb) ?? requirementCarried(text, last, deps.kb))) ?? followUpEntry(text, last, engine, deps.kb, before, lastRejected) ?? (asking && !lastRejected ? followUpEntry(asking, last, engine, deps.kb, before, lastRejected) : null));
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
    return [{ question: text, kind: 'answer', answered: true, entry: last, score: 1, alternatives: [] }];
  }
  // A follow-up about the subject in view that asks a fact its entry does not hold ("who gives it?" after licensing,
  // which names no body): said plainly, with that entry, rather than the same answer again.
  // What one needs for the credential in view, or which of what it lists matters most, asked of nothing else ("what are
  // the requirements" after the CCM, "whats the single most important one" after the key skills): of it.
  if (last && askedOfInView(text, last)) {
    const shown = await sendEntryOrPart(context, deps, last, text, answeredId);
    return [{ question: text, kind: 'answer', answered: true, entry: shown, score: 1, alternatives: [] }];
  }
  const lacking = followUp ? missingFact(text, followUp) : null;
  if (followUp && lacking) {
    void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    const channel = channelOf(context.activity);
    declinedAbout(context, followUp);
    await context.sendActivity(lacking === 'no-figure' ? renderNoFigure([followUp], channel) : renderNearby([followUp], channel));
    return [{ question: text, kind: 'no-match', declined: lacking, answered: false, entry: null, score: 0, alternatives: [{ id: followUp.id, title: followUp.title, score: 0 }] }];
  }
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
  // An aspect of the subject in view that its answer does not give ("how often?" after keeping certified, "which is
  // easier, that or the CCM" after the CMC): said plainly, with what the guide does say, not the same answer again.
  // The engine is asked only for a message that asks such an aspect.
  const answering = () => (followUp ? [followUp] : answersOf(engine, text, deps.kb).flatMap((answer) => (answer.kind === 'answer' && answer.entry ? [answer.entry] : [])));
  // Weighing words typed with a slip ("wich one is eaiser to get") are read as meant.
  const spelled = weighingSpelled(text);
  // After an answer said to miss, the aspect is asked of the answer before it (the one the person was asking about),
  // when there is one.
  const viewed = lastRejected ? before : last;
  const notGiven =
    quickerRouteNotGiven(text, viewed, deps.kb) ??
    (viewed && askedAspect(spelled, deps.kb) ? (aspectNotGivenInView(spelled, viewed, lastRejected ? undefined : before, answering(), deps.kb) ?? namesAskedAwayFromView(spelled, viewed, answering(), deps.kb, typed)) : null);
  if (notGiven) {
    void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    const nextDoor = await sendAspectNextDoor(context, deps, notGiven.asked, notGiven.about);
    if (nextDoor) return [{ question: text, kind: 'answer', answered: true, entry: nextDoor, score: 1, alternatives: [] }];
    declinedAbout(context, notGiven.about[0]);
    // Two of a kind weighed on what the guide never weighs them on ("which is easier, ccm or cmc"): said so, then both,
    // the two the message names, else the two in view.
    const named = notGiven.asked.aspect === 'ranking' ? answering() : [];
    const [one, other] = notGiven.asked.aspect === 'ranking' ? siblingPair(named.length === 2 ? named : notGiven.about, deps) : [];
    if (one && other) {
      await context.sendActivity(renderText(channelOf(context.activity), Messages.notRankedSideBySide(notGiven.asked.criterion ?? 'better')));
      await sendSideBySide(context, deps, one, other);
    } else await context.sendActivity(renderAspectNotGiven(notGiven.asked, notGiven.about, channelOf(context.activity)));
    const declined = notGiven.asked.aspect === 'exact-figure' ? 'no-figure' : 'not-covered';
    return [{ question: text, kind: 'no-match', declined, answered: false, entry: null, score: 0, alternatives: notGiven.about.map((entry) => ({ id: entry.id, title: entry.title, score: 0 })) }];
  }
  // A ranking the guide never makes, asked in words of its own ("is nursing or social work the better pick?", "is
  // geriatric the one with the most jobs?"): said so, with the one thing named and in view, else what is nearby.
  const ranked = lastRejected || askedAspect(spelled, deps.kb) || directAsk(text) ? null : rankingAsked(text);
  if (ranked && last) return [await sendRankingNotGiven(context, deps, text, ranked, last, answering())];
  // Where to do the thing in view, asked of it ("where do i find one" after internships, "where could i do it" after
  // volunteering), when its answer says where: that part, not another answer the words alone read as. Not when the
  // conversation reads the pointer as the answer before it ("where would i do one" after a wrong answer to the internship).
  const whereAsked = last && (!followUp || followUp.id !== before?.id) ? askedAspect(spelled, deps.kb) : null;
  const where = last && whereAsked?.aspect === 'where' ? linesGiving(last, whereAsked) : [];
  if (last && where.length > 0) {
    await context.sendActivity(renderAspectInAnswer(Messages.aspectWords.where ?? 'where', last, where, deps.kb, channelOf(context.activity)));
    return [{ question: text, kind: 'answer', answered: true, entry: last, score: 1, alternatives: [] }];
  }
  if (followUp) {
    const shown = await sendEntryOrPart(context, deps, followUp, text, answeredId);
    return [{ question: text, kind: 'answer', answered: true, entry: shown, score: 1, alternatives: [] }];
  }
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
    return compared.map((entry) => ({ question: text, kind: 'answer', answered: true, entry, score: 1, alternatives: [] }));
  }
  if (a) {
    const shown = await sendEntryOrPart(context, deps, a, text, answeredId);
    return [{ question: text, kind: 'answer', answered: true, entry: shown, score: 1, alternatives: [] }];
  }
  // "which is better?" after the CCM and keeping it current: no pair in view, so which two, never those two.
  const pairs = comparablePairs(text, last, before, deps.kb);
  if (pairs.length > 0) {
    await context.sendActivity(renderWhichTwo(pairs, channelOf(context.activity)));
    const offered = [...new Map(pairs.flat().map((entry) => [entry.id, entry])).values()];
    return [{ question: text, kind: 'ambiguous', answered: false, entry: null, score: 0, alternatives: offered.map((entry) => ({ id: entry.id, title: entry.title, score: 0 })) }];
  }
  // "and the other one?" after an answer that names several, or an example the last answer never speaks of ("like a
  // doctorate?" after the stress answer): which one is asked, never a guess from the bare words.
  const pointed = pointedChoices(text, last, deps.kb);
  const choices = pointed.length > 0 ? pointed : exampleChoices(text, last, deps.kb);
  if (choices.length > 0) {
    await context.sendActivity(renderDidYouMean(text, choices, channelOf(context.activity)));
    return [{ question: text, kind: 'ambiguous', answered: false, entry: null, score: 0, alternatives: choices.map((entry) => ({ id: entry.id, title: entry.title, score: 0 })) }];
  }
  // "how long does that take" after the CCM: the thing in view is the subject left out, not the career.
  const asWriter = askedAsTheWriter(text);
  const ofTheThing = lastRejected ? null : (subjectInView(text, last, engine, deps.kb) ?? (asWriter ? subjectInView(asWriter, last, engine, deps.kb) : null));
  if (ofTheThing?.kind === 'entry') {
    const shown = await sendEntryOrPart(context, deps, ofTheThing.entry, text, answeredId);
    return [{ question: text, kind: 'answer', answered: true, entry: shown, score: 1, alternatives: [] }];
  }
  // The guide says something of the thing, in its own answer or in the career's: that, tied to the thing.
  if (ofTheThing?.kind === 'notGiven' && (ofTheThing.said.own.length > 0 || ofTheThing.said.inGeneral.length > 0)) {
    await context.sendActivity(renderSaidOfSubject(ofTheThing.subject, ofTheThing.general, ofTheThing.said, channelOf(context.activity)));
    await rememberAnswered(context, deps, ofTheThing.general.id);
    return [{ question: text, kind: 'answer', answered: true, entry: ofTheThing.general, score: 1, alternatives: [] }];
  }
  if (ofTheThing?.kind === 'notGiven') {
    void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    declinedAbout(context, ofTheThing.subject);
    await context.sendActivity(renderNotGivenFor(ofTheThing.subject, ofTheThing.general, channelOf(context.activity)));
    const offered = [ofTheThing.subject, ofTheThing.general].map((entry) => ({ id: entry.id, title: entry.title, score: 0 }));
    return [{ question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: offered }];
  }
  // Which of two is better, or what sets them apart, asked of two things named ("should I get a masters or the ccm",
  // "what does the CMC cover that the CCM doesn't"), when nothing in view answers it ("senior vs director?" after a
  // pay level weighs the two levels' pay): what the guide says of each.
  // Asked of the bot itself ("if you were me would you do nursing or social work"): which is better, picked by no one.
  const pickOfTheBot = pickAskedOfTheBot(text);
  for (const asks of ['better', 'difference'] as const) {
    const weighed = await sendWeighing(context, deps, pickOfTheBot ?? text, asks, pickOfTheBot !== null);
    if (weighed.length > 0) return weighed;
  }
  // "does my daughter need a degree?": words for the person asked for that the engine declines as a personal question.
  // A remark saying the answer in view back before a new question ("6 to 8 years.. ok. is it stressful like a kitchen?"):
  // the question read without it, not as that answer again (understanding/inView/echoOfTheAnswer.ts).
  const ownWords = (lastRejected ? null : readWithoutEcho(text, last, (words) => answersOf(engine, words, deps.kb))) ?? answersOf(engine, text, deps.kb);
  const asTheWriter = asWriter && !ownWords.some((answer) => answer.kind === 'answer') ? answersOf(engine, asWriter, deps.kb) : [];
  const read = asTheWriter.some((answer) => answer.kind === 'answer') ? asTheWriter.map((answer) => ({ ...answer, question: text })) : ownWords;
  // Two questions asked one after the other that the engine reads as one ("wat do i major in and how many yrs of school
  // is it", "does my BSW count toward it? or would I need an MSW too"): each answered on its own words.
  const apart = read.length <= 1 ? (askedApart(engine, text, read[0], deps.kb) ?? read) : read;
  // "how stressful is it? is it worse than being a nurse?": the part that weighs the first against a job the guide
  // never describes is said so after the answer, not answered with that job's nearest entry (the degrees).
  const weighing = apart.length > 1 ? apart.slice(1).filter((answer) => weighsAgainstUndescribed(answer.question, deps)) : [];
  const answers = apart.filter((answer) => !weighing.includes(answer));
  const [first, ...others] = answers;
  if (!first) return [await sendOne(context, deps, deps.engine.answer(text), answeredId)];
  if (others.length === 0) {
    const sent = await sendOne(context, deps, first, answeredId);
    const beside = weighing[0]?.question ?? weighedAtTheEnd(text);
    if (sent.kind === 'answer' && beside && weighsAgainstUndescribed(beside, deps)) await sendNotComparedBeside(context, deps, beside);
    return [sent];
  }
  const channel = channelOf(context.activity);
  const entries = answers.map((answer) => (answer.kind === 'answer' && answer.entry ? (timedThingsOwnEntry(deps.kb, answer.question, answer.entry) ?? answer.entry) : null));
  const known = entries.filter((entry): entry is FaqEntry => entry !== null);
  // "So CCM first? What do I need to qualify for it?": what the CCM asks for, not the career's needs beside it.
  const credential = answers.length === 2 ? answers.find((answer) => answers.some((other) => other !== answer && asksWhatTheCredentialNeeds(answer.entry, other.question))) : undefined;
  if (credential) return [await sendOne(context, deps, { ...credential, question: text }, answeredId)];
  // "you said that already. ok how much do they make, and is there a pediatric certification?": not pediatric a third time.
  if (known.length === answers.length && (await sendTwoWithoutTheRepeat(context, deps, answers, answeredId))) return answers;
  if (known.length === answers.length) {
    const [a, b] = known;
    const weighed = answers.every((answer) => answer.compared) || asksToCompare(text) || WEIGHS_TWO.test(text);
    // Two questions ("how many yrs to senior and what do directors make"): what each asks of its own answer is read in
    // its own words, never in the other's ("how long senior and what do directors make takes").
    const parts = answers.every((answer) => !answer.compared && answer.question !== text);
    if (parts) for (const [i, answer] of answers.entries()) await sendDirectLead(context, deps, answer.question, [known[i]!]);
    else await sendDirectLead(context, deps, text, known);
    const said = shownInReply(context).lines;
    // One side holds the other's figures ("pay starting out vs later"): that side alone (rendering/sidesDiffer.ts).
    if (known.length === 2 && a && b && weighed && holdingBoth(a, b)) return (await sendSideBySide(context, deps, a, b), answers);
    if (known.length === 2 && a && b && weighed) await context.sendActivity(renderSideBySide([withoutLinesSaid(a, said), withoutLinesSaid(b, said)], channel));
    else await context.sendActivity(renderTwoAnswers(known.map((entry) => withoutLinesSaid(entry, said)), deps.kb, channel));
    noteShown(context, known);
    for (const entry of known) await rememberAnswered(context, deps, entry.id);
    return answers;
  }
  const answered = answers.find((answer) => answer.kind === 'answer' && answer.entry);
  if (!answered?.entry) return [await sendOne(context, deps, deps.engine.answer(text))];
  // What the known part asks of its answer beside the answer itself ("what are the CCM requirements?": the guide lists
  // none for the CCM, and does for the CMC), said first, in that part's own words.
  // "How long does the CCM take to obtain, and what does it cost?": the CCM's answer, not the career's 6 to 8 years.
  const answeredEntry = timedThingsOwnEntry(deps.kb, answered.question, answered.entry) ?? answered.entry;
  if (answered.question !== text) await sendDirectLead(context, deps, answered.question, [answeredEntry]);
  await sendEntry(context, deps, answeredEntry);
  for (const [i, part] of answers.entries()) {
    if (part === answered || remarkBeside(part, deps)) continue;
    // "Associate's won't cut it then?" beside "do I need the full bachelor's?": the answer given answers the check too.
    if (part.kind === 'out-of-scope' && part.alternatives.length === 0 && checksAnInference(part.question)) continue;
    if (part.kind !== 'answer' && partRestated(part.question)) continue;
    // The asker's own thing given as an example ("do I need a licence like my SIA badge?"): asked without it.
    const plain = ownExampleAnswered(engine, part.question, shownInReply(context).entries);
    if (plain?.entry) {
      await sendLedEntry(context, deps, Messages.otherQuestion(echoPart(part.question)), plain.entry);
      answers[i] = { ...plain, question: part.question };
      continue;
    }
    if (part.kind === 'no-match' || part.kind === 'out-of-scope') void deps.feedback.recordQuestion(part.question, part.kind, feedbackUserOf(context.activity), context.activity.channelId);
    // A figure the guide does not give ("exact number of supervised hours for the CMC?"): said so, then what it says of
    // the thing asked about (or that it is above), not "the guide doesn't cover" what it covers but for the figure.
    const figure = part.declined === 'no-figure' || askedAspect(part.question, deps.kb)?.aspect === 'exact-figure';
    const about = figure ? deps.kb.faqById.get(part.alternatives[0]?.id ?? '') : undefined;
    if (about) await sendLedEntry(context, deps, Messages.partNoFigure(echoPart(part.question), about.title), about);
    else await context.sendActivity(ageAsked(part.question) ? renderText(channel, Messages.partAge(echoPart(part.question))) : renderPartNotCovered(part.question, channel));
  }
  return answers;
}

/** The reply to one question. */
async function sendOne(context: TurnContext, deps: DialogDeps, answer: Answer, answeredId?: string): Promise<Answer> {
  const channel = channelOf(context.activity);
  const question = answer.question;
  const offered = answer.alternatives.map((alternative) => deps.kb.faqById.get(alternative.id)).filter((entry): entry is FaqEntry => entry !== undefined);
  // The physical side of the work is on topic, though the guide says nothing of it: said so, with the work it describes,
  // whether the engine read it as out of scope, was unsure or answered with something else than the work.
  const onTheWork = answer.kind === 'answer' && answer.entry !== null && THE_WORK.includes(answer.entry.id);
  if (answer.kind !== 'empty' && !onTheWork && isPhysicalOfTheJob(directAsk(question))) {
    void deps.feedback.recordQuestion(question, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    await context.sendActivity(renderWorkNotSaid(Messages.direct.physicalNearby, menuOf(deps, THE_WORK.slice(0, 3)), channel));
    return answer;
  }
  // Pay at the start of the career in words the engine reads as the junior role, which gives no figure ("how much do you
  // make in the beginning"): the entry-level pay.
  const startingPay = answer.declined === 'no-figure' && asksStartingPay(question) ? deps.kb.faqById.get(STARTING_PAY_ENTRY) : undefined;
  if (startingPay) {
    await sendEntry(context, deps, startingPay);
    return { ...answer, kind: 'answer', answered: true, entry: startingPay, declined: undefined, alternatives: [] };
  }
  // A first job asked by its kind or title ("like what job should I get first", "what entry level jobs are there"): the
  // guide's first jobs, not the places where experience is gained nor the entry-level pay.
  // Asked with a limit told beside it ("no degree and a bad back, what first job could I do?"): what the guide does not
  // say of its first jobs first, never the route without a degree alone (tester ut27b).
  const limits = firstJobLimits(question, context.activity.text ?? question);
  const limited = limits ? deps.kb.faqById.get(FIRST_JOBS_ENTRY) : undefined;
  if (limits && limited) {
    await sendLedEntry(context, deps, Messages.firstJobLimits(limits), limited);
    return { ...answer, kind: 'answer', answered: true, entry: limited, declined: undefined, alternatives: [] };
  }
  // One of the guide's first jobs weighed as a way in ("would a care coordinator opening be a good first step?"): the
  // guide names it among the jobs to start in, said first (tester ut29a).
  const weighedJob = firstJobWeighed(context.activity.text ?? question);
  const namedFirstJobs = weighedJob ? deps.kb.faqById.get(FIRST_JOBS_ENTRY) : undefined;
  if (weighedJob && namedFirstJobs && (answer.entry?.id === FIRST_JOBS_ENTRY || answer.kind !== 'answer' || ON_EXPERIENCE.has(answer.entry?.id ?? ''))) {
    await sendLedEntry(context, deps, Messages.experienceNamed({ job: weighedJob }), namedFirstJobs);
    return { ...answer, kind: 'answer', answered: true, entry: namedFirstJobs, declined: undefined, alternatives: [] };
  }
  const firstJobs = answer.entry?.id !== FIRST_JOBS_ENTRY && asksFirstJob(question) ? deps.kb.faqById.get(FIRST_JOBS_ENTRY) : undefined;
  if (firstJobs) {
    await (jobToGetAsked(question) ? sendLedEntry(context, deps, Messages.firstJobsYes, firstJobs) : sendEntry(context, deps, firstJobs));
    return { ...answer, kind: 'answer', answered: true, entry: firstJobs, declined: undefined, alternatives: [] };
  }
  // An age the guide never speaks of, declined ("I'm 52 and have only worked in shops, is it too late?"): said so, with
  // the route into the career as buttons.
  // The guide asked whether it holds in a place ("Your guide seems very American. Is any of it relevant in Scotland?"):
  // what it ties to a place, said plainly, with those answers as buttons.
  if ((answer.kind === 'out-of-scope' || answer.kind === 'no-match') && guideAskedOfAPlace(question, deps.kb)) {
    void deps.feedback.recordQuestion(question, answer.kind, feedbackUserOf(context.activity), context.activity.channelId);
    await context.sendActivity(renderWorkNotSaid(Messages.guideOfAPlace, menuOf(deps, GUIDE_PLACE_ENTRIES), channel));
    return answer;
  }
  if ((answer.kind === 'out-of-scope' || answer.kind === 'no-match') && ageAsked(question)) {
    void deps.feedback.recordQuestion(question, answer.kind, feedbackUserOf(context.activity), context.activity.channelId);
    await context.sendActivity(renderWorkNotSaid(Messages.aspectNotGiven.age, menuOf(deps, AGE_SUBJECT), channel));
    return answer;
  }
  switch (answer.kind) {
    case 'answer':
      if (answer.entry) {
        // Two of a kind weighed where the engine answered one ("is the cmc harder to get than the ccm"): both.
        const other = otherSideWeighed(deps, question, answer.entry);
        if (other) {
          await sendDirectLead(context, deps, question, [answer.entry, other]);
          await sendSideBySide(context, deps, answer.entry, other);
          return answer;
        }
        // The time to get a thing the guide has an answer on but gives no time for ("how long does it take to get the
        // CCM"): that it doesn't say, then that thing's answer, not the career's 6 to 8 years.
        const asked = directAsk(question);
        const ofTheThing = timedThingsOwnEntry(deps.kb, question, answer.entry);
        // A state reached ("how long does it take to get certified"): the answer on reaching it, after saying the guide
        // gives no time for it, not the 6 to 8 years of becoming a care manager.
        const reached = !ofTheThing && asked?.kind === 'duration' ? stateReachedEntry(deps, asked, answeredId) : undefined;
        if (reached && asked?.kind === 'duration' && asked.thing !== null && !givesDirectAsk(reached, asked) && reached.id !== answer.entry.id) {
          await sendLedEntry(context, deps, `${Messages.direct.durationNotSaid(durationThing(asked.thing))} ${Messages.direct.hereIsWhat}`, reached);
          return { ...answer, entry: reached };
        }
        // A yes/no question one line of the list says yes to ("do care managers handle insurance?"): the yes first.
        const yes = ofTheThing ? null : yesOfTheList(question, answer.entry);
        if (yes) return (await sendYesOfTheList(context, deps, answer.entry, yes), answer);
        const shown = await sendEntryOrPart(context, deps, ofTheThing ?? answer.entry, question, answeredId);
        return shown.id !== answer.entry.id ? { ...answer, entry: shown } : answer;
      }
      break;
    case 'ambiguous':
      if (offered.length > 0) {
        void deps.feedback.recordQuestion(question, 'ambiguous', feedbackUserOf(context.activity), context.activity.channelId);
        await context.sendActivity(renderDidYouMean(question, offered, channel));
        return answer;
      }
      break;
    case 'out-of-scope':
      // Said of the answer just given ("you didnt answer about my english"): on the guide's subject, whatever its words.
      // Studying part time or online ("can i do my masters online?"): on its subject too, said so with its answers on studying.
      if (context.turnState.get(ASKED_IN_CONTEXT) === true || (modeAskedInPassing(question) && studyModeEntries(question))) break;
      // On the guide's ground: another job set aside, or the guide's silence said plainly (rendering/silenceReplies.ts).
      const onItsGround = await sendOnTheGuidesGround(context, deps, answer);
      if (onItsGround) return onItsGround;
      void deps.feedback.recordQuestion(question, 'out-of-scope', feedbackUserOf(context.activity), context.activity.channelId);
      await context.sendActivity(renderNotCovered('out-of-scope', channel));
      return answer;
    case 'empty':
      await context.sendActivity(renderNotCovered('empty', channel));
      return answer;
    case 'no-match':
      // Another job weighed against ("is it less stressful than the ICU at least?"): set aside, as out of scope is (ut33a P07 m4).
      const weighedAgainst = otherJobAside(question) ? await sendOnTheGuidesGround(context, deps, answer) : null;
      if (weighedAgainst) return weighedAgainst;
      // On topic, but not placed confidently: its best suggestions, when the engine has some. A topic the guide does not
      // cover is not "not sure": it gets the plain "not in the guide" below, with only what the guide says nearby.
      // A suggestion must be near what was asked ("is the CCM open to non-nurses" is not near working for oneself): the
      // engine's that share a word saying what it is about, else the entries that do; none near, and none is shown.
      if (offered.length > 0 && answer.declined !== 'not-covered' && answer.declined !== 'no-figure') {
        const near = nearOnly(deps.kb, question, offered);
        const shown = near.length > 0 ? near : nearbyEntries(deps.kb, question);
        if (shown.length > 0) {
          void deps.feedback.recordQuestion(question, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
          await context.sendActivity(renderNotSure(question, shown, channel));
          return answer;
        }
        offered.length = 0;
      }
      break;
  }
  // No match, or an answer the knowledge base cannot show: say so honestly, with what the guide says nearby if anything.
  void deps.feedback.recordQuestion(question, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
  // A short follow-up the guide has nothing for ("how much does it cost?" after the CCM): about the last answer's subject.
  const inContext = context.turnState.get(ASKED_IN_CONTEXT) === true;
  const lastId = offered.length === 0 && (inContext || (answer.kind === 'no-match' && POINTS_BACK_BRIEFLY.test(question.trim()))) ? await deps.lastAnswered.get(context) : undefined;
  const last = lastId ? deps.kb.faqById.get(lastId) : undefined;
  // A figure the guide does not give ("how many clients on a caseload, like a number"): said so, with the entry it asks about.
  const about = offered.length > 0 ? offered : last ? [last] : [];
  // A count asked of the answer in view, which speaks of the thing without a figure ("how many hours?" after the CMC):
  // said so, with its words, not another answer that shares the word (the working hours).
  const inViewId = answer.declined === 'no-figure' ? await deps.lastAnswered.get(context) : undefined;
  const inView = inViewId ? deps.kb.faqById.get(inViewId) : undefined;
  const counted = inView ? lineCounting(question, inView) : [];
  if (inView && counted.length > 0) {
    declinedAbout(context, inView);
    await context.sendActivity(renderNoFigureSaid(inView, counted, channel));
    return answer;
  }
  if (answer.declined === 'no-figure' && about.length > 0) {
    declinedAbout(context, about[0]);
    await context.sendActivity(renderNoFigure(about, channel));
    return answer;
  }
  // A topic the guide does not cover gets what the guide says nearby: the entries sharing its rare words, or else, when
  // the question names the career, the engine's own nearby entries ("how much do care managers make in canada": no
  // figures by country, but the salary entry). Not for a question about something else ("chest pain at work").
  const sharing = answer.kind === 'no-match' || inContext ? nearbyEntries(deps.kb, question) : [];
  const aboutTheCareer = answer.declined === 'not-covered' && NAMES_THE_CAREER.test(question);
  const near = sharing.length > 0 || !aboutTheCareer ? sharing : offered.slice(0, 3);
  const nearby = last ? [last, ...near.filter((entry) => entry.id !== last.id)].slice(0, near.length || 1) : near;
  // A detail the guide never gives ("how much do care managers make in the UK", "is there an age limit"): what it lacks
  // said plainly, rather than "I don't have an answer to that", with what it does say nearby.
  // How hard a thing is that the guide has no answer for ("is the cmc exam difficult"): said plainly, with what is nearby.
  const weighed = directAsk(question);
  if (weighed?.kind === 'difficulty' && nearby.length > 0) {
    const lead = directLead(weighed, []);
    if (lead) {
      declinedAbout(context, nearby[0]);
      await context.sendActivity(renderWorkNotSaid(`${lead.replace(Messages.direct.hereIsWhat, '').trim()} ${Messages.direct.noted}`, nearby, channel));
      return answer;
    }
  }
  const asked = askedAspect(question, deps.kb) ?? modeAskedInPassing(question);
  const onTheSubject = asked && LACKS_SAID_PLAINLY.has(asked.aspect) ? subjectOf(asked, question, nearby, deps) : [];
  if (asked && onTheSubject.length > 0) {
    declinedAbout(context, onTheSubject[0]);
    await context.sendActivity(renderAspectNotGiven(asked, onTheSubject, channel));
    return answer;
  }
  await context.sendActivity(nearby.length > 0 ? renderNearby(nearby, channel) : renderNotCovered('no-match', channel));
  return answer;
}

/** One part of two: what the guide covers only at its edges said so, else its answer, else a plain note that it doesn't cover it. */
async function sendPartBeyond(context: TurnContext, deps: DialogDeps, part: string, beyond: BeyondAsked | null, last: FaqEntry | undefined): Promise<Answer> {
  if (beyond) return sendBeyond(context, deps, beyond, part, part, last);
  const answer = deps.engine.answer(part);
  if (answer.kind === 'answer' && answer.entry) {
    await sendEntry(context, deps, answer.entry);
    return answer;
  }
  if (answer.kind === 'no-match' || answer.kind === 'out-of-scope') void deps.feedback.recordQuestion(part, answer.kind, feedbackUserOf(context.activity), context.activity.channelId);
  await context.sendActivity(renderPartNotCovered(part, channelOf(context.activity)));
  return answer;
}

/** The physical side of this work, asked in a few words: on topic, though the guide says nothing of it. */
const isPhysicalOfTheJob = (asked: DirectAsk | null): boolean => asked?.kind === 'physical' && asked.ofTheJob;

/**
 * What the guide says on the subject of a detail it lacks: the entry the question's other words ask ("can i study ...
 * part time": what to study) rather than the entries that merely share a word with it ("time"); for an age, which the
 * guide never speaks of, the route into the career; else the entries nearby, if any.
 */
function subjectOf(asked: AskedAspect, question: string, nearby: readonly FaqEntry[], deps: DialogDeps): FaqEntry[] {
  // "Are part-time care manager positions common?": the work's hours and setting, not entries that share a word.
  if (asked.aspect === 'mode' && modeAskedOfTheWork(question)) return WORK_MODE_ENTRIES.flatMap((id) => deps.kb.faqById.get(id) ?? []);
  // Studying part time or online: the guide's answers on studying, not one that shares a word ("while you study").
  const study = asked.aspect === 'mode' ? studyModeEntries(question) : null;
  if (study) return study.flatMap((id) => deps.kb.faqById.get(id) ?? []);
  const subject = asked.others && asked.others.length > 0 ? deps.engine.answer(asked.others.join(' ')) : undefined;
  if (subject?.kind === 'answer' && subject.entry) return [subject.entry];
  // Said in passing of the career ("could I do it part time while my kids are small?"): the work's hours and setting.
  if (asked.aspect === 'mode' && asked.others?.length === 0) return WORK_MODE_ENTRIES.flatMap((id) => deps.kb.faqById.get(id) ?? []);
  if (asked.aspect === 'age' && (nearby.length > 0 || question.trim().split(/\s+/).length <= SHORT_AGE_QUESTION)) {
    return AGE_SUBJECT.flatMap((id) => deps.kb.faqById.get(id) ?? []);
  }
  return [...nearby];
}

/** An age asked in so few words that it can only be asked of the career in view ("too late at 42?"). */
const SHORT_AGE_QUESTION = 6;

/** The details a question may ask that are read surely enough to name in a decline: a place, a cost, an age, a rate... */
const LACKS_SAID_PLAINLY: ReadonlySet<AskedAspect['aspect']> = new Set(['place', 'cost', 'pay-unit', 'tax', 'age', 'difficulty', 'exact-figure', 'mode']);

/** The guide's answer on who the career suits, and the answers near an age it never speaks of. */
const FIT_ENTRY = 'right-for-me';
/** The guide's answer on the route without a degree. */
const NO_DEGREE_ENTRY = 'without-degree';
/** The guide's four areas to specialise in. */
const AREAS_ENTRY = 'specialisations';
/** The answers a turned-down degree may read as (the route's time, its degrees, the way without one): the way in it asks. */
const WAY_IN_ASKED: ReadonlySet<string> = new Set(['how-long', DEGREE_ENTRY, NO_DEGREE_ENTRY]);
/** The guide's answer on communication, which it calls paramount. */
const COMMUNICATION_ENTRY = 'communication';
/** Counted towards something ("count towards mid-level"), not experience of a level's job ("my supervisor experience"). */
const TOWARDS = /\btowards?\b/i;
/** The first rung's pay, the pay at the start of the career. */
const STARTING_PAY_ENTRY = 'salary-entry';
/** The entries on one level of the ladder: its pay or its role. */
const LEVEL_ENTRY = /^(?:salary-|junior-care-manager$|senior-care-manager$|director-roles$)/;
/** The guide's answer on a bachelor's and a master's: what it says of studying more. */
const DEGREES_ENTRY = 'bachelors-or-masters';
/** The guide's answers nearest a qualification from another country: licensing (which depends "on your location"), the degree. */
const QUALIFICATION_ENTRIES = ['licensing', 'degree-fields', 'what-is-needed'];
/** The guide's answer on certifications, and the entries on one certification or on certifying. */
const CERTIFICATIONS_ENTRY = 'certifications';
const CERTIFICATION_ENTRY = /^(?:certification|ccm$|cmc$)/;
/** A certification named in a question: the CCM, the CMC, or certifications. */
const CERTIFICATION_NAMED = /\b(?:ccm|cmc|certifications?|certificates?|certified)\b/;
/** The guide's pay answers, offered when pay is asked of a place or a currency and none is in view. */
const PAY_ENTRIES = ['salary', 'salary-entry'];
/** A story of the writer's own work or background ("I've worked in retail for ten years", "my background is in sales"). */
const TELLS_A_STORY = /\bi (?:have |had )?(?:worked|work|been|was|did|do|am an? |run|ran|manage|managed)\b|\byears? (?:in|as|of|doing)\b|\bmy (?:background|job|work|career|experience) (?:is|was|has been)\b/;

/**
 * The reply to what the guide covers only around its edges. Pay of a place or in a currency: the pay answer the words
 * read as, led by what the guide does not give, else that line with the pay answers as buttons. A qualification from
 * another country: the guide does not cover it, with its licensing and degree answers as buttons. Whether someone like
 * the writer could do it: who the career suits, led, after a story outside health and social care, by the background
 * the guide says is usual.
 */
async function sendBeyond(context: TurnContext, deps: DialogDeps, asked: BeyondAsked, text: string, said: string, last: FaqEntry | undefined): Promise<Answer> {
  const channel = channelOf(context.activity);
  const answered = (entry: FaqEntry): Answer => ({ question: text, kind: 'answer', answered: true, entry, score: 1, alternatives: [] });
  const declined = async (line: string, entries: readonly FaqEntry[]): Promise<Answer> => {
    void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    declinedAbout(context, entries[0]);
    await context.sendActivity(renderWorkNotSaid(line, entries, channel));
    return { question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: entries.map((entry) => ({ id: entry.id, title: entry.title, score: 0 })) };
  };
  switch (asked.kind) {
    case 'fit': {
      // Told with no degree ("i dont have university. can i do this job?"): the route without one.
      const noDegree = tellsNoDegree(said);
      const fit = deps.kb.faqById.get(noDegree ? NO_DEGREE_ENTRY : FIT_ENTRY);
      if (!fit) return sendOne(context, deps, deps.engine.answer(text));
      if (TELLS_A_STORY.test(normaliseText(said)) && !tellsOfCareWork(said)) await sendLedEntry(context, deps, noDegree ? Messages.beyond.fitOutsideNoDegree : Messages.beyond.fitOutside, fit);
      else await sendEntry(context, deps, fit);
      return answered(fit);
    }
    case 'pay-place': {
      const read = deps.engine.answer(text);
      const entry = read.kind === 'answer' ? read.entry : null;
      if (entry && givesPay(entry)) {
        await sendLedEntry(context, deps, asked.elsewhere ? Messages.beyond.payElsewhereLead : Messages.beyond.payCurrencyLead, entry);
        return answered(entry);
      }
      // Pay itself asked of a place or in a currency the guide gives none for ("how much earn a care manager in euro"):
      // the guide's pay, led by what it does not give.
      const pay = asked.asked === true ? deps.kb.faqById.get(PAY_ENTRIES[0]!) : undefined;
      if (pay) {
        await sendLedEntry(context, deps, Messages.beyond.payElsewhereLead, pay);
        return answered(pay);
      }
      const inView = last && givesPay(last) ? [last] : [];
      const offered = [...inView, ...menuOf(deps, PAY_ENTRIES).filter((pay) => !inView.includes(pay))].slice(0, 2);
      return declined(asked.elsewhere ? Messages.payByPlace : Messages.beyond.payCurrency, offered);
    }
    case 'foreign-qualification':
      // The certifications asked whether they hold where the person lives ("I live in Portugal, are the certifications
      // valid here?"): what the guide says of certification, not of degrees and licences (tester ut31a).
      if (CERTIFICATION_NAMED.test(normaliseText(text))) return sendBeyond(context, deps, { kind: 'certification-place' }, text, said, last);
      return declined(Messages.beyond.foreignQualification, menuOf(deps, QUALIFICATION_ENTRIES));
    case 'nationality':
      return sendNationalityWeighed(context, deps, text);
    case 'pay-against-job': {
      const read = deps.engine.answer(text);
      const pay = read.kind === 'answer' && read.entry && givesPay(read.entry) ? read.entry : deps.kb.faqById.get(PAY_ENTRIES[0]!);
      if (!pay) return sendOne(context, deps, read);
      await sendLedEntry(context, deps, Messages.beyond.payAgainstJob, pay);
      return answered(pay);
    }
    case 'licence-place': {
      const licensing = deps.kb.faqById.get(QUALIFICATION_ENTRIES[0]!);
      if (!licensing) return sendOne(context, deps, deps.engine.answer(text));
      await sendLedEntry(context, deps, Messages.beyond.licencePlace, licensing);
      return answered(licensing);
    }
    case 'certification-place': {
      const read = deps.engine.answer(text);
      const certification = read.kind === 'answer' && read.entry && CERTIFICATION_ENTRY.test(read.entry.id) ? read.entry : deps.kb.faqById.get(CERTIFICATIONS_ENTRY);
      if (!certification) return sendOne(context, deps, read);
      // The guide has no certification of a place: a decline, noted, with its answer on certifying shown after it.
      void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
      await sendLedEntry(context, deps, Messages.beyond.certificationPlace, certification);
      return { question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: [{ id: certification.id, title: certification.title, score: 0 }] };
    }
    case 'more-study': {
      const degrees = deps.kb.faqById.get(DEGREES_ENTRY);
      if (!degrees) return sendOne(context, deps, deps.engine.answer(text));
      await sendLedEntry(context, deps, Messages.beyond.moreStudy(asked.field), degrees);
      return answered(degrees);
    }
  }
}

/** A short message that points back to the last answer's subject ("how much does it cost?", "which laws exactly?"). */
const POINTS_BACK_BRIEFLY = /^(?=(?:\S+\s+){0,6}\S+$).*\b(?:it|its|that|this|those|these|they|them|their|there)\b/i;

/** True when a reply gave the person something from the guide: an answer, or suggestions to pick from. */
export function placed(answers: readonly Answer[]): boolean {
  return answers.some((answer) => answer.kind === 'answer' || ((answer.kind === 'ambiguous' || answer.kind === 'no-match') && answer.alternatives.length > 0));
}
