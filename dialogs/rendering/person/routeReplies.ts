/**
 * The steps of the chain (answerTurn.ts) on the route into the career: a certification held or to start with, the
 * degree turned down or short of, the order of things, what is worth paying for, their own route and what is left of it,
 * "how do i become one", moving up.
 */
import { type Answer } from '../../../knowledge/answerEngine';
import { asksAnotherWayIn, degreeTurnedDown, timeAskedDespiteDegree } from '../../understanding/person/degreeTurnedDown';
import { MOVING_UP_ENTRY, movingUpAsked } from '../../understanding/questions/movingUpAsked';
import { twoQuestionsAsked } from '../../understanding/core/clauses';
import { certificationHeldAsked } from '../../understanding/person/certificationHeld';
import { shortOfADegreeAsked } from '../../understanding/person/experienceCounts';
import { ownRoutePart } from '../../understanding/person/ownRouteAsked';
import { orderAsked } from '../../understanding/questions/orderAsked';
import { certificationFirstAsked, certificationFirstAskedOfTheView, certificationSkipped, certificationToStartWithInView, startOfTheAnswer } from '../../understanding/questions/startWithAsked';
import { sendOrderNotSet } from '../questions/orderReplies';
import { CERTIFICATION_WORTH_ENTRY, gainOfTheCertificationAsked, MEMBERSHIP_ENTRY, worthPayingAsked } from '../../understanding/questions/worthPayingAsked';
import { peersToMeetAsked } from '../../understanding/questions/membershipAsked';
import { COURSES_ENTRY, schoolSubjectsAsked } from '../../understanding/questions/schoolSubjectsAsked';
import { Messages } from '../core/messages';
import type { TurnContext } from 'botbuilder';
import type { DialogDeps, KnownAboutYou, UserProfile } from '../../deps';
import { roadmapFirstStep, toldFirstStep } from '../../flows/roadmapDialog';
import { askButton, channelOf, flowButton, withButtons } from '../core/cards';
import { menuOf } from '../../turnState';
import { isUnnamedJob, jobById } from '../../understanding/person/aboutYou';
import { ownStartAsked } from '../../understanding/person/ownStartAsked';
import { answeredWith, sendAnswered, sendLedAnswered, sendLedEntry } from '../core/entryReplies';
import { sendCaseWeighed } from './caseWeighedReplies';
import { howToBecomeAsked } from '../../understanding/questions/howToBecomeAsked';
import { experienceOfficiallyAsked, shortcutOfTheTimeAsked } from '../../understanding/questions/wayInPractical';
import { otherDegreeToldBefore } from '../../understanding/person/caseToldForFit';
import { sendLedAnswer, sendLedDecline, sendWhatIsLeft } from './situationReplies';
import { DEGREE_ENTRY } from '../../understanding/inView/answerInView';
import { certificationWithoutDegree, unnamedFieldTold } from '../../understanding/person/situationAsked';
import type { QuestionTurn, TurnInView, TurnOfTheCase } from '../../answerTurn';


/** A certification held, the other asked of: the other one, not the held one "to start with". */
export async function sendOtherCertification(turn: QuestionTurn): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected } = turn;
  // "I already have my CCM. is it worth also getting the CMC?": the other one, not the held one "to start with".
  const held = lastRejected ? null : certificationHeldAsked(text);
  const otherCertification = held ? deps.kb.faqById.get(held.other) : undefined;
  if (held && otherCertification) return [(await sendLedEntry(context, deps, Messages.certificationHeld(held.held), otherCertification), answeredWith(text, otherCertification))];
  return null;
}

