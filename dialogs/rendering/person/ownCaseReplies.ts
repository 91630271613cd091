/**
 * The steps of the chain (answerTurn.ts) on what the person tells of themselves and asks of it: work told beside the
 * question or with nothing asked, a degree of theirs, their English, a trait, a thing already known, a practice of their
 * own, their experience counted, a field of study.
 */
import { type Answer } from '../../../knowledge/answerEngine';
import { placeNamed } from '../../../knowledge/beyondGuide';
import { directAsk } from '../../../knowledge/aspects';
import { askButton, channelOf, renderText, withButtons } from '../core/cards';
import { renderNearby } from '../beyond/nearby';
import { feedbackUserOf } from '../../feedbackStore';
import { namesALevel } from '../../understanding/core/followUp';
import { clauseActOf, readClauses } from '../../understanding/core/clauses';
import { besideOwnEnglish, ownEnglishAsked } from '../../understanding/person/ownEnglishAsked';
import { OWN_PRACTICE_ENTRY, ownPracticeAsked, ownPracticeInView } from '../../understanding/person/ownPracticeAsked';
import { ownWorkCounted } from '../../understanding/person/ownWorkCounted';
import { counselingWithoutItsPlace, degreeWeighed, experienceAsked, ownWorkPart, tellsOfFaithWork, workNamed } from '../../understanding/person/experienceCounts';
import { volunteeringInCareTold } from '../../understanding/person/volunteeringTold';
import { tellsOfCareWork } from '../../understanding/person/aboutYou';
import { backgroundWeighed } from '../../understanding/person/backgroundOfAQualification';
import { alreadyKnownAsked } from '../../understanding/person/alreadyKnownAsked';
import { degreeOfTheirs, fieldAskedLoosely, workNotAField } from '../../understanding/person/degreeOfTheirs';
import { Messages, sourcesLine } from '../core/messages';
import { doneForTheirFamily, ownWorkLikeTheJob } from '../../understanding/person/ownWorkLikeTheJob';
import { menuOf, NUMBERED_PART } from '../../turnState';
import { answeredWith, rememberAnswered, sendLedAnswered, sendLedEntry } from '../core/entryReplies';
import { sendAnsweredOrPart } from '../inView/inViewReplies';
import { CaseWeighedMessages, sendOutsideWorkIntroduced } from './caseWeighedReplies';
import { sendLedAnswer, sendDegreeWeighed, sendFieldAsked, sendLedDecline } from './situationReplies';
import { declinedAbout } from '../../turnState';
import { countedInView, DEGREE_ENTRY } from '../../understanding/inView/answerInView';
import { asksOfWorkToo, EXPERIENCE_ENTRY, experienceAnswer, experienceLead, mustBeAsked } from '../../understanding/person/situationAsked';
import type { QuestionTurn, TurnInView, TurnOfTheCase, TurnAskingOfTheView } from '../../answerTurn';
import { sendOne } from '../questions/oneAnswerReplies';


/** Work the guide names, told beside another question with the experience in view: the yes it was owed first (then the chain goes on). */
export async function sendWorkNamedBeside(turn: TurnInView): Promise<Answer[] | null> {
  const { context, text, last, said } = turn;
  // Work the guide names, told beside another question with the experience it describes in view ("i work IN a hospital
  // lol. so can i do it without a degree"): the yes it was owed first, then the question.
  const story = readClauses(said === text ? said : said.replace(text, ' '))
    .filter((clause) => clause.act === 'tells')
    .map((clause) => clause.raw)
    .join('. ');
  const namedBeside = last?.id === EXPERIENCE_ENTRY && story.trim() !== '' && tellsOfCareWork(ownWorkPart(story)) && experienceAsked(text, said) === null ? workNamed(story) : null;
  if (namedBeside) await context.sendActivity(renderText(channelOf(context.activity), Messages.experienceNamed(namedBeside, 'then')));
  return null;
}

/**
 * Volunteering in care told beside another question ("I've been a hospice volunteer for about 3 yrs ... Would care
 * managers work in hospice too?", ut39c P04-T2): how the guide counts it, said first; the question is answered after.
 */
export async function sendVolunteeringBeside(turn: TurnInView): Promise<Answer[] | null> {
  const { context, text, said, lastRejected } = turn;
  if (lastRejected || said === text) return null;
  const story = readClauses(said.replace(text, ' '))
    .filter((clause) => clause.act === 'tells')
    .map((clause) => clause.raw)
    .join('. ');
  if (story.trim() !== '' && volunteeringInCareTold(story) && experienceAsked(text, said) === null) await context.sendActivity(renderText(channelOf(context.activity), Messages.volunteeringBeside));
  return null;
}

/** The guide's answer on what is needed to become a care manager. */
const NEEDED_ENTRY = 'what-is-needed';

