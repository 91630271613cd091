/**
 * Replies to what a person asks of their own situation: what is left for them to do, and a field of study or a degree
 * of theirs weighed against what the guide names.
 * Moved out of dialogs/answerTurn.ts, behaviour unchanged.
 */
import { plainVerdictAsked } from '../../understanding/person/plainVerdictAsked';
import type { TurnContext } from 'botbuilder';
import type { Answer } from '../../../knowledge/answerEngine';
import { givesDirectAsk } from '../../../knowledge/aspects';
import { tellsNoDegree } from '../../../knowledge/beyondGuide';
import type { FaqEntry, SpecialisationId } from '../../../knowledge/schema';
import { askButton, channelOf, flowButton, renderText, withButtons } from '../core/cards';
import type { DialogDeps, KnownAboutYou } from '../../deps';
import { namedIn } from '../beyond/nearby';
import { feedbackUserOf } from '../../feedbackStore';
import { normalise } from '../../understanding/core/textMatch';
import { specialisationById } from '../../understanding/questions/specialisationMatch';
import { buildRoadmap, startingPoint, timelineFromKb, type Situation } from '../../flows/roadmapPlan';
import { formatYears, RoadmapWords } from '../guided/guidedMessages';
import { licenceLeftOpen } from '../../understanding/person/licenceLeftOpen';
import { fieldNamedByGuide, taughtInADegree, type DegreeWeighed } from '../../understanding/person/experienceCounts';
import { asksWhatIsLeft, CARE_SETTING, isStudentJob, isUnnamedJob, jobById, studyTold, tellsOfFamilyCare } from '../../understanding/person/aboutYou';
import { CaseWeighedMessages } from './caseWeighedReplies';
import { Messages } from '../core/messages';
import { answeredWith, rememberAnswered, sendLedEntry } from '../core/entryReplies';
import { menuOf } from '../../turnState';
import { DEGREE_ENTRY } from '../../understanding/inView/answerInView';
import { EXPERIENCE_ENTRY, PAY_ENTRY, studyLeftTime, workOfTheField } from '../../understanding/person/situationAsked';
import type { TraitAsked } from '../../understanding/person/ownTraitAsked';
import { areasForTheCondition, type AreasForTheCondition } from '../../understanding/questions/conditionAreas';
import { membershipAsked } from '../../understanding/questions/membershipAsked';
import { stageInTheQuestion } from '../../understanding/person/stageInTheQuestion';
import { degreeLevelAsked, higherStartAsked, startingLevelAsked } from '../../understanding/person/startingLevelAsked';
import { backgroundWeighed } from '../../understanding/person/backgroundOfAQualification';
import { gapsAsked } from '../../understanding/person/ownGapAsked';
import { hiredWithoutExperienceAsked } from '../../understanding/person/hiredWithoutExperience';
import { jobKeptWhileGainingAsked, studyAndExperienceTogetherAsked, workWhileStudyingAsked } from '../../understanding/person/workWhileStudying';
import { areaFitAsked } from '../../understanding/questions/areaFitAsked';
import { stepUpAsked } from '../../understanding/person/stepUpAsked';
import { skillsToldWeighed } from '../../understanding/person/skillsToldWeighed';
import { ownKnowhowCarried } from '../../understanding/person/ownKnowhowCarried';
import { skippedWith, stepsSkippedAsked } from '../../understanding/person/stepsSkipped';

/** The guide's first level of care management, where it says most careers start. */
const JUNIOR_ENTRY = 'junior-care-manager';
import { SKILLS_ENTRY } from '../../understanding/questions/skillNamed';

/** Where someone stands, for what of the guide's route they have (Messages.fitFromTheirStart). */
type FitStart = Parameters<typeof Messages.fitFromTheirStart>[0];

/** The guide's answer on how long the route takes, which a reply on what is left of it stands for. */
const TIMELINE_ENTRY = 'how-long';
/** The guide's answer on whether the career may suit someone, which a reply from their own start stands for. */
const FIT_ENTRY = 'right-for-me';
/** The hard skills, among them medical terminology. */
const HARD_SKILLS_ENTRY = 'hard-skills';
const MAX_LEFT_BUTTONS = 3;