/** The degree turned down: the way in without it, unless the words ask what the engine places elsewhere. */
export async function sendWayInWithoutTheDegree(turn: TurnInView): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, last, said } = turn;
  // "no way im doing 4 yrs of college, theres gotta be another way in": the way in without the degree, when the words
  // ask nothing the engine places elsewhere (understanding/person/degreeTurnedDown.ts). Read in the whole message: the question
  // cut from it ("8 years?!" of "8 years?! ... not doing 4 years of uni at my age, there must be another route in") may
  // leave the turning down in the story.
  const wayIn = !lastRejected && !timeAskedDespiteDegree(text, said) && [text, said].some((words) => degreeTurnedDown(words) || asksAnotherWayIn(words)) ? deps.kb.faqById.get(NO_DEGREE_ENTRY) : undefined;
  const wayInRead = wayIn ? deps.engine.answer(text) : null;
  if (wayIn && wayInRead && (wayInRead.kind !== 'answer' || !wayInRead.entry || WAY_IN_ASKED.has(wayInRead.entry.id)) && last?.id !== wayIn.id) {
    return sendLedAnswered(context, deps, text, Messages.takenAsWayWithoutDegree, wayIn);
  }
  return null;
}

/** Which of two kinds of thing comes first: no strict order, its steps (orderReplies.ts). */
export async function sendOrderAsked(turn: TurnInView): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected } = turn;
  // Which of two kinds of thing comes first ("get the CCM or a case manager job first?"): no strict order, its steps.
  const order = lastRejected ? null : orderAsked(text);
  if (order) return [await sendOrderNotSet(context, deps, text, order)];
  return null;
}

/** "CCM or CMC first?": the one the guide says to start with, then both. */
export async function sendCertificationToStartWith(turn: TurnInView): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, lastId, last, before } = turn;
  // "CCM or CMC first?": the one the guide says to start with, then both ("skip the CCM?" is toldReplies.ts's); "which
  // one should I start with?" with a certification in view asks the same, and "Which one should I get first?" with the
  // two side by side in view (ut40a P02-T6). With the certifications answer itself in view, its own line saying which
  // to start with is the reply ("From the answer above ...: a good one to start with"), not "what it does say is above".
  const asked =
    (certificationFirstAsked(text) && certificationSkipped(text) === null) ||
    (lastId !== CERTIFICATIONS_ENTRY && certificationToStartWithInView(text, lastId)) ||
    certificationFirstAskedOfTheView(text, [last?.id, before?.id]);
  const both = !lastRejected && asked ? deps.kb.faqById.get(CERTIFICATIONS_ENTRY) : undefined;
  const startWith = both ? startOfTheAnswer(both) : null;
  if (both && startWith) return [await sendLedAnswer(context, deps, text, Messages.direct.startWith(startWith), both)];
  return null;
}

/** A membership or certification weighed against its cost: what it brings. */
export async function sendWorthPaying(turn: TurnInView): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, said } = turn;
  // A membership or certification weighed against its cost ("is it worth paying for a membership?"): what it brings.
  const worthPaying = lastRejected ? null : worthPayingAsked(said);
  const brings = worthPaying ? deps.kb.faqById.get(worthPaying) : undefined;
  if (brings) return [await sendLedAnswer(context, deps, text, Messages.beyond.worthPayingNotGiven(brings.id === MEMBERSHIP_ENTRY), brings)];
  return null;
}

/** What a certification in view gives, asked in plain words: the guide's answer on what certification brings. */
export async function sendWhatCertificationGives(turn: TurnInView): Promise<Answer[] | null> {
  const { context, deps, text, typed, lastRejected, lastId } = turn;
  // "what do they get me then?" after whether certification is needed: what it brings, not a line of the answer in view.
  // Read as typed: "what good would it do me?" read without its "what good" asks nothing of the kind.
  const brings = !lastRejected && gainOfTheCertificationAsked(typed, lastId) ? deps.kb.faqById.get(CERTIFICATION_WORTH_ENTRY) : undefined;
  if (!brings) return null;
  return sendAnswered(context, deps, text, brings);
}

