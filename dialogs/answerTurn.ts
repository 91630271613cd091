import type { Activity, TurnContext } from 'botbuilder';
import { missingFact, questionParts, weighedSides, type Answer } from '../knowledge/answerEngine';
import { ageAsked, asksStartingPay, beyondAsked, givesPay, levelPast, mostSpelled, ownPayInAnotherCurrency, ownPayWeighed, payLevels, payWithoutDegree, placeNamed, tellsNoDegree, yearsToPay, type BeyondAsked } from '../knowledge/beyondGuide';
import { askedAspect, asksCost, asksPay, directAsk, durationThing, durationThingEntry, givesDirectAsk, lineCounting, linesGiving, linesSaying, askedOfInView, weighingSpelled, type AskedAspect, type DirectAsk } from '../knowledge/aspects';
import { readWeighing, readWeighingInPassing, weighedPart, weighingAsked, type Weighing } from '../knowledge/comparison';
import type { FaqEntry, KnowledgeBase } from '../knowledge/schema';
import { normaliseText, STOP_WORDS } from '../knowledge/text';
import { engineForTheTurn, type TurnEngine } from '../knowledge/turnEngine';
import {
  askButton,
  channelOf,
  echoPart,
  flowButton,
  readCardValue,
  renderDidYouMean,
  renderNotCovered,
  renderNotSure,
  renderPartNotCovered,
  renderSideBySide,
  renderSideBySideNamed,
  renderText,
  renderTwoAnswers,
  renderWhichTwo,
  withButtons,
} from './rendering/cards';
import { type DialogDeps, type OfferedMenu } from './deps';
import { directLead, durationLead, namedIn, nearbyEntries, nearOnly, renderAspectInAnswer, renderAspectNextDoor, renderAspectNotGiven, renderWorkNotSaid, renderListItem, renderNearby, renderNoFigure, renderNoFigureSaid, renderNotGivenFor, renderPartInView, renderPayByLevelOnly, renderSaidOfSubject, type SaidNextDoor } from './rendering/nearby';
import { AGE_SUBJECT, aspectNotGivenInView, quickerRouteNotGiven, rankingAsked, titleNames, weighedAgainstOther } from './understanding/aspectInView';
import { feedbackUserOf } from './feedbackStore';
import type { QuestionOutcome } from './usageLog';
import { addsAThing, areSiblings, careerAskedAgain, thingAddedInView, askedOfTheRung, rungOnThePath, comparablePairs, comparedEntries, exampleChoices, isChoiceBetweenTwo, picksOneOfThem, followUpEntry, isNounPhrase, isOnTheLadder, isPayOnTheLadder, ladderFollowUp, namesALevel, payBesideRole, payRiseInView, pointedChoices } from './understanding/followUp';
import { normalise, stem } from './understanding/textMatch';
import { guideAskedOfAPlace } from './understanding/guideOfAPlace';
import { answerUnits, entryPicked, itemOfList, listInView, listItemsOf, narrowedTo, partInView, pickedFromList, pickedFromMenu, saidElsewhere, whichAsked, type PickedItem } from './understanding/listInView';
import { areaForThePeople, asksToCompare, specialisationById } from './understanding/specialisationMatch';
import { buildRoadmap, startingPoint, timelineFromKb, type Situation } from './flows/roadmapPlan';
import { formatYearRange, formatYears } from './rendering/guidedMessages';
import { subjectInView } from './understanding/subjectInView';
import { askedAsTheWriter } from './understanding/askedFor';
import { askingPart, checksAnInference, clauseActOf, questionBeforeRemark, questionBeforeStory, questionWithoutStory, readClauses, twoQuestionsAsked } from './understanding/clauses';
import { thingAsked, type ThingAsked } from './understanding/thingAsked';
import { learnedFromTheThing, thingOfTheAnswerAsked } from './understanding/thingInView';
import { asksFirstJob, firstJobLimits, firstJobWeighed } from './understanding/firstJobAsked';
import { besideOwnEnglish, ownEnglishAsked } from './understanding/ownEnglishAsked';
import { degreeWeighed, experienceAsked, experienceWayNamed, fieldNamedByGuide, heldDegreeField, ownWorkPart, shortOfADegreeAsked, tellsOfManaging, tellsOfMilitaryHealthWork, workNamed, type DegreeWeighed, type ExperienceAsked } from './understanding/experienceCounts';
import { asksWhatIsLeft, isStudentJob, jobById, studyTold, tellsOfCareSoftware, tellsOfCareWork } from './understanding/aboutYou';
import { namesTopic } from './understanding/pipeline';
import { Messages } from './rendering/messages';
import { noteLinesQuoted, noteShown, rememberAnswered, sendEntry, sendEntryNotAgain, sendLedEntry, sendSideBySide, shownInReply, withoutLinesSaid } from './rendering/entryReplies';

/**
 * Two answers to a message that weighs one thing against another stand side by side: what the engine read as a
 * comparison ("how is X different from Y"), "paid more than", or a message that opens with two things joined by "or"
 * ("CCM or CMC for someone coming from nursing?").
 */
const WEIGHS_TWO = /\bthan\b|^\s*(?:\S+\s+){0,2}\S+\s+or\s+/i;

/**
 * Answers a message and sends the reply for the channel. One question: the answer card, "Did you mean ...", "not sure,
 * maybe one of these", or the honest "not covered" reply. Two questions in one message: both answers in one reply
 * (side by side when the message compares them), or the known one and a plain note about the part the guide does not
 * cover. `lastRejected` when the person said the last answer was not what they asked (a complaint before the question).
 * Unanswered and ambiguous questions are recorded for the report (in the background: the reply does not wait).
 * Only questions come here: conversation ("thanks", "are you a bot?") is understood and answered before it
 * (understanding/pipeline.ts, respond.ts). Returns the answers, one per question.
 */