/** Studying now, said in the message, or the time asked from the end of the degree ("after I finish"). */
const STUDYING_NOW = /\b(?:student|studying|i study|after i (?:finish|graduate|qualify|complete))\b/;

/** A master's or more, told ("I hold a master's in social work", "a BSW and an MSW"). */
const MASTER_TOLD = /\b(?:masters?|master s|msw|msn|msc|mres|phd|doctorate)\b/;

/**
 * What is left of the route for the writer, from what they have told of themselves (their education, and their work and
 * years in the field): the time their roadmap gives and its next steps, with buttons to the guide's answers on those
 * steps and to the roadmap. With no education told, which the route starts from, the roadmap is offered to ask for it,
 * and the time asked is left to the guide's own answer. Null when nothing was sent.
 */
export async function sendWhatIsLeft(context: TurnContext, deps: DialogDeps, text: string, fit = false, before = ''): Promise<Answer | null> {
  const profile = await deps.profile.get(context);
  // Asked whether it is a realistic move for them: what of the route they have first (FitStart), then what is left.
  // `before`: said first (their start told again with the time in view).
  const opening = (start: FitStart) => before + (fit ? `${Messages.fitFromTheirStart(start)}\n\n` : '');
  const known = profile?.about;
  const channel = channelOf(context.activity);
  const timeline = deps.kb.faqById.get(TIMELINE_ENTRY);
  if (!timeline) return null;
  // Asked whether it is a realistic move for them: answered as the guide's answer on who it suits, with their time.
  const answered = fit ? (deps.kb.faqById.get(FIT_ENTRY) ?? timeline) : timeline;
  // A bachelor's still ahead, told as the plan ("if I do a BSN while working"): the route from it, and the years already
  // worked, which the guide does not say count (tester ut34a, lpn #4).
  const stage = stageInTheQuestion(context.activity.text ?? text);
  if (stage === 'degree-ahead' && known?.education !== 'relevant-degree' && known?.education !== 'other-degree') return sendDegreeAhead(context, deps, text, known, answered);
  // Work in the field told by its job, with its years (never a story's looser readings: tester ut26b).
  const inFieldJob = known?.job !== undefined && jobById(known.job)?.inField === true && !isStudentJob(known.job);
  const fieldYears = inFieldJob && known?.years !== undefined && known.years > 0 ? known.years : null;
  // No education told, but a job in the field and its years ("I've been a support worker for 7 years. how long for me?"):
  // their experience counted, and what the route asks of each education, with the roadmap to ask for theirs.
  // An associate degree told ("i got an associates in paramedicine") is no education the route speaks of: said so, not asked again.
  const associate = /\bassociate s?\b|\bassociates\b|\badn\b/.test(normalise(context.activity.text ?? text));
  // Work in the field with no years told ("a music therapist in memory care ... how long would the switch take"): the same.
  if ((!known?.education || (known.education === 'diploma' && associate)) && (fieldYears !== null || inFieldJob)) {
    const noted = startingPoint({ job: known?.job ?? null, education: null, working: true, years: fieldYears, aim: null });
    await context.sendActivity(withButtons(channel, opening('work-in-field') + Messages.leftEducationUntold(noted, associate), [flowButton('roadmap'), ...menuOf(deps, ['degree-fields', 'without-degree']).map(askButton)]));
    await rememberAnswered(context, deps, timeline.id);
    return answeredWith(text, answered);
  }
  // How far through the degree a student is, told now ("if I graduate in 2 yrs how long ...") or before ("I'm in my 2nd
  // year of a BSW"): the years of study left, then the rest of the route, never the whole 6 to 8 years (testers ut27a, ut27b).
  // Finishing within months ("if I graduate in May") is the last year (tester ut34a, mph #12).
  const now = normalise(context.activity.text ?? text);
  const toldNow = studyTold(now);
  const studyNow = stage === 'finishing' && toldNow.studyYear === undefined && toldNow.studyYearsLeft === undefined ? { studyYear: 'final' as const } : toldNow;
  // A degree about to be finished is still being studied, whatever "graduate" was read as ("I graduate this spring").
  const degreeHeld = stage !== 'finishing' && (known?.education === 'relevant-degree' || known?.education === 'other-degree');
  const study = degreeHeld ? {} : studyNow.studyYear !== undefined || studyNow.studyYearsLeft !== undefined ? studyNow : { studyYear: known?.studyYear, studyYearsLeft: known?.studyYearsLeft };
  const studyLeft = studyLeftTime(deps, study);
  // Work outside the field and no education told: where the route starts for them, and their education asked for.
  const job = known?.job !== undefined ? jobById(known.job) : undefined;
  // Not when the work told is done in a care setting ("I teach chair yoga in care homes", tester ut36a P11 m1): not outside it.
  if (fit && !known?.education && job && !job.inField && !CARE_SETTING.test(now)) {
    // "just tell me yes or no": the plain word their case allows first.
    const plain = plainVerdictAsked(context.activity.text ?? text) ? `${Messages.possiblyFromOutside} ` : '';
    await context.sendActivity(withButtons(channel, plain + Messages.fitFromOutside(job.title, isUnnamedJob(job.id), tellsOfFamilyCare(context.activity.text ?? text) ? CaseWeighedMessages.familyCare : ''), [flowButton('roadmap'), ...menuOf(deps, ['what-is-needed', 'degree-fields']).map(askButton)]));
    return answeredWith(text, deps.kb.faqById.get(FIT_ENTRY));
  }
  // A student's fit is the guide's answer for anyone: what they study is not yet what the route starts from.
  if (fit && (studyLeft !== null || known?.education === 'studying' || !known?.education)) return null;
  if (studyLeft !== null && (known?.education === 'studying' || known?.education === undefined || studyNow.studyYear !== undefined || studyNow.studyYearsLeft !== undefined)) {
    const situation: Situation = { job: known?.job ?? null, education: 'studying', working: known?.working ?? null, years: fieldYears, aim: known?.aim ?? null };
    const plan = buildRoadmap(deps.kb, situation, { chosenSpecialisation: null });
    const next = plan.next.map((planned) => `${planned.step.title} (step ${planned.step.number})`);
    const time = `${studyLeft}${areaToSpecialiseIn(deps, now, profile?.specialisation)}`;
    await context.sendActivity(withButtons(channel, before + Messages.leftForYou(startingPoint(situation), time, next.join('; ')), [...menuOf(deps, ['internships', 'bachelors-or-masters']).map(askButton), flowButton('roadmap')]));
    await rememberAnswered(context, deps, timeline.id);
    return answeredWith(text, answered);
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
  // A diploma or an associate degree is no degree the route speaks of: the same, said as theirs.
  const noDegree = known.education === 'none' || known.education === 'diploma';
  if (noDegree && inFieldJob) {
    const situation: Situation = { job: known.job ?? null, education: known.education, diplomaKind: known.diplomaKind ?? null, working: true, years: fieldYears, aim: known.aim ?? null };
    const plan = buildRoadmap(deps.kb, situation, { chosenSpecialisation: null });
    const next = plan.next.map((planned) => `${planned.step.title} (step ${planned.step.number})`);
    const lead = opening('no-degree-in-field') + Messages.leftForYou(startingPoint(situation), Messages.leftNoDegree(fieldYears === null ? null : formatYears(fieldYears)), next.join('; '), false, fieldYears === null);
    await context.sendActivity(withButtons(channel, lead, [...menuOf(deps, ['without-degree', 'degree-fields']).map(askButton), flowButton('roadmap')]));
    await rememberAnswered(context, deps, timeline.id);
    return answeredWith(text, answered);
  }
  // No degree and no work in the field ("im 20, doing barista work, no uni yet"): the whole route is ahead, which the
  // guide's own answer times; said as theirs, with what it says of the route without a degree.
  if (noDegree) {
    // Whether it is realistic for them: the route without a degree, led by the background the guide says is usual.
    // What they are missing ("what am i missing? i have no degree"): the degree, and what it says of doing without.
    const missing = !fit && gapsAsked(text);
    const withoutDegree = fit || missing ? deps.kb.faqById.get(NO_DEGREE_ENTRY) : undefined;
    const situation: Situation = { job: known.job ?? null, education: tellsNoDegree(now) ? 'none' : known.education, diplomaKind: known.diplomaKind ?? null, working: known.working ?? null, years: null, aim: known.aim ?? null };
    if (withoutDegree) {
      await sendLedEntry(context, deps, fit ? Messages.beyond.fitOutsideNoDegree : Messages.ownGap.missingNoDegree(startingPoint(situation)), withoutDegree);
      return answeredWith(text, withoutDegree);
    }
    await sendLedEntry(context, deps, before + Messages.leftFromTheStart(startingPoint(situation)), timeline);
    return answeredWith(text, answered);
  }
  // Studying for the degree, said in this message ("I'm a nursing student ... how many years after I finish?"): the rest
  // of the route after it, as their roadmap counts it. A year at college told in a long story is no such start.
  if (known.education === 'studying' && STUDYING_NOW.test(now)) {
    const situation: Situation = { job: known.job ?? null, education: 'studying', working: known.working ?? null, years: fieldYears, aim: known.aim ?? null };
    const plan = buildRoadmap(deps.kb, situation, { chosenSpecialisation: null });
    const next = plan.next.map((planned) => `${planned.step.title} (step ${planned.step.number})`);
    await context.sendActivity(withButtons(channel, before + Messages.leftForYou(startingPoint(situation), plan.time, next.join('; ')), [...menuOf(deps, ['internships', 'bachelors-or-masters']).map(askButton), flowButton('roadmap')]));
    await rememberAnswered(context, deps, timeline.id);
    return answeredWith(text, answered);
  }
  if (known.education !== 'relevant-degree' && known.education !== 'other-degree') return null;
  const years = known.years ?? null;
  const situation: Situation = { job: known.job ?? null, education: known.education, higherDegree: known.higherDegree ?? null, working: years === null ? (known.working ?? null) : years > 0, years, aim: known.aim ?? null };
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
  // A licence the case leaves open ("BS Nursing PH ... want Canada/US"): never told the route is covered, and told what
  // the guide says of a license (tester ut38a P06).
  const licence = licenceLeftOpen(said, deps.kb);
  const planTime = licence && plan.routeCovered && years !== null ? RoadmapWords.time.degreeEnoughExperienceLicenceOpen(formatYears(years)) : plan.time;
  const time = (yearsUntold ? Messages.leftYearsUntold(known.education === 'relevant-degree') : planTime) + (licence ? ` ${Messages.licenceLeftOpen(licence)}` : '');
  const relevant = known.education === 'relevant-degree';
  const start: FitStart = !relevant ? 'other-degree' : situation.working === true ? 'degree-and-work' : 'degree';
  // What they are missing, asked as such: the steps ahead of them, without the time (tester ut35a, P05 m3).
  const gaps = !fit && next.length > 0 && gapsAsked(said);
  const lead = gaps
    ? Messages.leftGaps(startingPoint(situation), next.join('; '), !relevant)
    : opening(start) + Messages.leftForYou(startingPoint(situation), time, next.join('; '), masterDone && /\bmaster/.test(time), yearsUntold);
  await context.sendActivity(withButtons(channel, lead, [...entries.map(askButton), flowButton('roadmap')]));
  await rememberAnswered(context, deps, timeline.id);
  return answeredWith(text, answered);
}

/**
 * A bachelor's still ahead, told as the plan in a question of their own time ("if I do a BSN while working, how long
 * till I'm a care manager, with the 2 years I already have?"): the guide's route from the degree, and that it does not
 * say whether years already worked, or work while studying, count toward its experience.
 */
async function sendDegreeAhead(context: TurnContext, deps: DialogDeps, text: string, known: KnownAboutYou | undefined, answered: FaqEntry): Promise<Answer | null> {
  const timeline = timelineFromKb(deps.kb);
  if (!timeline) return null;
  const years = known?.years !== undefined && known.years > 0 ? formatYears(known.years) : null;
  const situation: Situation = { job: known?.job ?? null, education: null, working: known?.working ?? null, years: known?.years ?? null, aim: known?.aim ?? null };
  const noted = startingPoint(situation);
  const said = Messages.leftDegreeAhead(noted, formatYears(timeline.bachelorYears), formatYears(timeline.masterYears), years);
  await context.sendActivity(withButtons(channelOf(context.activity), said, [...menuOf(deps, ['bachelors-or-masters', 'gaining-experience']).map(askButton), flowButton('roadmap')]));
  await rememberAnswered(context, deps, TIMELINE_ENTRY);
  return answeredWith(text, answered);
}

/** The area asked of in the question ("until I'm a pediatric care manager"): what the guide says specializing adds, as a sentence. */
function areaToSpecialiseIn(deps: DialogDeps, said: string, chosen: SpecialisationId | null | undefined): string {
  const named = deps.kb.specialisations.find((spec) => new RegExp(`\\b${normalise(spec.name).split(' ')[0]}\\b`).test(said));
  const area = named ?? (chosen && /\b(?:specialty|speciality|specialization|specialisation|area)\b/.test(said) ? specialisationById(deps.kb, chosen) : undefined);
  return area ? ` ${Messages.leftSpecialising(area.name)}` : '';
}

/**
 * A field of study asked of ("is psychology a related field?"): whether the guide's degrees name it, then the engine's
 * answer when it is one on study, else the degrees. A field the guide does not name is a question it does not answer,
 * noted as one, with what it says.
 */
export async function sendFieldAsked(context: TurnContext, deps: DialogDeps, text: string, field: { kind: 'field'; field: string }, degrees: FaqEntry): Promise<Answer> {
  const named = givesDirectAsk(degrees, field);
  // The field of a degree named with it ("a BA in english"): the field, as the reply says "whether english counts".
  const subject = field.field.replace(/^(?:bachelor s|bachelors|bachelor|master s|masters|master|ba|bs|bsc|ma|ms|msc|phd|doctorate|degree|major) in /, '');
  // A subject the guide names among what a degree teaches ("is gerontology a related field?"): said, not left open.
  const taught = !named && taughtInADegree(subject) ? { taught: true } : {};
  return sendDegreeWeighed(context, deps, text, { field: subject, named, abroad: false, associate: false, studyAgain: false, ...taught }, degrees);
}

/**
 * A degree of the writer's asked whether it counts (understanding/person/experienceCounts.ts `degreeWeighed`): yes for a field
 * the guide names; for any other, that it names a related field with no list; then what it does not speak of (degrees
 * from other countries, associate degrees), and its answer on degrees.
 */
export async function sendDegreeWeighed(context: TurnContext, deps: DialogDeps, text: string, weighed: DegreeWeighed, degrees: FaqEntry, workToo?: string): Promise<Answer> {
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
    return answeredWith(text, needed);
  }
  await sendLedEntry(context, deps, Messages.direct.degreeWeighed(weighed, namedIn(degrees), workToo, where), entry);
  if (weighed.named && !weighed.abroad && !weighed.associate) return answeredWith(text, entry);
  void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
  return { question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: [{ id: entry.id, title: entry.title, score: 0 }] };
}