/** Where to meet others in the field ("where would i meet people like that?" after networking): the professional organizations. */
export async function sendWhereToMeetPeers(turn: TurnInView): Promise<Answer[] | null> {
  const { context, deps, text, typed, lastRejected, lastId } = turn;
  const organizations = !lastRejected && lastId !== MEMBERSHIP_ENTRY && peersToMeetAsked(typed) ? deps.kb.faqById.get(MEMBERSHIP_ENTRY) : undefined;
  return organizations ? sendAnswered(context, deps, text, organizations) : null;
}

/** School subjects asked for before a degree: the guide names a degree's. */
export async function sendSchoolSubjects(turn: TurnInView): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, said } = turn;
  // School subjects asked for before a degree ("what high school classes should she take?"): the guide names a degree's.
  if (!lastRejected && schoolSubjectsAsked(said)) return [await sendLedDecline(context, deps, text, Messages.beyond.schoolSubjectsNotSaid, deps.kb.faqById.get(COURSES_ENTRY))];
  return null;
}

/** Their own route, or how long it would take them: what is left of it from what they told (situationReplies.ts). */
export async function sendOwnRoute(turn: TurnOfTheCase): Promise<Answer[] | null> {
  const { context, deps, text, inView, lastRejected, again, said, knownStart, inFieldJob } = turn;
  // What is left of the route for them ("would I be starting from scratch?", "what's left for someone like me?"), or
  // how long it would take them, asked with nothing else named: from what they have told of themselves, as their roadmap
  // would count it (flows/roadmapPlan.ts), never the whole route from zero.
  // Their own start told in the profile: a degree with years in the field, or no degree with work in the field.
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
  if (left) return ownRoute?.other ? [left, ...(await again(ownRoute.other, inView))] : [left];
  return null;
}

/**
 * The way in asked in practical terms after the guide's answer on it (tester ut40a P01, P05): a shortcut of the time
 * gets what the guide says varies it and can make it shorter, with its answer on doing without a degree; experience
 * asked how to get "officially" gets the kinds of work it counts and the jobs it names to start in. Not the answer in
 * view again.
 */
export async function sendWayInInPractice(turn: TurnOfTheCase): Promise<Answer[] | null> {
  const { context, deps, text, said, lastRejected, lastId } = turn;
  if (lastRejected) return null;
  // "6 to 8?? that's brutal. any shortcut" is read as its first part ("6 to 8??"): the short message as said holds the ask.
  const shortSaid = said !== text && said.split(/\s+/).length <= SHORT_MESSAGE_WORDS;
  const shortcut = shortcutOfTheTimeAsked(text, lastId) || (shortSaid && shortcutOfTheTimeAsked(said, lastId)) ? deps.kb.faqById.get(NO_DEGREE_ENTRY) : undefined;
  if (shortcut) return sendLedAnswered(context, deps, text, Messages.wayInInPractice.shortcut, shortcut);
  const firstJobs = experienceOfficiallyAsked(text, lastId) ? deps.kb.faqById.get(FIRST_JOBS_ENTRY) : undefined;
  if (firstJobs) return sendLedAnswered(context, deps, text, Messages.wayInInPractice.experienceOfficially, firstJobs);
  return null;
}
/** The guide's answer on the jobs to start in. */
const FIRST_JOBS_ENTRY = 'entry-level-jobs';
/** A message short enough that a shortcut in it is its ask. */
const SHORT_MESSAGE_WORDS = 16;

/** "how do i become a care manager": what is needed. */
export async function sendHowToBecome(turn: TurnOfTheCase): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected } = turn;
  // "how do i become a care manager", which the engine reads as who it suits (tester ut37a P07-2): what is needed.
  const wayInAsked = !lastRejected && howToBecomeAsked(text) ? deps.kb.faqById.get('what-is-needed') : undefined;
  if (wayInAsked) return sendAnswered(context, deps, text, wayInAsked);
  return null;
}