/**
 * Asked whether one must first be a nurse or a social worker, in words the search takes for becoming that other job
 * ("do I have to be a registered nurse first?", "must I be a social worker?", person40's gap): the plain reply the
 * question gets when the search does place it (inViewReplies.ts sendDirectLead), then what the guide says is needed.
 */
export async function sendMustBeOtherwiseDeclined(turn: QuestionTurn): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, engine } = turn;
  const job = lastRejected || backgroundWeighed(text) ? null : mustBeAsked(text);
  const needed = job ? deps.kb.faqById.get(NEEDED_ENTRY) : undefined;
  if (!job || !needed || engine.answer(text).kind === 'answer') return null;
  return sendLedAnswered(context, deps, text, Messages.direct.mustBe(job), needed);
}

/** Work outside the field told with nothing asked: said back. */
export async function sendOutsideWorkTold(turn: TurnOfTheCase): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, last, said } = turn;
  // Work outside the field told with nothing asked ("electrician here, 9 yrs. thinking of switching"): said back.
  if (!lastRejected && readClauses(said).every((clause) => clause.act !== 'asks') && (await sendOutsideWorkIntroduced(context, deps, said, last?.id))) return [answeredWith(text, null)];
  return null;
}

/** A degree of theirs asked whether it counts: what the guide names, and does not, before its answer on degrees. */
export async function sendDegreeOfTheirs(turn: TurnOfTheCase): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, said, knownStart } = turn;
  // A degree of theirs asked whether it counts ("I have a bachelor in pedagogy from Poland. does it count?"): what the
  // guide names, and what it does not speak of, before its answer on degrees.
  const elsewhere = (message: string) => placeNamed(message, deps.kb) === 'elsewhere';
  // Or asked of as theirs in other words ("is a business degree close enough" with a degree told before): degreeOfTheirs.ts.
  const ofTheirs = lastRejected ? null : degreeOfTheirs(text, context.activity.text ?? said, knownStart?.education);
  // A numbered part ("2) would I need a new degree?") asked of the degree the message told before it ("BA in Deaf
  // Studies."): weighed against the whole message (ut39a P05-T1).
  const whole = context.turnState.get(NUMBERED_PART) === true ? context.activity.text : undefined;
  const degreeCounts = lastRejected ? null : (degreeWeighed(text, said, elsewhere) ?? (ofTheirs ? degreeWeighed(ofTheirs.text, ofTheirs.said, elsewhere) : null) ?? (whole ? degreeWeighed(text, whole, elsewhere) : null));
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
  return null;
}

/** Their own English asked whether it is a problem: no language level, then what the guide says of communication. */
export async function sendOwnEnglish(turn: TurnOfTheCase): Promise<Answer[] | null> {
  const { context, deps, text, answeredId, typed } = turn;
  // Their own English asked whether it is a problem ("my english is not perfect, is a problem?"): the guide speaks of no
  // language level, said so, then what it says of communication; another question beside it is answered first.
  // Read in the message as typed: a complaint's question ("you didnt answer about my english") may be only a part of it.
  const communication = ownEnglishAsked(typed) ? deps.kb.faqById.get(COMMUNICATION_ENTRY) : undefined;
  if (communication) {
    const other = besideOwnEnglish(typed, (sentence) => clauseActOf(sentence) === 'asks');
    const answers = other ? [await sendOne(context, deps, deps.engine.answer(other), answeredId)] : [];
    await sendLedEntry(context, deps, Messages.direct.ownEnglish, communication);
    return [...answers, answeredWith(text, communication)];
  }
  return null;
}

/** Asked whether it is needed, told as already known. */
export async function sendAlreadyKnown(turn: TurnOfTheCase): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, typed } = turn;
  // Asked whether it is needed, told as already known ("do I need to learn medical terminology? I already know a lot").
  const knownAlready = lastRejected ? null : alreadyKnownAsked(typed);
  const neededRead = knownAlready ? deps.engine.answer(knownAlready) : null;
  if (neededRead?.kind === 'answer' && neededRead.entry) return [await sendLedAnswer(context, deps, text, Messages.direct.alreadyKnown, neededRead.entry)];
  return null;
}

/** A practice of one's own: the guide says only that one can work independently. */
export async function sendOwnPractice(turn: TurnOfTheCase): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, last } = turn;
  // How to set up a practice of one's own: the guide says only that one can work independently.
  if (!lastRejected && (ownPracticeAsked(text) || ownPracticeInView(text, last?.id))) return [await sendLedDecline(context, deps, text, Messages.direct.ownPracticeNotSaid, deps.kb.faqById.get(OWN_PRACTICE_ENTRY))];
  return null;
}