/** The guide's answer on the route without a degree. */
const NO_DEGREE_ENTRY = 'without-degree';

/** The guide's answer on what is needed, which names the experience employers ask for. */
const NEEDED_ENTRY = 'what-is-needed';
const FINDING_A_JOB_ENTRY = 'finding-a-job';
const INTERNSHIPS_ENTRY = 'internships';

/** The entries on degrees themselves. */
const ON_DEGREES: ReadonlySet<string> = new Set([DEGREE_ENTRY, 'bachelors-or-masters', 'courses']);

/**
 * Something about themselves asked whether it stands in the way ("I'm quite shy, is that a dealbreaker?", "I have
 * dyslexia, can I still do this?"): the guide speaks of none, said so, then what it says the job calls for nearest it.
 * A decline, noted: the skill's answer does not answer it.
 */
export async function sendTraitNotSpoken(context: TurnContext, deps: DialogDeps, text: string, asked: TraitAsked): Promise<Answer> {
  const entry = deps.kb.faqById.get(asked.nearest);
  return sendLedDecline(context, deps, text, Messages.direct.traitNotSpoken(asked.trait, asked.whose), entry);
}

/** A lead on what was told, then the entry that answers the question: answered. */
export async function sendLedAnswer(context: TurnContext, deps: DialogDeps, text: string, lead: string, entry: FaqEntry): Promise<Answer> {
  await sendLedEntry(context, deps, lead, entry);
  return answeredWith(text, entry);
}