export async function sendAnswer(context: TurnContext, deps: DialogDeps, text: string, options: AnswerOptions = {}): Promise<Answer[]> {
  const offered: string[] = [];
  context.onSendActivities(async (_turn, activities, next) => {
    offered.push(...activities.flatMap(askedEntries));
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
  const other = answers.length === 1 ? await sendOtherQuestion(context, deps, text, answers[0]!) : null;
  if (other) answers.push(other);
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

/** A short part that points at what was told before it ("would that count as related?"), which its words alone do not say. */
const POINTS_AT_THE_STORY = /^(?=(?:\S+\s+){0,6}\S+$).*\b(?:that|this|those|these)\b/i;

/** A question of its own answered this surely, to be added to a reply that answered the other one. */
const OTHER_QUESTION_SCORE = 0.6;

/**
 * The other of two questions asked one after the other (understanding/clauses.ts twoQuestionsAsked), after a reply that
 * answered one question: when one of them reads as an answer this reply has not shown, and the reply's own answer is
 * not what it reads as, that answer, led by the person's words. Null when nothing was sent.
 */
async function sendOtherQuestion(context: TurnContext, deps: DialogDeps, text: string, answered: Answer): Promise<Answer | null> {
  const parts = twoQuestionsAsked(text);
  if (!parts) return null;
  const engine = turnEngine(context, deps);
  const shown = shownInReply(context).entries;
  const given = new Set([...(answered.entry ? [answered.entry.id] : []), ...answered.alternatives.map((alternative) => alternative.id), ...shown]);
  const read = parts.map((part) => {
    // A part that points back at the story before it ("would that count as related?") is not read on its own words.
    if (POINTS_AT_THE_STORY.test(part.trim())) return null;
    // A part weighing the answer against a job the guide never describes was said so (sendNotComparedBeside).
    if (weighsAgainstUndescribed(part, deps)) return null;
    const all = engine.answerAll(part);
    const [one] = all;
    return all.length === 1 && one?.kind === 'answer' && one.entry && one.score >= OTHER_QUESTION_SCORE ? one : null;
  });
  const unanswered = read.flatMap((answer, i) => (answer?.entry && !given.has(answer.entry.id) ? [{ answer, part: parts[i]! }] : []));
  // One part the reply left, and the other part not read as that same answer (the reply then answered the other).
  if (unanswered.length !== 1) return null;
  const [{ answer, part }] = unanswered as [{ answer: Answer; part: string }];
  if (read.some((other) => other !== answer && other?.entry?.id === answer.entry?.id)) return null;
  await sendLedEntry(context, deps, Messages.otherQuestion(echoPart(part)), answer.entry!);
  return answer;
}

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

/** The guide's entry on gaining experience, and the ways of gaining it that it says count, each with its own entry. */
const EXPERIENCE_ENTRY = 'gaining-experience';
const SAID_TO_COUNT: ReadonlySet<string> = new Set(['volunteering', 'internships', 'entry-level-jobs']);

/**
 * The entry that answers whether something counts as experience: the guide's on gaining experience, or the way of
 * gaining it the guide says counts that the engine reads in the message ("healthcare assistant counts?" the first
 * jobs). Something else the guide says counts ("does volunteering at my local care home count?") is the engine's to
 * answer on its own: undefined.
 */
function experienceAnswer(deps: DialogDeps, text: string, experience: ExperienceAsked): FaqEntry | undefined {
  // A medic's years in the forces: the guide's experience itself, not a way the words alone may be read as
  // ("I was an army medic for 8 years, does that help?" is no question about volunteering).
  if (experience === 'not-said' && tellsOfMilitaryHealthWork(text)) return deps.kb.faqById.get(EXPERIENCE_ENTRY);
  // Care work done as a way the guide names ("my practicum in a hospice"): that way's answer, which says it counts.
  const named = experience === 'care-work' || experience === 'way' ? experienceWayNamed(text) : undefined;
  const read = named ? null : deps.engine.answer(text);
  // A way the message never names (volunteering read into "9 yrs at the hospital") is not its answer: only the first jobs.
  const readWay = read?.kind === 'answer' && read.entry !== null && SAID_TO_COUNT.has(read.entry.id) ? read.entry : undefined;
  const way = named ? deps.kb.faqById.get(named) : readWay && (readWay.id === FIRST_JOBS_ENTRY || (experience !== 'care-work' && experience !== 'way')) ? readWay : undefined;
  if (way && experience !== 'care-work' && experience !== 'way') return undefined;
  return way ?? deps.kb.faqById.get(EXPERIENCE_ENTRY);
}

/** The guide's answer on how long the route takes, which a reply on what is left of it stands for. */
const TIMELINE_ENTRY = 'how-long';
const MAX_LEFT_BUTTONS = 3;
/** The writer, as the one the time is asked of ("how long would it take me", "for someone like me"). */
const OF_THE_WRITER = /\b(?:me|someone like me|a person like me|people like me)\b|\bwould i\b|\bwill i\b|\bdo i\b|\bi d\b|\bfor my\b|\b(?:until|till|til|before) i\b/;

/** Studying now, said in the message, or the time asked from the end of the degree ("after I finish"). */
const STUDYING_NOW = /\b(?:student|studying|i study|after i (?:finish|graduate|qualify|complete))\b/;

/** A master's or more, told ("I hold a master's in social work", "a BSW and an MSW"). */
const MASTER_TOLD = /\b(?:masters?|master s|msw|msn|msc|mres|phd|doctorate)\b/;

/**
 * How long the route would take the writer, asked with nothing else named ("how long would it take me then?"). Asked
 * of their own start ("I have no degree but 6 years as an HCA, how long for me?", "a BSW and 5 years, how long would it
 * take me?"), `told` says whether they told what the question is with or without: then it is theirs too.
 */
function asksTheirOwnTime(message: string, told: { degree: boolean; noDegree: boolean } = { degree: false, noDegree: false }): boolean {
  const own = (text: string) => {
    const asked = directAsk(text);
    return asked?.kind === 'duration' && asked.of.length === 0 && asked.thing === null && OF_THE_WRITER.test(normalise(text)) ? asked : null;
  };
  // Asked first, then told ("how long would it take me, im 20 and doing barista work, no uni yet"): the question's words.
  const question = questionBeforeStory(message);
  const asked = own(message) ?? (question ? own(question) : null);
  if (!asked) return false;
  if (asked.without !== undefined) return asked.without === 'a degree' && told.noDegree;
  return asked.having === undefined || told.degree;
}

/**
 * What is left of the route for the writer, from what they have told of themselves (their education, and their work and
 * years in the field): the time their roadmap gives and its next steps, with buttons to the guide's answers on those
 * steps and to the roadmap. With no education told, which the route starts from, the roadmap is offered to ask for it,
 * and the time asked is left to the guide's own answer. Null when nothing was sent.
 */
async function sendWhatIsLeft(context: TurnContext, deps: DialogDeps, text: string): Promise<Answer | null> {
  const profile = await deps.profile.get(context);
  const known = profile?.about;
  const channel = channelOf(context.activity);
  const timeline = deps.kb.faqById.get(TIMELINE_ENTRY);
  if (!timeline) return null;
  // Work in the field told by its job, with its years (never a story's looser readings: tester ut26b).
  const inFieldJob = known?.job !== undefined && jobById(known.job)?.inField === true && !isStudentJob(known.job);
  const fieldYears = inFieldJob && known?.years !== undefined && known.years > 0 ? known.years : null;
  // No education told, but a job in the field and its years ("I've been a support worker for 7 years. how long for me?"):
  // their experience counted, and what the route asks of each education, with the roadmap to ask for theirs.
  if (!known?.education && fieldYears !== null) {
    const noted = startingPoint({ job: known?.job ?? null, education: null, working: true, years: fieldYears, aim: null });
    // An associate degree told ("i got an associates in paramedicine") is no education the route speaks of: said so, not asked again.
    const associate = /\bassociate s?\b|\bassociates\b/.test(normalise(context.activity.text ?? text));
    await context.sendActivity(withButtons(channel, Messages.leftEducationUntold(noted, associate), [flowButton('roadmap'), ...menuOf(deps, ['degree-fields', 'without-degree']).map(askButton)]));
    await rememberAnswered(context, deps, timeline.id);
    return { question: text, kind: 'answer', answered: true, entry: timeline, score: 1, alternatives: [] };
  }
  // How far through the degree a student is, told now ("if I graduate in 2 yrs how long ...") or before ("I'm in my 2nd
  // year of a BSW"): the years of study left, then the rest of the route, never the whole 6 to 8 years (testers ut27a, ut27b).
  const now = normalise(context.activity.text ?? text);
  const studyNow = studyTold(now);
  const degreeHeld = known?.education === 'relevant-degree' || known?.education === 'other-degree';
  const study = degreeHeld ? {} : studyNow.studyYear !== undefined || studyNow.studyYearsLeft !== undefined ? studyNow : { studyYear: known?.studyYear, studyYearsLeft: known?.studyYearsLeft };
  const studyLeft = studyLeftTime(deps, study);
  if (studyLeft !== null && (known?.education === 'studying' || known?.education === undefined || studyNow.studyYear !== undefined || studyNow.studyYearsLeft !== undefined)) {
    const situation: Situation = { job: known?.job ?? null, education: 'studying', working: known?.working ?? null, years: fieldYears, aim: known?.aim ?? null };
    const plan = buildRoadmap(deps.kb, situation, { chosenSpecialisation: null });
    const next = plan.next.map((planned) => `${planned.step.title} (step ${planned.step.number})`);
    await context.sendActivity(withButtons(channel, Messages.leftForYou(startingPoint(situation), studyLeft, next.join('; ')), [...menuOf(deps, ['internships', 'bachelors-or-masters']).map(askButton), flowButton('roadmap')]));
    await rememberAnswered(context, deps, timeline.id);
    return { question: text, kind: 'answer', answered: true, entry: timeline, score: 1, alternatives: [] };
  }
  if (!known?.education) {
    // Nothing told to start from: the roadmap offered, unless the guide answers the words themselves.
    if (!asksWhatIsLeft(text) || deps.engine.answer(text).kind === 'answer') return null;
    const offered = [timeline, ...menuOf(deps, ['what-is-needed'])];
    await context.sendActivity(withButtons(channel, Messages.leftUnknown, [flowButton('roadmap'), ...offered.map(askButton)]));
    return { question: text, kind: 'ambiguous', answered: false, entry: null, score: 0, alternatives: offered.map((entry) => ({ id: entry.id, title: entry.title, score: 0 })) };
  }
  // Only a degree told is read as a start past the beginning: what else a long story is read as (years at home read as
  // years in the field, a year at college as studying) is too loose to be said back as their situation (tester ut26b).
  // No degree, with a job in the field: the guide gives no time for that route; what it says of experience instead,
  // with their years.
  if (known.education === 'none' && inFieldJob) {
    const situation: Situation = { job: known.job ?? null, education: 'none', working: true, years: fieldYears, aim: known.aim ?? null };
    const plan = buildRoadmap(deps.kb, situation, { chosenSpecialisation: null });
    const next = plan.next.map((planned) => `${planned.step.title} (step ${planned.step.number})`);
    const lead = Messages.leftForYou(startingPoint(situation), Messages.leftNoDegree(fieldYears === null ? null : formatYears(fieldYears)), next.join('; '), false, fieldYears === null);
    await context.sendActivity(withButtons(channel, lead, [...menuOf(deps, ['without-degree', 'degree-fields']).map(askButton), flowButton('roadmap')]));
    await rememberAnswered(context, deps, timeline.id);
    return { question: text, kind: 'answer', answered: true, entry: timeline, score: 1, alternatives: [] };
  }
  // No degree and no work in the field ("im 20, doing barista work, no uni yet"): the whole route is ahead, which the
  // guide's own answer times; said as theirs, with what it says of the route without a degree.
  if (known.education === 'none') {
    const situation: Situation = { job: known.job ?? null, education: 'none', working: known.working ?? null, years: null, aim: known.aim ?? null };
    await sendLedEntry(context, deps, Messages.leftFromTheStart(startingPoint(situation)), timeline);
    return { question: text, kind: 'answer', answered: true, entry: timeline, score: 1, alternatives: [] };
  }
  // Studying for the degree, said in this message ("I'm a nursing student ... how many years after I finish?"): the rest
  // of the route after it, as their roadmap counts it. A year at college told in a long story is no such start.
  if (known.education === 'studying' && STUDYING_NOW.test(now)) {
    const situation: Situation = { job: known.job ?? null, education: 'studying', working: known.working ?? null, years: fieldYears, aim: known.aim ?? null };
    const plan = buildRoadmap(deps.kb, situation, { chosenSpecialisation: null });
    const next = plan.next.map((planned) => `${planned.step.title} (step ${planned.step.number})`);
    await context.sendActivity(withButtons(channel, Messages.leftForYou(startingPoint(situation), plan.time, next.join('; ')), [...menuOf(deps, ['internships', 'bachelors-or-masters']).map(askButton), flowButton('roadmap')]));
    await rememberAnswered(context, deps, timeline.id);
    return { question: text, kind: 'answer', answered: true, entry: timeline, score: 1, alternatives: [] };
  }
  if (known.education !== 'relevant-degree' && known.education !== 'other-degree') return null;
  const years = known.years ?? null;
  const situation: Situation = { job: known.job ?? null, education: known.education, working: years === null ? (known.working ?? null) : years > 0, years, aim: known.aim ?? null };
  const chosen = profile?.specialisation ? specialisationById(deps.kb, profile.specialisation).name : null;
  const plan = buildRoadmap(deps.kb, situation, { chosenSpecialisation: chosen });
  const next = plan.next.map((planned) => `${planned.step.title} (step ${planned.step.number})`);
  const entries = [...new Map(plan.next.flatMap((planned) => menuOf(deps, planned.step.related.slice(0, 1))).map((entry) => [entry.id, entry])).values()].slice(0, MAX_LEFT_BUTTONS);
  // A master's told in the message ("a BSW and an MSW"): the master's the route may ask for is done too.
  const said = context.activity.text ?? text;
  const masterDone = known.education === 'relevant-degree' && MASTER_TOLD.test(normalise(said));
  // Working in the field with no years told ("a child protection social worker"): the years are what is left to count,
  // not the whole stretch of experience after the degree.
  const degree = known.education === 'relevant-degree' || known.education === 'other-degree';
  const yearsUntold = degree && years === null && situation.working === true;
  const time = yearsUntold ? Messages.leftYearsUntold(known.education === 'relevant-degree') : plan.time;
  const lead = Messages.leftForYou(startingPoint(situation), time, next.join('; '), masterDone && /\bmaster/.test(time), yearsUntold);
  await context.sendActivity(withButtons(channel, lead, [...entries.map(askButton), flowButton('roadmap')]));
  await rememberAnswered(context, deps, timeline.id);
  return { question: text, kind: 'answer', answered: true, entry: timeline, score: 1, alternatives: [] };
}

/**
 * The time left for a student who told how far through the degree they are: the guide's bachelor's less the years
 * done (or the years they said are left), then the rest of its route; null when nothing of the kind was told.
 */
function studyLeftTime(deps: DialogDeps, study: { studyYear?: number | 'final' | undefined; studyYearsLeft?: number | undefined }): string | null {
  const timeline = timelineFromKb(deps.kb);
  if (!timeline || (study.studyYear === undefined && study.studyYearsLeft === undefined)) return null;
  const restMin = Math.max(0, timeline.totalMin - timeline.bachelorYears);
  const restMax = Math.max(0, timeline.totalMax - timeline.bachelorYears);
  const rest = formatYearRange(restMin, restMax);
  const master = formatYears(timeline.masterYears);
  if (study.studyYearsLeft !== undefined) {
    const left = study.studyYearsLeft;
    return Messages.leftStudying.yearsLeft(formatYears(left), rest, master, formatYearRange(left + restMin, left + restMax));
  }
  const year = study.studyYear;
  if (year === 'final' || (typeof year === 'number' && year >= timeline.bachelorYears)) return Messages.leftStudying.finalYear(rest, master);
  const after = timeline.bachelorYears - (year ?? 0);
  return Messages.leftStudying.inYear(year ?? 0, formatYears(timeline.bachelorYears), formatYears(after), rest, master, formatYearRange(after + restMin, after + restMax));
}

/** A degree of the writer's told in a field the guide does not name ("I have a degree in marketing"). */
function unnamedFieldTold(said: string): boolean {
  const field = heldDegreeField(said);
  return field !== null && fieldNamedByGuide(field) === null;
}

/** A certification asked of: its name or the word. */
const ASKS_CERTIFICATION = /\b(?:certif\w*|certs?|credentials?|ccm|cmc)\b/;
/** The answers a certification asked without a degree may read as: the certifications', or the route without a degree. */
const CERTIFIED_WITHOUT_DEGREE = /^(?:certification|ccm$|cmc$|without-degree$)/;

/**
 * The answer to a certification asked by someone who tells they have no degree ("I don't have a degree, which
 * certification can I get?"), which the guide's CMC needs: the engine's answer, when it is on certifying or on the
 * route without a degree; undefined otherwise.
 */
function certificationWithoutDegree(deps: DialogDeps, text: string, said: string): FaqEntry | undefined {
  if (!ASKS_CERTIFICATION.test(normaliseText(text)) || !tellsNoDegree(said)) return undefined;
  const read = deps.engine.answer(text);
  return read.kind === 'answer' && read.entry && CERTIFIED_WITHOUT_DEGREE.test(read.entry.id) ? read.entry : undefined;
}

/** The guide's pay across its levels. */
const PAY_ENTRY = 'salary';
const dollars = (amount: number): string => `$${amount.toLocaleString('en-US')}`;
/** A sum written in dollars: "$62k", "62k dollars", "62,000 USD", "62 grand a year in bucks". */
const IN_DOLLARS = /\$|\b(?:dollars?|usd|bucks)\b/i;

/**
 * The lead and the level for pay weighed against the writer's own (the entry level, below, around or above it), a sum
 * asked how long it takes to reach (the first level whose range goes past it), or pay asked without a degree (the pay
 * the words ask, led by the guide's giving none by degree); null when the message asks none of these. The
 * writer's pay may be told in the whole message (`said`) before the question (`text`).
 */
function payAgainstOwnSent(deps: DialogDeps, text: string, said: string): { lead: string; level: FaqEntry } | null {
  const sum = yearsToPay(text);
  const reached = sum !== null ? levelPast(deps.kb, sum) : undefined;
  if (sum !== null && reached) return { lead: Messages.beyond.yearsToPay(dollars(sum)), level: reached.entry };
  if (payWithoutDegree(text)) {
    const read = deps.engine.answer(text);
    const pay = read.kind === 'answer' && read.entry && givesPay(read.entry) ? read.entry : deps.kb.faqById.get(PAY_ENTRY);
    return pay ? { lead: Messages.beyond.payWithoutDegree, level: pay } : null;
  }
  const own = ownPayWeighed(said, text);
  const start = own !== null ? payLevels(deps.kb)[0] : undefined;
  if (own === null || !start) return null;
  const against = own > start.high ? 'below' : own < start.low ? 'above' : 'around';
  // A sum typed with no currency ("I'm on about 37k as band 5") may be in any: weighed against the guide's dollars only if it is dollars.
  const range = `${dollars(start.low)}–${dollars(start.high)}`;
  if (!IN_DOLLARS.test(said)) return { lead: Messages.beyond.payAgainstOwnUntold(own.toLocaleString('en-US'), range, against), level: start.entry };
  return { lead: Messages.beyond.payAgainstOwn(dollars(own), range, against), level: start.entry };
}

/** Who one works or coordinates with, asked of the subject in view ("who would I be coordinating with?"). */
const WHO_WITH = /^(?:(?:and|so|ok|okay|but|hmm)\s+)*who (?:else )?(?:would|will|do|does|did|could|might|am|are|is) (?:i|you|u|they|we|one|he|she) (?:be )?(?:\w+ )?(?:work|working|coordinate|coordinating|deal|dealing|liaise|liaising|collaborate|collaborating|partner|partnering) with\b/;
/** A part of a route the answer in view gives a time for, added to it ("and the master's?", "what if I go for the master's too?"). */
const ADDS_A_PART = /^(?:(?:and|so|ok|okay|but|hmm)\s+)*(?:and|what about|how about|what if|and if)\b/;
const MAX_ADDED_PART_WORDS = 9;
/** Where a path starts, asked of the path in view ("where does it start?", "what's the first level?"). */
const WHERE_IT_STARTS = /^(?:(?:and|so|ok|okay|but)\s+)*(?:where|what|how) (?:does|do|did) (?:it|that|this|they|you|one|i) (?:start|begin)\b|\bthe (?:first|bottom|lowest|starting) (?:level|rung|step|role|job)\b/;

/** Something sought in the answer in view: "anything on mental health in there?", "any about kids?". */
const ANYTHING_ON = /^(?:(?:and|so|ok|okay|but|hmm)\s+)*(?:is there |are there )?(?:anything|any|something|stuff) (?:on|about|for|covering|to do with) (.+?)(?: (?:in|within|among) (?:there|it|that|them|those))?$/;

/** What kind of a thing the answer in view speaks of: "what kind of training?", "what sort of experience helps with that?". */
const ASKED_OF_THE_KIND = String.raw`(?: (?:helps?|counts?|matters?|is needed|are needed|would help|will help|do (?:i|you|u) need|would (?:i|you|u) need|should (?:i|you|u) (?:get|do|look for|go for|aim for|have)))?(?: (?:with|for) (?:that|it|this))?$`;
const WHAT_KIND = new RegExp(String.raw`^(?:(?:and|so|ok|okay|but|hmm)\s+)*(?:what|which) (?:kinds?|sorts?|types?) of ([a-z]+)` + ASKED_OF_THE_KIND);
/** The same asked with no "kind of", which must then say what is asked of it: "what training would help?", "what experience would I need?". */
const WHAT_THING_ASKED = /^(?:(?:and|so|ok|okay|but|hmm)\s+)*(?:what|which) ([a-z]+) (?:helps?|would help|will help|do (?:i|you|u) need|would (?:i|you|u) need|should (?:i|you|u) (?:get|do|look for|go for|aim for|have))(?: (?:with|for) (?:that|it|this))?$/;

/** The words of an entry's title, stemmed, without stop words. */
const titleWordsOf = (entry: FaqEntry): ReadonlySet<string> => new Set(normalise(entry.title).split(' ').filter((word) => word && !STOP_WORDS.has(word)).map(stem));

/** Words for a thing in general, which name no kind of their own. */
const THINGS_IN_GENERAL = /^(?:stuff|things?)$/;

/**
 * The lines of the answer in view that name the kind of thing asked of ("what kind of experience?" after what you need:
 * "work experience, which employers often ask for: ..."); empty when it is not asked that way, or no line or every
 * line names it.
 */
function linesOfTheKind(deps: DialogDeps, text: string, last: FaqEntry): string[] {
  const asked = normalise(askingPart(text) ?? text);
  // Without "kind of", a thing another answer is named for asks for that answer ("what skills would I need?" after
  // whether it is right for you is the key skills), not the line of the answer in view that names it.
  const bare = WHAT_THING_ASKED.exec(asked)?.[1];
  const kind = WHAT_KIND.exec(asked)?.[1] ?? (bare && !deps.kb.faqs.some((entry) => titleWordsOf(entry).has(stem(bare))) ? bare : undefined);
  if (!kind || NAMES_THE_CAREER.test(text)) return [];
  const units = answerUnits(last);
  // "what sort of things?": the things the answer lists, with the sentence that leads into them.
  const names = units.map((unit, index) => (THINGS_IN_GENERAL.test(kind) ? unit.startsWith('- ') || (unit.endsWith(':') && units[index + 1]?.startsWith('- ') === true) : normalise(unit).split(' ').some((word) => stem(word) === stem(kind))));
  // A sentence that leads into a list ("for example in:") brings the list with it.
  units.forEach((unit, index) => {
    for (let next = index + 1; names[index] && unit.endsWith(':') && units[next]?.startsWith('- '); next += 1) names[next] = true;
  });
  const lines = units.filter((_unit, index) => names[index]);
  return lines.length < units.length ? lines : [];
}

/** True when the entry's answer says every word of the text that carries meaning (stemmed), and there is one. */
function saysEveryWord(entry: FaqEntry, text: string): boolean {
  const said = new Set(normalise(entry.answer).split(' ').map(stem));
  const words = text.split(' ').filter((word) => word && !STOP_WORDS.has(word));
  return words.length > 0 && words.every((word) => said.has(stem(word)));
}

/** A part left out, not added ("what about without a degree?"): the route without it, not the time the answer gives it. */
const LEAVES_OUT = /\b(?:without|no|not|dont|don't|doesnt|havent|haven't|never|skip|skipping|instead|except|minus)\b/;
/** A question of its own after the part ("and the master's, do i need it?"): what is asked of the part, not its time. */
const ASKS_OF_ITS_OWN = /\b(?:do|does|did|is|are|should|would|can|could|will|must) (?:i|you|u|it|they|we|one)\b|\b(?:how|why|when|where|which|who)\b/;
/** A time a route gives for one of its parts: "about two more years for a master's", "a few more years of work experience". */
const TIME_FOR_A_PART = /\b(?:years?|months?) (?:for|of|to)\b/;

/** What is asked of the people at a level, and the words of its answer that say it (a degree said as a bachelor's). */
const SAID_OF_THE_PEOPLE: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\b(?:degree|degrees|qualifications?|qualified|study|studied|education|background)\b/, /\b(?:bachelor|master|degree|qualif)\w*/i],
  [/\b(?:experience|years?|yrs)\b/, /\bexperience\b/i],
  [/\b(?:take|takes|need|needs|requirements?|required)\b/, /\b(?:call for|calls for|requir\w*|need\w*|experience|knowledge)\b/i],
];

/**
 * The sentences of a level's pay answer that say what was asked of its people ("They may have a bachelor's in
 * nursing ..." for "what degree do they usually have?"); empty when none does, or every one does.
 */
function linesOfThePeople(text: string, entry: FaqEntry): string[] {
  const said = normalise(text);
  const saying = SAID_OF_THE_PEOPLE.filter(([asked]) => asked.test(said)).map(([, answered]) => answered);
  const units = answerUnits(entry);
  const lines = units.filter((unit) => saying.some((words) => words.test(unit)));
  return lines.length < units.length ? lines : [];
}

/**
 * A short question asked of the answer in view in words that answer gives, where the words alone read as another
 * answer: who one works with, after a specialisation that says who ("who would I be coordinating with?" after
 * geriatric care, not the team in general); a part of the route added to the time the answer gives ("and the master's?"
 * after how long it takes, which gives about two more years for one, not the degrees); where the path starts, after the
 * career path (its first level). Undefined when none applies.
 */
function askedOfTheAnswer(deps: DialogDeps, text: string, last: FaqEntry | undefined): FaqEntry | undefined {
  if (!last) return undefined;
  const said = normalise(askingPart(text) ?? text);
  if (NAMES_THE_CAREER.test(said)) return undefined;
  const specialisation = deps.kb.specialisations.some((spec) => spec.faqId === last.id);
  if (specialisation && WHO_WITH.test(said) && /\bwith\b/.test(last.answer)) return last;
  const addsAPart = ADDS_A_PART.test(said) && !LEAVES_OUT.test(said) && !ASKS_OF_ITS_OWN.test(said) && !namesALevel(said) && directAsk(said)?.kind !== 'duration';
  if (addsAPart && said.split(' ').length <= MAX_ADDED_PART_WORDS) {
    const timed = last.answer.split('\n').filter((line) => /^\s*[-*]/.test(line) && TIME_FOR_A_PART.test(line));
    const words = said.split(' ').filter((word) => word.length > 3 && !STOP_WORDS.has(word));
    const names = (line: string) => words.some((word) => normalise(line).split(' ').some((lineWord) => lineWord === word || lineWord === word.replace(/s$/, '')));
    if (words.length > 0 && timed.filter(names).length === 1) return last;
  }
  // "and medication?" after the day-to-day, "what about patience?" after the key skills: the line that names it.
  if (thingAddedInView(said, last, deps.kb)) return last;
  const kind = WHAT_KIND.exec(said)?.[1];
  // "what sort of things?", "what kind of stuff?": a thing in general is what the answer in view lists.
  if (kind && (saysEveryWord(last, kind) || THINGS_IN_GENERAL.test(kind))) return last;
  const sought = ANYTHING_ON.exec(said)?.[1];
  if (sought && saysEveryWord(last, sought)) return last;
  if (WHERE_IT_STARTS.test(said) && listItemsOf(last).length > 0) {
    const first = itemOfList(last, 1, deps.engine, deps.kb);
    if (first?.entry && payBesideRole(last.id) !== null) return first.entry;
  }
  return undefined;
}

/** Figures asked for with no word for pay ("numbers?", "the actual figures"): after a role, its pay. */
const ASKS_FIGURES = /\b(?:numbers|figures|the money)\b/;
/** A pay question short enough to be asked of the role in view rather than of a subject of its own. */
const MAX_ROLE_PAY_WORDS = 8;

/**
 * The pay beside the role in view, asked in a few words that name no level, no other job and nothing else of the guide
 * ("what's that pay?" after what a director does, "what's the pay like?" after the senior role, "numbers?" after the
 * career path): that rung's pay, not the pay of every level. Undefined when no role is in view, or the words alone land
 * on something other than pay.
 */
function payOfRoleInView(deps: DialogDeps, text: string, last: FaqEntry | undefined): FaqEntry | undefined {
  const payId = payBesideRole(last?.id);
  const said = normalise(askingPart(text) ?? text);
  if (!payId || said.split(' ').length > MAX_ROLE_PAY_WORDS || !(asksPay(said) || ASKS_FIGURES.test(said))) return undefined;
  if (asksCost(said) || namesALevel(said) || NAMES_THE_CAREER.test(said) || PAY_RISES_WITH.test(said)) return undefined;
  const aspect = askedAspect(said, deps.kb)?.aspect;
  if (aspect !== undefined && aspect !== 'pay' && aspect !== 'exact-figure') return undefined;
  const alone = deps.engine.answer(said);
  if (alone.kind === 'answer' && alone.entry && !isPayOnTheLadder(alone.entry.id)) return undefined;
  return deps.kb.faqById.get(payId);
}

/** Pay said to rise with something ("does pay go up with certification"): asked of that, not of the role. */
const PAY_RISES_WITH = /\b(?:certif\w*|ccm|cmc|degree|master\w*|bachelor\w*|specialis\w*|specializ\w*|experience)\b/;

/** What "does that count" asks, read against the answer in view (countedInView). */
type CountedInView = { kind: 'field'; thing: string } | { kind: 'inView' } | { kind: 'notSaid' };

/** The thing said to count, named before the asking ("what about nursing, would that count?", "would nursing count?"). */
const THING_COUNTED =
  /^(?:(?:and|so|but|ok|okay|hmm|well)\s+)*(?:what about|how about|and)\s+(?:a |an |the )?([a-z][a-z' ]{1,30}?)(?:\s*,\s*|\s+)(?:would|does|do|will|could|can|is|might) (?:that|it|this|those|they)\b|^(?:(?:and|so|but|ok|okay)\s+)*(?:would|does|do|will|could|can) (?:a |an |the )?([a-z][a-z' ]{1,30}?) (?:degree |course )?(?:count|counts)\b/;
/** Words of work done or of the person: what counts is then experience, which the experience answer speaks to. */
const WORK_OR_SELF = /\b(?:experience|exp|work|worked|working|job|jobs|years?|yrs|volunteer\w*|intern\w*|placement|caring|looking|i|im|ive|my|me|mine)\b/;
/** Words that only ask whether experience counts, naming nothing of their own ("would all that experience count for something?"). */
const ONLY_COUNTING = new Set(['count', 'counts', 'counted', 'towards', 'toward', 'something', 'anything', 'much', 'all', 'really', 'experience', 'even', 'actually', 'still']);
/** Answers in view that already answer what counts as experience (the experience answer and its ways), which the experience reader speaks to. */
const ON_EXPERIENCE: ReadonlySet<string> = new Set(['gaining-experience', 'volunteering', 'internships', 'entry-level-jobs']);

/**
 * Whether something counts, asked of the answer in view, and how: after an answer on study, a thing named that is no
 * work ("what about nursing, would that count?" after the degrees) is a field of study; experience that names nothing
 * of its own ("so would all that experience count for something?") after an answer that speaks of experience (the
 * route without a degree) is that answer's to say; a thing named that is no work and nothing of the person ("what about
 * dementia, does that count?" after chronic disease) after an answer on something else is a question the guide does
 * not answer of that subject. Null when none of these, or the message does not ask whether something counts.
 */
function countedInView(text: string, last: FaqEntry | undefined, experience: ExperienceAsked | null): CountedInView | null {
  if (!last || experience === null || ON_EXPERIENCE.has(last.id)) return null;
  const said = normalise(text);
  const thing = THING_COUNTED.exec(said);
  const named = (thing?.[1] ?? thing?.[2])?.trim();
  if (named && !WORK_OR_SELF.test(said)) return ON_STUDY.has(last.id) ? { kind: 'field', thing: named } : { kind: 'notSaid' };
  const own = said.split(' ').filter((word) => word && !STOP_WORDS.has(word) && !ONLY_COUNTING.has(word));
  return own.length === 0 && /\bexperience\b/.test(said) && /\bexperience\b/i.test(last.answer) ? { kind: 'inView' } : null;
}

/** The guide's entry on which degree to study, which names the fields of study it counts. */
const DEGREE_ENTRY = 'degree-fields';

/** Set on a turn whose reply showed an item of the list in view. */
const LIST_ITEM_SHOWN = Symbol('listItemShown');
/** Set when an answer was led by the guide not giving what was asked (a ranking, a time): the turn declined what was asked. */
const ASKED_NOT_GIVEN = Symbol('askedNotGiven');
/** What the guide ties to a place: its pay, licensing, certification, and the professional bodies it names. */
const GUIDE_PLACE_ENTRIES: readonly string[] = Object.freeze(['salary', 'licensing', 'professional-organizations']);
/** Set for a turn whose question is asked in the conversation about the guide (AnswerOptions.inContext). */
const ASKED_IN_CONTEXT = Symbol('askedInContext');
/** The entry in view when the turn's question came: the walk's step on screen, or the last answer. */
const IN_VIEW = Symbol('inView');
/** The entry a turn's reply declined a question about ("the guide gives no figure for that: CCM certification"). */
const DECLINED_ABOUT = Symbol('declinedAbout');

/** Notes that this turn's reply declines a question about the entry, which stays in view for the next message. */
function declinedAbout(context: TurnContext, entry: FaqEntry | undefined): void {
  if (entry) context.turnState.set(DECLINED_ABOUT, entry.id);
}

const menuOf = (deps: DialogDeps, ids: readonly string[] | undefined): FaqEntry[] => (ids ?? []).flatMap((id) => deps.kb.faqById.get(id) ?? []);

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

/** Each turn's reading of the engine, kept while the turn lasts: its readers share each message's question count. */
const TURN_ENGINES = new WeakMap<TurnContext, TurnEngine>();

/** The turn's reading of the engine (knowledge/turnEngine.ts), made on first use. */
function turnEngine(context: TurnContext, deps: DialogDeps): TurnEngine {
  const held = TURN_ENGINES.get(context);
  if (held) return held;
  const made = engineForTheTurn(deps.engine);
  TURN_ENGINES.set(context, made);
  return made;
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
  // "and senior?" after the entry-level pay is senior pay; "who offers it" after the CMC is the CMC (understanding/followUp.ts).
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
  const said = context.activity.text?.includes(text) ? context.activity.text : text;
  // Work the guide names, told beside another question with the experience it describes in view ("i work IN a hospital
  // lol. so can i do it without a degree"): the yes it was owed first, then the question.
  const story = readClauses(said === text ? said : said.replace(text, ' '))
    .filter((clause) => clause.act === 'tells')
    .map((clause) => clause.raw)
    .join('. ');
  const namedBeside = last?.id === EXPERIENCE_ENTRY && story.trim() !== '' && tellsOfCareWork(ownWorkPart(story)) && experienceAsked(text, said) === null ? workNamed(story) : null;
  if (namedBeside) await context.sendActivity(renderText(channelOf(context.activity), Messages.experienceNamed(namedBeside, 'then')));
  // Their own pay told in another currency and weighed ("would i take a pay cut? i'm on £38k"): the guide's figures are
  // in dollars, said first, then those figures, never a guess at the sum's worth in dollars.
  const foreignPay = lastRejected ? null : ownPayInAnotherCurrency(said, text);
  const payTable = foreignPay ? deps.kb.faqById.get(PAY_ENTRY) : undefined;
  if (foreignPay && payTable) {
    await sendLedEntry(context, deps, Messages.beyond.payOwnInAnotherCurrency(foreignPay), payTable);
    return [{ question: text, kind: 'answer', answered: true, entry: payTable, score: 1, alternatives: [] }];
  }
  // What is left of the route for them ("would I be starting from scratch?", "what's left for someone like me?"), or
  // how long it would take them, asked with nothing else named: from what they have told of themselves, as their roadmap
  // would count it (flows/roadmapPlan.ts), never the whole route from zero.
  // Their own start told in the profile: a degree with years in the field, or no degree with work in the field.
  const knownStart = (await deps.profile.get(context))?.about;
  const inFieldJob = knownStart?.job !== undefined && jobById(knownStart.job)?.inField === true && !isStudentJob(knownStart.job);
  const toldStart = {
    // A degree told in a field the guide does not name ("a degree in marketing ... how long would it take me?") counts
    // with no years told: whether it is a related field decides the rest (tester ut27b).
    degree: (knownStart?.education === 'relevant-degree' || knownStart?.education === 'other-degree') && ((knownStart.years ?? 0) > 0 || unnamedFieldTold(said)),
    noDegree: knownStart?.education === 'none' && inFieldJob,
  };
  if (!lastRejected && (asksWhatIsLeft(text) || asksTheirOwnTime(text, toldStart))) {
    const left = await sendWhatIsLeft(context, deps, text);
    if (left) return [left];
  }
  // A certification asked by someone without a degree ("is there a certification I could get without the degree?"):
  // what the guide says of degrees for each certification first, then the answer the words read as.
  const certified = lastRejected ? undefined : certificationWithoutDegree(deps, text, said);
  if (certified) {
    await sendLedEntry(context, deps, Messages.beyond.certificationWithoutDegree, certified);
    return [{ question: text, kind: 'answer', answered: true, entry: certified, score: 1, alternatives: [] }];
  }
  // A degree of theirs asked whether it counts ("I have a bachelor in pedagogy from Poland. does it count?"): what the
  // guide names, and what it does not speak of, before its answer on degrees.
  const degreeCounts = lastRejected ? null : degreeWeighed(text, said, (message) => placeNamed(message, deps.kb) === 'elsewhere');
  const degreesEntry = degreeCounts ? deps.kb.faqById.get(DEGREE_ENTRY) : undefined;
  if (degreeCounts && degreesEntry) {
    // Work told and asked of beside the degree: the guide's names for it, or its plain yes when it names none of it
    // ("an MDiv, and do my years of pastoral counseling count?": never the degree half alone, tester ut28a).
    const careWork = experienceAsked(text, said) === 'care-work';
    const workToo = careWork ? workNamed(said) : null;
    const workLine = workToo ? Messages.experienceNamed(workToo, 'also') : careWork && asksOfWorkToo(text) ? Messages.experienceCounts['care-work'] : undefined;
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
  // Which kind of care manager works with the people or condition named ("which type would cover older folk with
  // dementia", "my patients are diabetic, which kind of care manager works with them?"): that area (tester ut28b).
  const area = lastRejected ? null : areaForThePeople(deps.kb, text, typed);
  const areaEntry = area ? deps.kb.faqById.get(area) : undefined;
  if (areaEntry) {
    await sendEntry(context, deps, areaEntry);
    return [{ question: text, kind: 'answer', answered: true, entry: areaEntry, score: 1, alternatives: [] }];
  }
  // A qualification short of a bachelor's set against the degree ("could i do a TAFE cert IV instead of uni", "would an
  // associate degree be enough?"): the guide speaks of none, so said so, then its route without a degree (tester ut28b).
  const shortOf = lastRejected ? null : shortOfADegreeAsked(text);
  const noDegreeRoute = shortOf ? deps.kb.faqById.get(NO_DEGREE_ENTRY) : undefined;
  if (shortOf && noDegreeRoute) {
    await sendLedEntry(context, deps, Messages.direct.shortOfADegree(shortOf), noDegreeRoute);
    return [{ question: text, kind: 'answer', answered: true, entry: noDegreeRoute, score: 1, alternatives: [] }];
  }
  const beyond = lastRejected ? null : (beyondAsked(said, deps.kb, last) ?? (said !== text ? beyondAsked(text, deps.kb, last) : null));
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
  if (thing) return [await sendThingAsked(context, deps, thing, text)];
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
  // "does looking after my mum count as experience?": whether the guide counts it, then the experience it describes.
  // Read against the answer in view first: after the degrees, "what about nursing, would that count?" asks of a field of
  // study; after the route without a degree, "would all that experience count?" asks what that answer says of it.
  const counted = lastRejected ? null : countedInView(text, last, experienceAsked(text));
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
  const experience = counted ? null : experienceAsked(text, said);
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
    // Not said by the guide, told of health work in the forces or of managing people: what the guide does say of it first.
    // Care work the guide itself names (a place, a first job): the yes with the guide's own reason.
    const named = experience === 'care-work' ? workNamed(said) : null;
    const lead = named ? Messages.experienceNamed(named) : experience !== 'not-said' ? Messages.experienceCounts[experience] : tellsOfMilitaryHealthWork(said) ? Messages.experienceNotSaid.militaryHealth : tellsOfCareSoftware(said) ? Messages.experienceNotSaid.software : tellsOfManaging(said) ? Messages.experienceNotSaid.managing : Messages.experienceCounts[experience];
    await sendLedEntry(context, deps, lead, experienceEntry);
    if (experience === 'care-work' || experience === 'way') return [{ question: text, kind: 'answer', answered: true, entry: experienceEntry, score: 1, alternatives: [] }];
    // Not said by the guide: a decline, noted, with what it does say.
    void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    return [{ question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: [{ id: experienceEntry.id, title: experienceEntry.title, score: 0 }] }];
  }
  // "could I do this with a psych degree?", "is psychology a related field?": whether the guide names it, then what it says.
  // The field may be told in the story before the question ("I study psychology. Does my study count?").
  const field = [directAsk(text), said !== text ? directAsk(said) : null].find((asked) => asked?.kind === 'field') ?? null;
  const degrees = field?.kind === 'field' ? deps.kb.faqById.get(DEGREE_ENTRY) : undefined;
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
    : ((lastRejected ? null : whichAsked(text, last, deps.kb)) ?? followUpEntry(text, last, engine, deps.kb, before, lastRejected) ?? (asking && !lastRejected ? followUpEntry(asking, last, engine, deps.kb, before, lastRejected) : null));
  // "would a doctorate be an option?" after continuing development, "is finding a mentor a good idea?": a thing the
  // answer in view names, asked of as an option, an example or a check: its line, given. Only when no follow-up rule
  // and not the learned choice read the message (they may take it to an answer next to the one in view). Not an aspect the turn reads
  // further on (how often, where, an exact figure), a fact the answer lacks, a level of the ladder; and not the whole answer
  // again when a part of it is what was asked ("is that good money?" after the pay: its figures, read further on).
  const linesOfTheThing = !followUp && !lastRejected && asksOne && last && !askedAspect(asked, deps.kb) && !missingFact(asked, last) && !namesALevel(asked) ? thingOfTheAnswerAsked(asked, last, deps.engine, deps.kb) : null;
  const thingLines = linesOfTheThing && last && linesOfTheThing.length === answerUnits(last).length && partInView(asked, last, deps.kb) ? null : linesOfTheThing;
  if (last && thingLines) {
    await context.sendActivity(renderPartInView(last, { lines: thingLines, closest: true }, deps.kb, channelOf(context.activity), Messages.partGives(last.title)));
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
    quickerRouteNotGiven(text, viewed, deps.kb) ?? (viewed && askedAspect(spelled, deps.kb) ? aspectNotGivenInView(spelled, viewed, lastRejected ? undefined : before, answering(), deps.kb) : null);
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
  for (const asks of ['better', 'difference'] as const) {
    const weighed = await sendWeighing(context, deps, text, asks);
    if (weighed.length > 0) return weighed;
  }
  // "does my daughter need a degree?": words for the person asked for that the engine declines as a personal question.
  const ownWords = answersOf(engine, text, deps.kb);
  const asTheWriter = asWriter && !ownWords.some((answer) => answer.kind === 'answer') ? answersOf(engine, asWriter, deps.kb) : [];
  const read = asTheWriter.some((answer) => answer.kind === 'answer') ? asTheWriter.map((answer) => ({ ...answer, question: text })) : ownWords;
  // Two questions asked one after the other that the engine reads as one ("wat do i major in and how many yrs of school
  // is it", "does my BSW count toward it? or would I need an MSW too"): each answered on its own words.
  const apart = read.length <= 1 ? (askedApart(engine, text, read[0]) ?? read) : read;
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
  const entries = answers.map((answer) => (answer.kind === 'answer' ? answer.entry : null));
  const known = entries.filter((entry): entry is FaqEntry => entry !== null);
  if (known.length === answers.length) {
    const [a, b] = known;
    const weighed = answers.every((answer) => answer.compared) || asksToCompare(text) || WEIGHS_TWO.test(text);
    // Two questions ("how many yrs to senior and what do directors make"): what each asks of its own answer is read in
    // its own words, never in the other's ("how long senior and what do directors make takes").
    const parts = answers.every((answer) => !answer.compared && answer.question !== text);
    if (parts) for (const [i, answer] of answers.entries()) await sendDirectLead(context, deps, answer.question, [known[i]!]);
    else await sendDirectLead(context, deps, text, known);
    const said = shownInReply(context).lines;
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
  if (answered.question !== text) await sendDirectLead(context, deps, answered.question, [answered.entry]);
  await sendEntry(context, deps, answered.entry);
  for (const part of answers) {
    if (part === answered || remarkBeside(part, deps)) continue;
    // "Associate's won't cut it then?" beside "do I need the full bachelor's?": the answer given answers the check too.
    if (part.kind === 'out-of-scope' && part.alternatives.length === 0 && checksAnInference(part.question)) continue;
    if (part.kind === 'no-match' || part.kind === 'out-of-scope') void deps.feedback.recordQuestion(part.question, part.kind, feedbackUserOf(context.activity), context.activity.channelId);
    // A figure the guide does not give ("exact number of supervised hours for the CMC?"): said so, then what it says of
    // the thing asked about (or that it is above), not "the guide doesn't cover" what it covers but for the figure.
    const figure = part.declined === 'no-figure' || askedAspect(part.question, deps.kb)?.aspect === 'exact-figure';
    const about = figure ? deps.kb.faqById.get(part.alternatives[0]?.id ?? '') : undefined;
    if (about) await sendLedEntry(context, deps, Messages.partNoFigure(echoPart(part.question), about.title), about);
    else await context.sendActivity(renderPartNotCovered(part.question, channel));
  }
  return answers;
}

/** A question closing a message after a comma or a stop ("whats the salary, is it higher than staff nurse?"). */
const CLOSING_QUESTION = /[,;?.!]\s+((?:is|are|would|will|does|do|how)\b[^,;?.!]*)[?.!]*\s*$/i;
/** A verb left after the thing weighed against ("than a staff nurse gets"). */
const TRAILING_VERB = /\s+(?:gets|get|makes|make|earns|earn|does|do|is|are|has|have)$/;

/** The question that closes a message, when it weighs the answer in view against another thing. */
function weighedAtTheEnd(text: string): string | null {
  const closing = CLOSING_QUESTION.exec(text)?.[1];
  return closing && weighedAgainstOther(closing) ? closing : null;
}

/**
 * True when a part of a message weighs the answer beside it against a job or thing the guide never describes ("is it
 * higher than staff nurse?", "is it worse than being a nurse?"); not one the guide answers on ("is it more than a
 * director's?", "is it harder than pediatric?").
 */
function weighsAgainstUndescribed(part: string, deps: DialogDeps): boolean {
  const against = weighedAgainstOther(part);
  if (!against) return false;
  const other = against.other.replace(TRAILING_VERB, '');
  if (namesALevel(other)) return false;
  const read = deps.engine.answer(other);
  return !(read.kind === 'answer' && read.entry && titleNames(read.entry, other));
}

/** The guide compares nothing with the thing named: said after the answer to the rest of the message. */
async function sendNotComparedBeside(context: TurnContext, deps: DialogDeps, part: string): Promise<void> {
  const against = weighedAgainstOther(part);
  if (!against) return;
  void deps.feedback.recordQuestion(part, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
  await context.sendActivity(renderText(channelOf(context.activity), Messages.notComparedWith(against.named.replace(TRAILING_VERB, ''))));
}

/**
 * A part of the message beside the question that only tells and names nothing of the guide ("How stressful is the job?
 * Can't be worse than patrol."): a remark the person makes, not a question the guide fails to cover, so it is neither
 * declined nor logged.
 */
function remarkBeside(part: Answer, deps: DialogDeps): boolean {
  return part.kind !== 'answer' && !part.question.includes('?') && clauseActOf(part.question) === 'tells' && !namesTopic(deps.kb, part.question);
}

/**
 * The answers to two questions asked one after the other (understanding/clauses.ts twoQuestionsAsked), when the engine
 * answers each on its own words with a different answer, and what it read in the whole message, if anything, is one
 * of them: the message then asked both. Null otherwise.
 */
function askedApart(engine: TurnEngine, text: string, whole: Answer | undefined): Answer[] | null {
  const parts = twoQuestionsAsked(text);
  if (!parts || parts.some((part) => POINTS_AT_THE_STORY.test(part.trim()))) return null;
  const answers = parts.map((part) => engine.answerAll(part));
  if (answers.some((read) => read.length !== 1)) return null;
  const [one, other] = answers.map((read) => read[0]!);
  if (one?.kind !== 'answer' || other?.kind !== 'answer' || !one.entry || !other.entry || one.entry.id === other.entry.id) return null;
  const wholeEntry = whole?.kind === 'answer' ? whole.entry : null;
  if (wholeEntry && wholeEntry.id !== one.entry.id && wholeEntry.id !== other.entry.id) return null;
  return [one, other];
}

/**
 * The engine's answers to a message, or, when it answers nothing and the message closes with padding ("worth it
 * though?", "do i need a degree for that tho", read as unsure and as another job), to the message without it.
 */
/** Verbs that say nothing of what is asked: "what should I do?", "what do I do now?". */
const LIGHT_VERBS: ReadonlySet<string> = new Set(['do', 'does', 'did', 'doing', 'done', 'get', 'go', 'make', 'think', 'know', 'say', 'tell', 'now', 'then']);

/** A question that asks something without the story around it: a subject or aspect of the guide, or any word that says what. */
function asksOfItsOwn(question: string, kb: KnowledgeBase): boolean {
  if (namesTopic(kb, question) || askedAspect(question, kb)) return true;
  return normaliseText(question).split(' ').some((word) => word.length > 1 && !STOP_WORDS.has(word) && !LIGHT_VERBS.has(word));
}

function answersOf(engine: TurnEngine, text: string, kb: KnowledgeBase): Answer[] {
  // "the number one skill" is read as "the most important skill".
  const answers = engine.answerAll(mostSpelled(text));
  if (answers.some((answer) => answer.kind === 'answer')) return answers;
  const plain = text.replace(CLOSING_PADDING, '');
  const without = plain !== text && /\w/.test(plain) ? engine.answerAll(plain) : [];
  if (without.some((answer) => answer.kind === 'answer')) return without;
  // A question closed by a remark the engine cannot place ("mid level pay? less than my night shift pay prob"): the question.
  const question = questionBeforeRemark(text) ?? questionBeforeStory(text);
  const asked = question ? engine.answerAll(question) : [];
  if (asked.some((answer) => answer.kind === 'answer')) return asked;
  // A question with the asker's story around it that the engine cannot place ("how long would it take me, im 20 and just
  // doing barista work rn"): the question, and what it is asked of, without the story, when it asks something of the
  // guide on its own (a subject or an aspect: "how long"); "what should I do?" after "I get chest pain at work" asks
  // about the story, which the guide does not cover.
  const unstoried = questionWithoutStory(text);
  const alone = unstoried && asksOfItsOwn(unstoried, kb) ? engine.answerAll(unstoried) : [];
  return alone.some((answer) => answer.kind === 'answer') ? alone : answers;
}

/**
 * Words that close a question and say nothing of its subject ("tho", "though", "lol"), or only of its order ("what
 * should I study first?" asks what to study, not the first jobs).
 */
const CLOSING_PADDING = /(?:[\s,]+(?:tho|though|lol|lool|lmao|haha|hahaha|hehe|tbh|ngl|first|first of all|at first|to start with|to begin with|for a start|initially))+(?=[\s?!.]*$)/i;

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
    await sendEntry(context, deps, firstJobs);
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
        const own = asked?.kind === 'duration' ? durationThingEntry(deps.kb, asked) : undefined;
        const ofTheThing = own && asked?.kind === 'duration' && !givesDirectAsk(own, asked) && own.id !== answer.entry.id ? own : undefined;
        // A state reached ("how long does it take to get certified"): the answer on reaching it, after saying the guide
        // gives no time for it, not the 6 to 8 years of becoming a care manager.
        const reached = !ofTheThing && asked?.kind === 'duration' ? stateReachedEntry(deps, asked, answeredId) : undefined;
        if (reached && asked?.kind === 'duration' && asked.thing !== null && !givesDirectAsk(reached, asked) && reached.id !== answer.entry.id) {
          await sendLedEntry(context, deps, `${Messages.direct.durationNotSaid(durationThing(asked.thing))} ${Messages.direct.hereIsWhat}`, reached);
          return { ...answer, entry: reached };
        }
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
      if (context.turnState.get(ASKED_IN_CONTEXT) === true) break;
      void deps.feedback.recordQuestion(question, 'out-of-scope', feedbackUserOf(context.activity), context.activity.channelId);
      await context.sendActivity(renderNotCovered('out-of-scope', channel));
      return answer;
    case 'empty':
      await context.sendActivity(renderNotCovered('empty', channel));
      return answer;
    case 'no-match':
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
  const asked = askedAspect(question, deps.kb);
  const onTheSubject = asked && LACKS_SAID_PLAINLY.has(asked.aspect) ? subjectOf(asked, question, nearby, deps) : [];
  if (asked && onTheSubject.length > 0) {
    declinedAbout(context, onTheSubject[0]);
    await context.sendActivity(renderAspectNotGiven(asked, onTheSubject, channel));
    return answer;
  }
  await context.sendActivity(nearby.length > 0 ? renderNearby(nearby, channel) : renderNotCovered('no-match', channel));
  return answer;
}

/**
 * Where (or how often) asked of an answer that does not give it, when an answer next to it does ("healthcare assistant,
 * where would i do that" after the first jobs: the places the guide says experience is gained): said so, then those
 * lines. `named`: the thing asked of, when it is an item of the subject's list. Returns the answer whose lines were
 * shown, which is now in view; undefined when none gives it.
 */
async function sendAspectNextDoor(context: TurnContext, deps: DialogDeps, asked: AskedAspect, about: readonly FaqEntry[], named?: string): Promise<FaqEntry | undefined> {
  const words = Messages.aspectWords[asked.aspect];
  const [subject, ...others] = about;
  const nextDoor = words && subject ? others.map((entry) => ({ entry, lines: linesGiving(entry, asked, true) })).find(({ lines }) => lines.length > 0) : undefined;
  if (!words || !subject || !nextDoor) return undefined;
  await context.sendActivity(renderAspectNextDoor(words, subject, nextDoor.entry, nextDoor.lines, channelOf(context.activity), named));
  await rememberAnswered(context, deps, nextDoor.entry.id);
  return nextDoor.entry;
}

/** The engine's reading of a thing named in a ranking, sure enough to show that thing's answer after saying the guide does not rank it. */
const RANKED_THING_SCORE = 0.6;

/**
 * A ranking the guide never makes (rankingAsked): said so and noted; then, when the message names one thing next to the
 * answer in view ("is geriatric the one with the most jobs?" after the specialisations), that thing's answer, so the
 * person sees what the guide does say of it; else the answer in view and those around it, as buttons.
 */
async function sendRankingNotGiven(context: TurnContext, deps: DialogDeps, text: string, criterion: string, last: FaqEntry, answering: readonly FaqEntry[]): Promise<Answer> {
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

/** Words that join a second question to the first ("and", "also"): no part of what it asks. */
const JOINING = /^(?:and|also|plus|n|&)\s+/i;

/**
 * The two questions of a message, when one of them asks what the guide covers only at its edges and the other asks
 * something else (knowledge/beyondGuide.ts); null for one question, or two that ask the same kind of thing beyond it.
 */
function partsBeyond(deps: DialogDeps, text: string, last: FaqEntry | undefined): Array<{ part: string; beyond: BeyondAsked | null }> | null {
  const [first, second] = questionParts(text)[0] ?? [];
  if (!first || !second) return null;
  const parts = [first, second.replace(JOINING, '')];
  // A part that names a place and points back ("which certificate do I need? and is it accepted in Germany?") asks it
  // of what the other part names: read with that part's words.
  const read = parts.map((part, i) => ({
    part,
    beyond: beyondAsked(part, deps.kb, last) ?? (placeNamed(part, deps.kb) === 'elsewhere' ? beyondAsked(`${part} ${parts[1 - i]}`, deps.kb, last) : null),
  }));
  // A part that asks one thing and tells another ("is it stressful. i get paid in pounds"): what it tells belongs to
  // the other part when that part asks of it ("whats the pay like"), and this part asks only its question.
  for (const [i, one] of read.entries()) {
    const other = read[1 - i]!;
    const sentences = one.part.split(/(?<=[.!?])\s+/).filter((sentence) => normalise(sentence) !== '');
    const asking = sentences.filter((sentence) => clauseActOf(sentence) === 'asks');
    const told = sentences.filter((sentence) => clauseActOf(sentence) === 'tells');
    if (!one.beyond || other.beyond || asking.length === 0 || told.length === 0 || beyondAsked(asking.join(' '), deps.kb, last)) continue;
    const moved = beyondAsked(`${other.part} ${told.join(' ')}`, deps.kb, last);
    if (!moved) continue;
    read[1 - i] = { part: other.part, beyond: moved };
    read[i] = { part: asking.join(' '), beyond: null };
  }
  const kinds = read.map((one) => one.beyond?.kind);
  return kinds.some((kind) => kind !== undefined) && kinds[0] !== kinds[1] ? read : null;
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

/**
 * Two things weighed in a way the guide never weighs them (knowledge/comparison.ts), when the engine reads the message
 * as one answer or none: whether they are the same ("is a case manager the same as a care manager?") or which is better
 * ("should i study nursing or go straight into a coordinator job?"), said plainly and noted, then what the guide says
 * of each side by side (or the one answer that covers both); what sets them apart ("what does the CMC cover that the
 * CCM doesn't?"), both side by side, the guide describing each on its own. One side the guide has no answer on ("care
 * manager vs social worker"): said so, then the other's answer beside the lines that name it. Which is better read as
 * one answer for both is left to the engine and the direct lead ("The guide doesn't rank them").
 */
async function sendWeighing(context: TurnContext, deps: DialogDeps, message: string, asks: Weighing['asks']): Promise<Answer[]> {
  // The question after a story or a remark ("My field supervisor is a care manager. What's the actual difference
  // between a care manager and a social worker?") is read on its own, the engine's reading too; unless the whole
  // message asks two things the engine answers.
  // "how is this different from being a therapist": "this" is the career, read only when the other side is a thing the
  // guide has no answer on (sendWeighingInPassing).
  const text = weighedPart(message) ?? weighedPart(message, true);
  if (text === null || (weighingAsked(text) ?? weighingAsked(text, true))?.asks !== asks) return [];
  const answersIn = (said: string) => turnEngine(context, deps).answerAll(said).filter((answer) => answer.kind === 'answer').length;
  if (text !== message && answersIn(message) > 1) return [];
  if (answersIn(text) > 1) return [];
  const first = turnEngine(context, deps).answerAll(text)[0] ?? deps.engine.answer(text);
  const weighing = readWeighing(text, deps.engine, first, deps.kb);
  if (!weighing) return sendWeighingInPassing(context, deps, text, first);
  const [a, b] = weighing.entries;
  const [one, other] = weighing.sides.map((side) => asWritten(side, text));
  const oneAnswer = a.id === b.id;
  // One answer for both that weighs them itself (the bachelor's or the master's) or ranks one over the other answers it.
  // Two names for one thing ("a placement or an internship") ask no ranking.
  if (oneAnswer && weighing.asks === 'better' && (isChoiceBetweenTwo(a) || givesDirectAsk(a, { kind: 'better' }) || namesOneThing(deps, text, [a]))) return [];
  const shown = oneAnswer ? [a] : [a, b];
  const answered = shown.map((entry): Answer => ({ question: text, kind: 'answer', answered: true, entry, score: 1, alternatives: [] }));
  const channel = channelOf(context.activity);
  // Which is better, the guide ranking neither: what was asked it does not answer, a decline with what it says of both.
  const notRanked = weighing.asks === 'better' && !shown.some((entry) => givesDirectAsk(entry, { kind: 'better' }));
  if (weighing.asks === 'difference') await context.sendActivity(renderText(channel, oneAnswer ? Messages.weighing.apartInOne : Messages.weighing.apart));
  else {
    // What is asked (the sameness, the ranking) the guide does not answer: noted, with what it says of both.
    void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    const said = weighing.asks === 'same' ? Messages.weighing.notSame(one, other) : Messages.weighing.notRanked(one, other);
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
  if (named.lines.length === 0) {
    // A side the guide never names ("care manager vs a nurse practitioner"): said so, then what it says of the other.
    await sendLedEntry(context, deps, Messages.weighing.notDescribed(asWritten(answered.side, text), asWritten(named.side, text)), answered.entry);
    return [{ question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: [{ id: answered.entry.id, title: answered.entry.title, score: 0 }] }];
  }
  await context.sendActivity(renderText(channel, Messages.weighing.inPassing(asWritten(answered.side, text), asWritten(named.side, text))));
  await context.sendActivity(renderSideBySideNamed(answered.entry, named.side, named.lines, channel));
  await rememberAnswered(context, deps, answered.entry.id);
  // What was asked (the two weighed) the guide does not answer: a decline, with what it says of each.
  const shown = [answered.entry, ...named.lines.map((line) => line.entry)];
  return [{ question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: shown.map((entry) => ({ id: entry.id, title: entry.title, score: 0 })) }];
}

/** The first two entries of a kind among those weighed or in view, in their order; none when no two are of a kind. */
function siblingPair(entries: readonly FaqEntry[], deps: DialogDeps): FaqEntry[] {
  for (const [index, one] of entries.entries()) {
    const other = entries.slice(index + 1).find((entry) => areSiblings(one, entry, deps.kb));
    if (other) return [one, other];
  }
  return [];
}

/**
 * The other thing a question weighs against the entry answered, when each side alone reads as one of two entries of a
 * kind ("is the cmc harder to get than the ccm": the CMC and the CCM); undefined when it asks no weighing, or a side
 * reads as nothing, as the same entry, or as one of another kind.
 */
function otherSideWeighed(deps: DialogDeps, question: string, entry: FaqEntry): FaqEntry | undefined {
  if (directAsk(question)?.kind !== 'better') return undefined;
  const sides = weighedSides(question.trim());
  if (!sides) return undefined;
  const read = sides.map((side) => deps.engine.answer(side)).map((side) => (side.kind === 'answer' ? side.entry : null));
  const other = read.find((side) => side !== null && side.id !== entry.id);
  return other && read.some((side) => side?.id === entry.id) && areSiblings(entry, other, deps.kb) ? other : undefined;
}

/** A state one reaches, said as a past participle ("certified", "licensed", "qualified"). */
const STATE_REACHED = /^[a-z]{4,}ed$/;
/** The letters of a state's word that its answers' titles share ("certif" in "certified" and "CCM certification"). */
const STATE_STEM = 6;

/**
 * The guide's answer on reaching a state whose time is asked ("how long does it take to get certified"): of the answers
 * whose titles name it (CCM certification, CMC certification, Certifications ...), the one in view, else the one the
 * state's word alone reads as. Undefined for a route, the career itself, or a word no title names.
 */
function stateReachedEntry(deps: DialogDeps, asked: Extract<DirectAsk, { kind: 'duration' }>, answeredId: string | undefined): FaqEntry | undefined {
  const word = asked.thing;
  if (!asked.taken || asked.without !== undefined || asked.having !== undefined || asked.of.length !== 1 || word === null || !STATE_REACHED.test(word)) return undefined;
  const start = word.slice(0, STATE_STEM);
  const titled = deps.kb.faqs.filter((entry) => normalise(entry.title).split(' ').some((titleWord) => titleWord.startsWith(start)));
  const inView = titled.find((entry) => entry.id === answeredId);
  if (inView) return inView;
  const read = deps.engine.answer(word);
  return read.kind === 'answer' && read.entry && titled.includes(read.entry) ? read.entry : undefined;
}

/** The physical side of this work, asked in a few words: on topic, though the guide says nothing of it. */
const isPhysicalOfTheJob = (asked: DirectAsk | null): boolean => asked?.kind === 'physical' && asked.ofTheJob;

/** The entries on what the work is like, offered when the guide says nothing of how physical it is. */
const THE_WORK: readonly string[] = ['daily-duties', 'work-environment', 'stressful', 'where-they-work', 'work-hours'];

/**
 * What the guide says on the subject of a detail it lacks: the entry the question's other words ask ("can i study ...
 * part time": what to study) rather than the entries that merely share a word with it ("time"); for an age, which the
 * guide never speaks of, the route into the career; else the entries nearby, if any.
 */
function subjectOf(asked: AskedAspect, question: string, nearby: readonly FaqEntry[], deps: DialogDeps): FaqEntry[] {
  const subject = asked.others && asked.others.length > 0 ? deps.engine.answer(asked.others.join(' ')) : undefined;
  if (subject?.kind === 'answer' && subject.entry) return [subject.entry];
  if (asked.aspect === 'age' && (nearby.length > 0 || question.trim().split(/\s+/).length <= SHORT_AGE_QUESTION)) {
    return AGE_SUBJECT.flatMap((id) => deps.kb.faqById.get(id) ?? []);
  }
  return [...nearby];
}

/** An age asked in so few words that it can only be asked of the career in view ("too late at 42?"). */
const SHORT_AGE_QUESTION = 6;

/** The details a question may ask that are read surely enough to name in a decline: a place, a cost, an age, a rate... */
const LACKS_SAID_PLAINLY: ReadonlySet<AskedAspect['aspect']> = new Set(['place', 'cost', 'pay-unit', 'tax', 'age', 'difficulty', 'exact-figure', 'mode']);

/**
 * The reply to what a turn asks of a thing the guide answers in part: the thing's own entry; pay by level only, for
 * specialisations; or, for a certification, what the guide says of pay before its answer on the benefits.
 */
async function sendThingAsked(context: TurnContext, deps: DialogDeps, thing: ThingAsked, text: string): Promise<Answer> {
  const channel = channelOf(context.activity);
  switch (thing.kind) {
    case 'entry':
      await sendEntry(context, deps, thing.entry);
      return { question: text, kind: 'answer', answered: true, entry: thing.entry, score: 1, alternatives: [] };
    case 'payOfCertification':
      await sendLedEntry(context, deps, Messages.certificationPay, thing.entry);
      return { question: text, kind: 'answer', answered: true, entry: thing.entry, score: 1, alternatives: [] };
    case 'payOfAreas': {
      void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
      await context.sendActivity(renderPayByLevelOnly(thing.areas, deps.kb, channel));
      const offered = thing.areas.flatMap((area) => deps.kb.faqById.get(area.faqId) ?? []);
      return { question: text, kind: 'no-match', declined: 'no-figure', answered: false, entry: null, score: 0, alternatives: offered.map((entry) => ({ id: entry.id, title: entry.title, score: 0 })) };
    }
  }
}

/** The guide's answer on who the career suits, and the answers near an age it never speaks of. */
const FIT_ENTRY = 'right-for-me';
/** The guide's answer on the route without a degree. */
const NO_DEGREE_ENTRY = 'without-degree';
/** The guide's answer on communication, which it calls paramount. */
const COMMUNICATION_ENTRY = 'communication';
/** Counted towards something ("count towards mid-level"), not experience of a level's job ("my supervisor experience"). */
const TOWARDS = /\btowards?\b/i;
/** The first rung's pay, the pay at the start of the career. */
const STARTING_PAY_ENTRY = 'salary-entry';
/** The guide's first jobs on the way to care management. */
const FIRST_JOBS_ENTRY = 'entry-level-jobs';
/** The entries on one level of the ladder: its pay or its role. */
const LEVEL_ENTRY = /^(?:salary-|junior-care-manager$|senior-care-manager$|director-roles$)/;
/** The guide's answer on a bachelor's and a master's: what it says of studying more. */
const DEGREES_ENTRY = 'bachelors-or-masters';
/** The guide's answers nearest a qualification from another country: licensing (which "varies from country to country"), the degree. */
const QUALIFICATION_ENTRIES = ['licensing', 'degree-fields', 'what-is-needed'];
/** The guide's answer on certifications, and the entries on one certification or on certifying. */
const CERTIFICATIONS_ENTRY = 'certifications';
const CERTIFICATION_ENTRY = /^(?:certification|ccm$|cmc$)/;
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
      return declined(Messages.beyond.foreignQualification, menuOf(deps, QUALIFICATION_ENTRIES));
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

/** Pay weighed between the two things in view ("which one pays more"). */
const WEIGHS_PAY = /\b(?:pays?|paid|earns?) (?:more|less|better)\b|\b(?:better|worse) paid\b/i;
/** A pointer at the thing in view, in a short message ("do they pay", "is that one paid"). */
const POINTS_AT_A_THING = /^(?=(?:\S+\s+){0,6}\S+$).*\b(?:it|its|they|them|their|that|this|those|these|one|ones)\b/i;
/** A title that names people or the career itself, whose pay the guide gives ("Senior care manager", "Career path"). */
const NAMES_A_ROLE = /\b(?:care manager|director|vice president|role|job|career|level|beyond)\b/i;
/**
 * People earning, not a thing paying: "what do they earn" after the daily duties, "their salary" after the skills ask the
 * career's pay (the duties and skills earn nothing), where "do they pay" after internships asks the thing's.
 */
const PEOPLE_EARN = /\b(?:they|you|we|i)\s+(?:\w+\s+)?(?:earn|earning)\b|\btheir (?:salary|salaries|wages?|earnings)\b/i;
/** An entry that speaks of pay at all (not "to earn it", a certification). */
const SPEAKS_OF_PAY = /[$£€]\s?\d|\b(?:pay|salary|salaries|wage|wages|income|money|earnings|earning)\b/i;

/**
 * The things in view that a short message asks the pay of when the guide gives them none: the last answer's subject
 * ("do they pay" after internships), or the two answers before it when pay is weighed ("which one pays more" after two
 * specialisations). Each must be a thing (a noun phrase, not a role or the career) whose entry never speaks of pay.
 */
function unpaidInView(text: string, last: FaqEntry | undefined, before: FaqEntry | undefined): FaqEntry[] {
  // "what does it pay starting out" names the level whose pay is asked, not the thing in view.
  if (!last || !asksPay(text) || !POINTS_AT_A_THING.test(text.trim()) || namesALevel(text) || PEOPLE_EARN.test(text)) return [];
  const things = WEIGHS_PAY.test(text) && before && before.id !== last.id ? [before, last] : [last];
  // A plural pointer needs a plural thing: "they" after leadership are people, not the leadership skills.
  const plural = PLURAL_POINTER.test(text) && !POINTS_AT_ONE.test(text);
  return things.every((entry) => isNounPhrase(entry.title) && !NAMES_A_ROLE.test(entry.title) && !SPEAKS_OF_PAY.test(entry.answer) && (!plural || PLURAL_TITLE.test(entry.title))) ? things : [];
}

/** Pointers at several things ("are they paid?"), and at one ("is it paid?", "that one"). */
const PLURAL_POINTER = /\b(?:they|them|their|those|these|ones)\b/i;
const POINTS_AT_ONE = /\b(?:it|its|that|this|one)\b/i;
/** A title naming several of a thing ("Internships", "Soft skills"), not one ("Leadership"). */
const PLURAL_TITLE = /[a-z]s$/i;

/** "care manager(s)", "case management", "care coordinator": the question is about this career. */
const NAMES_THE_CAREER = /\b(?:care|case) (?:manag|coordinat)/i;

/** A short message that points back to the last answer's subject ("how much does it cost?", "which laws exactly?"). */
const POINTS_BACK_BRIEFLY = /^(?=(?:\S+\s+){0,6}\S+$).*\b(?:it|its|that|this|those|these|they|them|their|there)\b/i;

/** Words that point at the answer in view ("is that good money?", "what do they do"); "it" as often opens a question of its own. */
const POINTS_AT_THE_ANSWER = /\b(?:that|this|those|these|they|them|their|there)\b/i;

/** True when a reply gave the person something from the guide: an answer, or suggestions to pick from. */
export function placed(answers: readonly Answer[]): boolean {
  return answers.some((answer) => answer.kind === 'answer' || ((answer.kind === 'ambiguous' || answer.kind === 'no-match') && answer.alternatives.length > 0));
}

/**
 * An item picked from the list the last answer showed that has no answer of its own ("the second one" after the career
 * path): its words in the list, which are all the guide says of it; a question asked of it is declined plainly.
 */
async function sendListItem(context: TurnContext, deps: DialogDeps, picked: PickedItem, list: FaqEntry, question: string): Promise<Answer> {
  // Where to do it, asked of an item the list's neighbours say where of ("the healthcare assistant one, where do i do it").
  const asked = picked.asksMore ? askedAspect(question, deps.kb) : null;
  const nextDoor = asked ? await sendAspectNextDoor(context, deps, asked, [list, ...list.related.flatMap((id) => deps.kb.faqById.get(id) ?? [])], picked.item.head) : undefined;
  if (nextDoor) return { question, kind: 'answer', answered: true, entry: nextDoor, score: 1, alternatives: [] };
  context.turnState.set(LIST_ITEM_SHOWN, true);
  await context.sendActivity(renderListItem(picked.item, list, picked.asksMore, deps.kb, channelOf(context.activity)));
  const offered = [{ id: list.id, title: list.title, score: 0 }];
  if (!picked.asksMore) return { question, kind: 'answer', answered: true, entry: list, score: 1, alternatives: [] };
  void deps.feedback.recordQuestion(question, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
  return { question, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: offered };
}

/**
 * A number typed after an answer that showed a list ("3", "number 2"): that item, as "the third one" would be (of the
 * list before it, when the last answer was an item of that); after an answer with no list, that related question's
 * button; after a reply that offered buttons instead of an answer, that button. False when there is nothing to pick.
 */
export async function sendNumberedItem(context: TurnContext, deps: DialogDeps, position: number, menu?: readonly string[]): Promise<boolean> {
  // After a reply that offered buttons instead of an answer, the number is a button's.
  const offered = menuOf(deps, menu)[position - 1];
  if (offered) {
    await sendEntry(context, deps, offered);
    return true;
  }
  const lastId = await deps.lastAnswered.get(context);
  const last = lastId ? deps.kb.faqById.get(lastId) : undefined;
  const beforeId = await deps.answeredBefore.get(context);
  const list = listInView(last, beforeId ? deps.kb.faqById.get(beforeId) : undefined, deps.engine, deps.kb);
  const item = list ? itemOfList(list, position, deps.engine, deps.kb) : null;
  // An answer that showed no list: the number is one of its related questions' buttons.
  const button = last && list === last && listItemsOf(last).length === 0 ? deps.kb.faqById.get(last.related[position - 1] ?? '') : undefined;
  if (button) await sendEntry(context, deps, button);
  else if (!list || !item) return false;
  else if (item.entry) await sendEntry(context, deps, item.entry);
  else await sendListItem(context, deps, { item, asksMore: false, reading: item.head }, list, String(position));
  return true;
}

/**
 * The answer to a question, unless it is the answer just given: a follow-up it already answers gets the part of it that
 * comes closest and says that is all the guide says, never the same answer again word for word. The same question
 * asked again in its own words ("which certification should I get?" once a specialisation is chosen) gets the answer.
 */
async function sendEntryOrPart(context: TurnContext, deps: DialogDeps, entry: FaqEntry, question: string, answeredId: string | undefined): Promise<FaqEntry> {
  // The answer in view narrowed to a thing another answer is named for, which it only mentions ("which certificate is
  // needed for psychiatric care management?" after it): what it says of that, then that answer in short, not itself again.
  const narrowed = entry.id === answeredId ? narrowedTo(question, entry, deps.kb) : null;
  if (narrowed) {
    await context.sendActivity(renderSaidOfSubject(entry, narrowed.general, { own: narrowed.own, inGeneral: [] }, channelOf(context.activity)));
    await rememberAnswered(context, deps, narrowed.general.id);
    return narrowed.general;
  }
  const led = await sendDirectLead(context, deps, question, [entry]);
  if (entry.id !== answeredId || (!POINTS_AT_THE_ANSWER.test(question) && deps.engine.answer(question).entry?.id === entry.id)) {
    await sendEntryNotAgain(context, deps, entry, question);
    return entry;
  }
  // After a line saying what the guide does not give, the part follows with no second lead; a part that gives what was
  // asked ("5+ years of experience" for how many years to senior) is led plainly, never as "it says no more".
  const part = partInView(question, entry, deps.kb);
  // Asked of something the answer in view never says and only another answer does ("do they ever work with schools?"
  // after who they work with): that answer's lines, said to be from it, rather than "all the guide says".
  const elsewhere = !part.closest && !led ? saidElsewhere(question, entry, deps.kb) : null;
  if (elsewhere) {
    await context.sendActivity(renderPartInView(elsewhere.entry, { lines: elsewhere.lines, closest: true }, deps.kb, channelOf(context.activity), Messages.saidUnder(elsewhere.entry.title)));
    await rememberAnswered(context, deps, elsewhere.entry.id);
    return elsewhere.entry;
  }
  const asked = directAsk(question);
  // A thing added to the answer in view that a line of it names ("what about patience?" after the key skills): that line, given.
  const gives = (asked !== null && givesDirectAsk({ ...entry, answer: part.lines.join('\n') }, asked)) || (part.closest && (addsAThing(question) || part.gives));
  await context.sendActivity(renderPartInView(entry, part, deps.kb, channelOf(context.activity), led ? '' : gives ? Messages.partGives(entry.title) : undefined));
  return entry;
}

/**
 * What the question asks of its subject beside the subject itself, said first when the answer does not give it ("The
 * guide doesn't say how hard the CCM exam is.", "The guide doesn't rank them."): one plain line before the answer.
 * A field of study is answered on its own (sendFieldAsked). True when a line was sent.
 */
async function sendDirectLead(context: TurnContext, deps: DialogDeps, question: string, entries: readonly FaqEntry[]): Promise<boolean> {
  const asked = directAsk(question);
  // An age, which the guide never speaks of ("I'm 52, is it too late for me?"): said so before the answer.
  if (!asked && ageAsked(question)) {
    await context.sendActivity(renderText(channelOf(context.activity), Messages.beyond.ageLead));
    return true;
  }
  if (asked?.kind === 'duration') {
    const inViewId: unknown = context.turnState.get(IN_VIEW);
    const inView = typeof inViewId === 'string' ? deps.kb.faqById.get(inViewId) : undefined;
    // "how long would it take me then" right after the route without a degree asks it of that route.
    const routeInView = asked.without === undefined && asked.having === undefined && asked.of.length === 0 && inView && !entries.includes(inView) ? ROUTE_WITHOUT.exec(inView.title)?.[1] : undefined;
    const read = routeInView ? { ...asked, without: routeInView.toLowerCase() } : asked;
    const route = routeInView ? inView : read.without !== undefined ? deps.engine.answer(`without ${read.without}`).entry ?? undefined : undefined;
    const lead = durationLead(read, deps.kb, entries, inView, route);
    if (lead) await context.sendActivity(renderText(channelOf(context.activity), lead));
    if (lead) noteLinesQuoted(context, lead);
    // Led by the guide not giving the time asked ("how long is the extra training?"), with no time in what is shown: what
    // was asked is not answered.
    const timeNotGiven = read.thing !== null && lead?.startsWith(Messages.direct.durationNotSaid(durationThing(read.thing))) === true;
    if (timeNotGiven && !entries.some((entry) => givesDirectAsk(entry, read))) context.turnState.set(ASKED_NOT_GIVEN, true);
    return lead !== null;
  }
  // The physical side is said to be missing only before an answer on the work itself; elsewhere it would be off the point.
  // An either-or of two names for one thing ("a placement or an internship") asks no ranking.
  const offThePoint = (asked?.kind === 'physical' && !entries.every((entry) => THE_WORK.includes(entry.id))) || (asked?.kind === 'better' && asked.criterion === undefined && namesOneThing(deps, question, entries));
  const lead = asked && asked.kind !== 'field' && !offThePoint ? directLead(asked, entries, asked.kind === 'requirements' || asked.kind === 'most' ? saidNextDoor(deps, asked, entries) : undefined) : null;
  if (lead) await context.sendActivity(renderText(channelOf(context.activity), lead));
  if (lead) noteLinesQuoted(context, lead);
  // Led by the guide not ranking what was asked ("which of them is the better one?"): what was asked is not answered.
  if (lead && asked?.kind === 'better') context.turnState.set(ASKED_NOT_GIVEN, true);
  return lead !== null;
}

/**
 * What was asked of one answer, given by an answer the guide relates to it: what one needs for the CMC beside the CCM
 * ("what do I need to qualify for it" after the CCM), the skill it singles out beside the key skills ("whats the most
 * important skill": communication, two steps away). Undefined for more than one answer, or when none near it gives it.
 */
function saidNextDoor(deps: DialogDeps, asked: DirectAsk, entries: readonly FaqEntry[]): SaidNextDoor | undefined {
  const [entry, ...more] = entries;
  if (!entry || more.length > 0) return undefined;
  const relatedOf = (of: FaqEntry) => of.related.flatMap((id) => deps.kb.faqById.get(id) ?? []);
  // The answers it relates, then theirs (the key skills, the soft skills, then communication).
  const near = relatedOf(entry);
  const around = [...new Map([...near, ...near.flatMap(relatedOf)].map((other) => [other.id, other])).values()].filter((other) => other.id !== entry.id);
  return around.map((other) => ({ entry: other, lines: linesSaying(other, asked) })).find(({ lines }) => lines.length > 0);
}

/** An entry on a route without something ("Without a degree"): what it is without. */
const ROUTE_WITHOUT = /^without (.+)$/i;

/** The two sides of an either-or, a few words each ("should i do a placement or an internship"). */
const EITHER_OR = /((?:[\w']+\s+){0,2}[\w']+)\s+or\s+((?:[\w']+\s+){0,2}[\w']+)/i;

/**
 * True when the two sides of the question's either-or are two names for one thing (the lexicon's words that mean the
 * same: "placement", "internship", "practicum"), answered by one entry: a choice of words, not two things to rank.
 */
function namesOneThing(deps: DialogDeps, question: string, entries: readonly FaqEntry[]): boolean {
  const sides = EITHER_OR.exec(question.toLowerCase().replace(/[?!.,]+/g, ' '));
  if (entries.length !== 1 || !sides) return false;
  // The first side ends on its name, the second starts with it ("placement or internship while I'm studying").
  const groupOf = (side: string, first: boolean): number => {
    const words = side.split(/\s+/).filter((word) => !/^(?:a|an|the)$/.test(word));
    const ends = first ? [words.slice(-2).join(' '), words.at(-1) ?? ''] : [words.slice(0, 2).join(' '), words[0] ?? '', words.slice(-2).join(' '), words.at(-1) ?? ''];
    return deps.kb.lexicon.synonyms.findIndex((group) => ends.some((end) => group.includes(end)));
  };
  const group = groupOf(sides[1]!, true);
  return group >= 0 && group === groupOf(sides[2]!, false);
}

/**
 * A field of study asked of ("is psychology a related field?"): whether the guide's degrees name it, then the engine's
 * answer when it is one on study, else the degrees. A field the guide does not name is a question it does not answer,
 * noted as one, with what it says.
 */
async function sendFieldAsked(context: TurnContext, deps: DialogDeps, text: string, field: { kind: 'field'; field: string }, degrees: FaqEntry): Promise<Answer> {
  return sendDegreeWeighed(context, deps, text, { field: field.field, named: givesDirectAsk(degrees, field), abroad: false, associate: false, studyAgain: false }, degrees);
}

/**
 * A degree of the writer's asked whether it counts (understanding/experienceCounts.ts `degreeWeighed`): yes for a field
 * the guide names; for any other, that it names a related field with no list; then what it does not speak of (degrees
 * from other countries, associate degrees), and its answer on degrees.
 */
async function sendDegreeWeighed(context: TurnContext, deps: DialogDeps, text: string, weighed: DegreeWeighed, degrees: FaqEntry, workToo?: string): Promise<Answer> {
  // The engine's answer when it is on degrees themselves ("bachelor's or master's?"); a degree held is never the route
  // without one, nor all that is needed.
  const read = deps.engine.answer(text);
  const entry = read.kind === 'answer' && read.entry && ON_DEGREES.has(read.entry.id) ? read.entry : degrees;
  // Work told and weighed beside the degree ("a BSW and 5 years in a hospital, does that count?"): its yes too.
  const where = weighed.field === null ? 'usual' : (fieldNamedByGuide(weighed.field) ?? 'usual');
  // A field that is also work the guide asks experience in ("does my counseling background count?"): that first, then
  // what it says is needed, which names that experience (tester ut28a).
  const asWork = weighed.field !== null && !weighed.named && !weighed.abroad ? workOfTheField(weighed.field) : null;
  const needed = asWork ? deps.kb.faqById.get(NEEDED_ENTRY) : undefined;
  if (asWork && needed && weighed.field !== null) {
    await sendLedEntry(context, deps, Messages.direct.fieldAsWork(weighed.field, asWork, namedIn(degrees)), needed);
    return { question: text, kind: 'answer', answered: true, entry: needed, score: 1, alternatives: [] };
  }
  await sendLedEntry(context, deps, Messages.direct.degreeWeighed(weighed, namedIn(degrees), workToo, where), entry);
  if (weighed.named && !weighed.abroad && !weighed.associate) return { question: text, kind: 'answer', answered: true, entry, score: 1, alternatives: [] };
  void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
  return { question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: [{ id: entry.id, title: entry.title, score: 0 }] };
}

/** Work or experience asked of in the question itself ("and would my years of counseling count as experience?"). */
function asksOfWorkToo(text: string): boolean {
  return /\b(?:experience|years|work|job)\b/.test(normalise(text));
}

/** The guide's answer on what is needed, which names the experience employers ask for. */
const NEEDED_ENTRY = 'what-is-needed';

/**
 * A field that is also work the guide asks experience in (case management, counseling, healthcare delivery): the first
 * job it names for it, or '' when it names none; null when the field is no such work.
 */
function workOfTheField(field: string): string | null {
  const said = normalise(field);
  if (/\bcounsel\w*/.test(said)) return 'counselor';
  if (/\b(?:case management|case work|care coordination)\b/.test(said)) return 'care coordinator or case manager';
  return /\bhealth ?care delivery\b/.test(said) ? '' : null;
}

/** The entries on degrees themselves. */
const ON_DEGREES: ReadonlySet<string> = new Set([DEGREE_ENTRY, 'bachelors-or-masters', 'courses']);

/** The entries on study, which answer a field of study asked of as they stand. */
const ON_STUDY: ReadonlySet<string> = new Set([DEGREE_ENTRY, 'what-is-needed', 'without-degree', 'bachelors-or-masters', 'courses']);