/** Work or experience told, asked whether it counts: whether the guide counts it, then what it says. */
export async function sendExperienceCounted(turn: TurnAskingOfTheView): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, answeredId, last, said, knownStart } = turn;
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
  if (counted?.kind === 'inView' && last) return sendAnsweredOrPart(context, deps, text, last, answeredId);
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
    return sendLedAnswered(context, deps, text, Messages.beyond.towardsLevel, level);
  }
  const experienceEntry = experience ? experienceAnswer(deps, text, experience) : undefined;
  // "Would my counseling with teens count as experience?" after a youth pastor's story (ut39c P10-T3): the ministry's
  // counseling, which the guide never speaks of, not a "Yes" for the counselor jobs it names.
  const ministryCounseling = experience === 'care-work' && !ownWork && experienceEntry && counselingWithoutItsPlace(text) && (await deps.faithCareTold.get(context)) === true;
  if (ministryCounseling) {
    await sendLedEntry(context, deps, Messages.experienceNotSaid.faithCounselingToldBefore, experienceEntry);
    void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    return [{ question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: [{ id: experienceEntry.id, title: experienceEntry.title, score: 0 }] }];
  }
  if (experience && experienceEntry) {
    // What the guide's words say of the work told: its own place, job or kind of experience; else what it counts instead.
    const lead = experienceLead(deps, said, experience, ownWork, text);
    await sendLedEntry(context, deps, lead, experienceEntry);
    if (experience === 'care-work' || experience === 'way') return [answeredWith(text, experienceEntry)];
    // Not said by the guide: a decline, noted, with what it does say.
    void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
    return [{ question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: [{ id: experienceEntry.id, title: experienceEntry.title, score: 0 }] }];
  }
  return null;
}

/** A field of study asked of ("could I do this with a psych degree?"): whether the guide names it, then what it says. */
export async function sendFieldOfStudyAsked(turn: TurnAskingOfTheView): Promise<Answer[] | null> {
  const { context, deps, text, said } = turn;
  // "could I do this with a psych degree?", "is psychology a related field?": whether the guide names it, then what it says.
  // The field may be told in the story before the question ("I study psychology. Does my study count?").
  const field = [directAsk(text), said !== text ? directAsk(said) : null].find((asked) => asked?.kind === 'field') ?? fieldAskedLoosely(text);
  // Work done, not a field of study ("does running a shift count for anything?", ut36a P01 m3): never weighed as a degree.
  const degrees = field?.kind === 'field' && !workNotAField(field.field) ? deps.kb.faqById.get(DEGREE_ENTRY) : undefined;
  if (field?.kind === 'field' && degrees) return [await sendFieldAsked(context, deps, text, field, degrees)];
  return null;
}

/** The guide's answer on communication, which it calls paramount. */
const COMMUNICATION_ENTRY = 'communication';
/** Counted towards something ("count towards mid-level"), not experience of a level's job ("my supervisor experience"). */
const TOWARDS = /\btowards?\b/i;
/** The entries on one level of the ladder: its pay or its role. */
const LEVEL_ENTRY = /^(?:salary-|junior-care-manager$|senior-care-manager$|director-roles$)/;
/** The role, and the list of what care managers do (what of it the story matches, what the job adds). */
const ROLE_ENTRY = 'role-overview';
const RESPONSIBILITIES_ENTRY = 'responsibilities';

/**
 * What they do for others set beside the job ("I organize meals, rides, hospital visits for elderly members of our
 * church ... is that basically a care manager?"): which of the guide's tasks it matches, and what the job adds, short,
 * with the role and its duties a button away (understanding/person/ownWorkLikeTheJob.ts; ut38a P04-T2, late38b).
 */
export async function sendOwnWorkLikeTheJob(turn: TurnInView): Promise<Answer[] | null> {
  const { context, deps, text, lastRejected, said } = turn;
  const tasks = lastRejected ? null : ownWorkLikeTheJob(said);
  const role = deps.kb.faqById.get(ROLE_ENTRY);
  const duties = deps.kb.faqById.get(RESPONSIBILITIES_ENTRY);
  if (!tasks || !role || !duties) return null;
  const told = tasks.map((task) => Messages.ownWorkLikeTheJob.tasks[task] ?? '').filter(Boolean);
  // Care given to their own family: whether it counts the guide never says, so that is said, with its route (ut40a P05-T2).
  const family = doneForTheirFamily(said) ? `\n\n${CaseWeighedMessages.familyCare}\n\n${Messages.ownWorkLikeTheJob.familyRoute}` : '';
  const reply = `${Messages.ownWorkLikeTheJob.matches(told.map((task) => `- ${task}`).join('\n'))}\n\n${Messages.ownWorkLikeTheJob.adds}${family}\n\n${sourcesLine([role.section, duties.section])}`;
  await context.sendActivity(withButtons(channelOf(context.activity), reply, [...menuOf(deps, [ROLE_ENTRY, RESPONSIBILITIES_ENTRY, 'gaining-experience']).map(askButton)]));
  await rememberAnswered(context, deps, ROLE_ENTRY);
  return [answeredWith(text, role)];
}