/** A lead saying what the guide does not say, then the entry that says what it does: a decline, noted. */
export async function sendLedDecline(context: TurnContext, deps: DialogDeps, text: string, lead: string, entry: FaqEntry | undefined): Promise<Answer> {
  void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
  if (entry) await sendLedEntry(context, deps, lead, entry);
  else await context.sendActivity(renderText(channelOf(context.activity), lead));
  return { question: text, kind: 'no-match', declined: 'not-covered', answered: false, entry: null, score: 0, alternatives: entry ? [{ id: entry.id, title: entry.title, score: 0 }] : [] };
}

/**
 * The writer's nationality, citizenship or right to work weighed ("I'm Ukrainian, is that a problem?"): the guide never
 * speaks of it, said plainly and noted, then what it says anyone needs.
 */
export async function sendNationalityWeighed(context: TurnContext, deps: DialogDeps, text: string): Promise<Answer> {
  return sendLedDecline(context, deps, text, Messages.beyond.nationality, deps.kb.faqById.get(NEEDED_ENTRY));
}

/**
 * The areas that serve the people or condition asked of, each with whom the guide says it serves: two areas that fit
 * equally ("kids and diabetes"), or the nearest to a condition the guide never names ("stroke"), said so first.
 * Buttons to each area's own answer. A condition the guide never names is noted for the guide's editors.
 */