/** A certification asked by someone without a degree: what the guide says of degrees for each. */
export async function sendCertificationWithoutDegree(turn: TurnOfTheCase): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, said } = turn;
  // A certification asked by someone without a degree ("is there a certification I could get without the degree?"):
  // what the guide says of degrees for each certification first, then the answer the words read as.
  const certified = lastRejected ? undefined : certificationWithoutDegree(deps, text, said);
  if (certified) {
    return sendLedAnswered(context, deps, text, Messages.beyond.certificationWithoutDegree, certified);
  }
  return null;
}

/** Moving up to a role: the guide's answer on moving up, not the role's. */
export async function sendMovingUp(turn: TurnOfTheCase): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, typed } = turn;
  // "how do i move up to a director role?": the guide's answer on moving up, not the director's (questions/movingUpAsked.ts).
  const movingUp = !lastRejected && [text, typed].some(movingUpAsked) ? deps.kb.faqById.get(MOVING_UP_ENTRY) : undefined;
  if (movingUp) return sendAnswered(context, deps, text, movingUp);
  return null;
}

/** A qualification short of a bachelor's set against the degree: said so, then the route without one. */
export async function sendShortOfADegree(turn: TurnOfTheCase): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected } = turn;
  // A qualification short of a bachelor's set against the degree ("could i do a TAFE cert IV instead of uni", "would an
  // associate degree be enough?"): the guide speaks of none, so said so, then its route without a degree (tester ut28b).
  const shortOf = lastRejected ? null : shortOfADegreeAsked(text);
  const noDegreeRoute = shortOf ? deps.kb.faqById.get(NO_DEGREE_ENTRY) : undefined;
  if (shortOf && noDegreeRoute) {
    return sendLedAnswered(context, deps, text, Messages.direct.shortOfADegree(shortOf), noDegreeRoute);
  }
  return null;
}

/** The guide's answer on the route without a degree. */
export const NO_DEGREE_ENTRY = 'without-degree';
/** The answers a turned-down degree may read as (the route's time, its degrees, the way without one): the way in it asks. */
const WAY_IN_ASKED: ReadonlySet<string> = new Set(['how-long', DEGREE_ENTRY, NO_DEGREE_ENTRY]);
/** The guide's answer on certifications. */
export const CERTIFICATIONS_ENTRY = 'certifications';
/** Where the guide says experience is gained by volunteering. */
const VOLUNTEERING_ENTRY = 'volunteering';

/**
 * "Where would someone like me start? I am 54." once they told of themselves: where they start from what they told
 * (age, which the guide never speaks of; their degree or its lack; their work), then the career steps offered, never the
 * walk from step 1 alone (understanding/person/ownStartAsked.ts; late38b, ut38a P04-T5). False when it is not so.
 */
export async function sendOwnStart(context: TurnContext, deps: DialogDeps, text: string, profile: UserProfile | undefined): Promise<boolean> {
  const asked = ownStartAsked(text);
  const known: KnownAboutYou | undefined = profile?.about;
  const job = known?.job ? jobById(known.job) : null;
  if (!asked || (!asked.age && !known?.education && !job)) return false;
  // The walk already starts where they stand (a roadmap saved, or a degree and work in the field told): it says so itself.
  if (profile && (roadmapFirstStep(deps.kb, text, profile) || toldFirstStep(deps.kb, text, profile))) return false;
  const words = Messages.ownStart;
  const education = known?.education;
  const degreeLine =
    education === 'relevant-degree' || education === 'other-degree' ? words.education[education] : education === 'diploma' || education === 'none' || education === 'school' ? words.education.short : words.education.unknown;
  const workLine = job?.inField && !isUnnamedJob(job.id) ? words.inField(job.title) : words.experience;
  const lines = [...(asked.age ? [words.age] : []), degreeLine, workLine, words.steps];
  await context.sendActivity(withButtons(channelOf(context.activity), lines.join('\n\n'), [flowButton('careerSteps'), ...menuOf(deps, [NO_DEGREE_ENTRY, VOLUNTEERING_ENTRY]).map(askButton)]));
  return true;
}