export async function sendAreasForTheCondition(context: TurnContext, deps: DialogDeps, text: string, asked: AreasForTheCondition): Promise<Answer> {
  const specs = asked.areas.map((id) => specialisationById(deps.kb, id));
  const lead = asked.notNamed ? Messages.direct.conditionNotNamed(asked.notNamed, specs.length) : Messages.direct.areasBothFit(specs.length);
  // A markdown list, as the other lists are: Web Chat runs lines of bullet characters together into one paragraph.
  const lines = specs.map((spec) => `- ${spec.name}: ${spec.serves.charAt(0).toLowerCase()}${spec.serves.slice(1)}`);
  const entries = specs.flatMap((spec) => deps.kb.faqById.get(spec.faqId) ?? []);
  if (asked.notNamed) void deps.feedback.recordQuestion(text, 'no-match', feedbackUserOf(context.activity), context.activity.channelId);
  await context.sendActivity(withButtons(channelOf(context.activity), `${lead}\n\n${lines.join('\n')}`, [...entries.map(askButton), flowButton('specialisation')]));
  const first = entries[0];
  if (first) await rememberAnswered(context, deps, first.id);
  return answeredWith(text, first);
}

/** The guide's answer on professional organizations, which a question about joining one stands for. */
const ORGANIZATIONS_ENTRY = 'professional-organizations';

/**
 * A question about the person's own case that the guide answers only in part (sessions 31-32's testers): whether they
 * may join a professional organization (the guide gives no rules), the level they would start at with years of other
 * work (the guide ties levels to years and says nothing of those), the areas for a condition or two groups. The reply
 * joins what they said to the guide's fact; null when the message asks none of these (`typed`: the message as typed).
 */
export async function sendOwnCaseAnswer(context: TurnContext, deps: DialogDeps, text: string, typed: string): Promise<Answer | null> {
  if (membershipAsked(typed)) return sendLedDecline(context, deps, text, Messages.beyond.membership, deps.kb.faqById.get(ORGANIZATIONS_ENTRY));
  const years = startingLevelAsked(typed);
  if (years) return sendLedDecline(context, deps, text, Messages.beyond.startingLevel(years), deps.kb.faqById.get(PAY_ENTRY));
  const degree = degreeLevelAsked(typed);
  if (degree) return sendLedDecline(context, deps, text, Messages.beyond.degreeLevel(degree), deps.kb.faqById.get(PAY_ENTRY));
  if (higherStartAsked(typed)) return sendLedDecline(context, deps, text, Messages.beyond.higherStart, deps.kb.faqById.get(PAY_ENTRY));
  // "does the NP help me skip any steps? like do i still have to start as a junior care manager": not said; where most start.
  if (stepsSkippedAsked(typed)) return sendLedDecline(context, deps, text, Messages.beyond.stepsSkippedNotSaid(skippedWith(typed)), deps.kb.faqById.get(JUNIOR_ENTRY));
  // "can I get hired without clinical experience?": what employers ask for, not whether one must be certified.
  const gaining = hiredWithoutExperienceAsked(typed) ? deps.kb.faqById.get(EXPERIENCE_ENTRY) : undefined;
  if (gaining) return sendLedAnswer(context, deps, text, Messages.direct.hiredWithoutExperience, gaining);
  // "could i keep driving part time while i get experience?": no other job is spoken of, not whether it is part-time work.
  const beside = jobKeptWhileGainingAsked(typed) ? deps.kb.faqById.get(EXPERIENCE_ENTRY) : undefined;
  if (beside) return sendLedAnswer(context, deps, text, Messages.direct.jobKeptWhileGaining, beside);
  // "Would a care manager job be a step up or sideways for me?": not weighed by the guide, not how to advance.
  if (stepUpAsked(typed)) return sendLedDecline(context, deps, text, Messages.direct.stepUpNotSaid, deps.kb.faqById.get(PAY_ENTRY));
  // "would geriatric be a thing for me?": that area, not whether the career as a whole may suit someone.
  const fitArea = areaFitAsked(deps.kb, text);
  const areaEntry = fitArea ? deps.kb.faqById.get(fitArea) : undefined;
  if (fitArea && areaEntry) return sendLedAnswer(context, deps, text, Messages.direct.areaFitNotSaid(specialisationById(deps.kb, fitArea).name.toLowerCase()), areaEntry);
  // "can i do 2 and 3 at the same time?": the guide's internships while studying, not a question outside the guide.
  const internships = studyAndExperienceTogetherAsked(typed) ? deps.kb.faqById.get(INTERNSHIPS_ENTRY) : undefined;
  if (internships) return sendLedAnswer(context, deps, text, Messages.direct.studyAndExperienceTogether, internships);
  // "could I work as a care coordinator while I'm in school?": the guide's finding a job, not how long the route takes.
  const whileStudying = workWhileStudyingAsked(typed);
  const findingAJob = whileStudying ? deps.kb.faqById.get(FINDING_A_JOB_ENTRY) : undefined;
  if (whileStudying && findingAJob) return sendLedAnswer(context, deps, text, Messages.direct.workWhileStudying(whileStudying.role), findingAJob);
  // "I'm great with people in stressful situations ... fluent in Spanish. Would those skills matter?": each in the guide's names.
  const told = skillsToldWeighed(text, typed);
  const skillsEntry = told ? deps.kb.faqById.get(SKILLS_ENTRY) : undefined;
  if (told && skillsEntry) return sendLedAnswer(context, deps, text, Messages.direct.skillsToldNamed(told.skills, told.language), skillsEntry);
  // "Does my sales/clinical product knowledge transfer?": the guide's names for it among the skills, and its silence on selling.
  const knowhow = ownKnowhowCarried(typed);
  const skillsList = knowhow ? deps.kb.faqById.get(knowhow.terminology ? HARD_SKILLS_ENTRY : SKILLS_ENTRY) : undefined;
  if (knowhow && skillsList) {
    const lead = Messages.direct.knowhowCarried(knowhow.named, knowhow.notSpoken, knowhow.nearest);
    return knowhow.notSpoken.length > 0 ? sendLedDecline(context, deps, text, lead, skillsList) : sendLedAnswer(context, deps, text, lead, skillsList);
  }
  // "Does an LPN count as a nursing background or do I need to be an RN?": education asked, not experience.
  const background = backgroundWeighed(typed);
  if (background) return sendLedDecline(context, deps, text, Messages.direct.backgroundNotSaid(background.thing, background.field, background.mustBe), deps.kb.faqById.get(NEEDED_ENTRY));
  const areas = areasForTheCondition(deps.kb, text, typed);
  return areas ? sendAreasForTheCondition(context, deps, text, areas) : null;
}
