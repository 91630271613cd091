/**
 * Reading what a person asks of their own situation: their own time ("how long would it take me"), a field or a
 * certification told without a degree, their own pay weighed, whether their experience counts, and work of a field of
 * study. Pure readers: no sending. Moved out of dialogs/answerTurn.ts, behaviour unchanged.
 */
import { givesPay, levelPast, ownPayWeighed, payLevels, payWithoutDegree, tellsNoDegree, yearsToPay } from '../../../knowledge/beyondGuide';
import { asksPay, directAsk } from '../../../knowledge/aspects';
import type { FaqEntry } from '../../../knowledge/schema';
import { normaliseText } from '../../../knowledge/text';
import type { DialogDeps } from '../../deps';
import { normalise } from '../core/textMatch';
import { timelineFromKb } from '../../flows/roadmapPlan';
import { formatYearRange, formatYears } from '../../rendering/guided/guidedMessages';
import { questionBeforeStory } from '../core/clauses';
import { shortOfADegreeAsked, experienceWayNamed, fieldNamedByGuide, heldDegreeField, ownWorkPart, tellsOfFaithWork, tellsOfManaging, tellsOfMilitaryHealthWork, wayAtAPlaceNotNamed, workNamed, type ExperienceAsked } from './experienceCounts';
import { isStudentJob, isUnnamedJob, readAboutYou, tellsOfCareSoftware, tellsOfCareWork } from './aboutYou';
import { Messages } from '../../rendering/core/messages';
import { caseManagementOnlyAsked, type OwnWorkCounted } from './ownWorkCounted';

/** The guide's entry on gaining experience, and the ways of gaining it that it says count, each with its own entry. */
export const EXPERIENCE_ENTRY = 'gaining-experience';
const SAID_TO_COUNT: ReadonlySet<string> = new Set(['volunteering', 'internships', 'entry-level-jobs']);

/**
 * The entry that answers whether something counts as experience: the guide's on gaining experience, or the way of
 * gaining it the guide says counts that the engine reads in the message ("healthcare assistant counts?" the first
 * jobs). Something else the guide says counts ("does volunteering at my local care home count?") is the engine's to
 * answer on its own: undefined.
 */
export function experienceAnswer(deps: DialogDeps, text: string, experience: ExperienceAsked): FaqEntry | undefined {
  // A medic's years in the forces: the guide's experience itself, not a way the words alone may be read as
  // ("I was an army medic for 8 years, does that help?" is no question about volunteering).
  // Volunteering at a place the guide never names ("at my library"): the experience it describes, not that way again.
  if (experience === 'not-said' && (tellsOfMilitaryHealthWork(text) || wayAtAPlaceNotNamed(text))) return deps.kb.faqById.get(EXPERIENCE_ENTRY);
  // Care work done as a way the guide names ("my practicum in a hospice"): that way's answer, which says it counts.
  const named = experience === 'care-work' || experience === 'way' ? experienceWayNamed(text) : undefined;
  const read = named ? null : deps.engine.answer(text);
  // A way the message never names (volunteering read into "9 yrs at the hospital") is not its answer: only the first jobs.
  const readWay = read?.kind === 'answer' && read.entry !== null && SAID_TO_COUNT.has(read.entry.id) ? read.entry : undefined;
  const way = named ? deps.kb.faqById.get(named) : readWay && (readWay.id === FIRST_JOBS_ENTRY || (experience !== 'care-work' && experience !== 'way')) ? readWay : undefined;
  if (way && experience !== 'care-work' && experience !== 'way') return undefined;
  return way ?? deps.kb.faqById.get(EXPERIENCE_ENTRY);
}

/** The writer, as the one the time is asked of ("how long would it take me", "for someone like me"). */
const OF_THE_WRITER = /\b(?:me|someone like me|a person like me|people like me)\b|\bwould i\b|\bwill i\b|\bdo i\b|\bi d\b|\bfor my\b|\b(?:until|till|til|before) i\b|\b(?:the|my) (?:switch|move|transition|career change)\b/;
/** The writer's own route named as a whole ("all this", "the switch"): no thing of its own whose time is asked. */
const THE_ROUTE_ITSELF = /\b(?:all (?:of )?this|all that|it all|the whole thing|(?:the|my) (?:switch|move|transition|career change))\b/g;

/**
 * How long the route would take the writer, asked with nothing else named ("how long would it take me then?"). Asked
 * of their own start ("I have no degree but 6 years as an HCA, how long for me?", "a BSW and 5 years, how long would it
 * take me?"), `told` says whether they told what the question is with or without: then it is theirs too.
 */
export function asksTheirOwnTime(message: string, told: { degree: boolean; noDegree: boolean } = { degree: false, noDegree: false }): boolean {
  const own = (text: string) => {
    const asked = directAsk(text.replace(THE_ROUTE_ITSELF, 'it'));
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
 * The time left for a student who told how far through the degree they are: the guide's bachelor's less the years
 * done (or the years they said are left), then the rest of its route; null when nothing of the kind was told.
 */
export function studyLeftTime(deps: DialogDeps, study: { studyYear?: number | 'final' | undefined; studyYearsLeft?: number | undefined }): string | null {
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
export function unnamedFieldTold(said: string): boolean {
  const field = heldDegreeField(said);
  return field !== null && fieldNamedByGuide(field) === null;
}

/** A certification asked of: its name or the word. */
const ASKS_CERTIFICATION = /\b(?:certif\w*|certs?|credentials?|ccm|cmc)\b/;
/** A certification asked of in place of the degree ("could I get one of those certifications instead of the degree?", tester ut35a P03 m5). */
const IN_PLACE_OF_THE_DEGREE = /\b(?:instead of|rather than|in place of|in lieu of|without|skip(?:ping)?) (?:a |an |the |my |getting a |getting the |doing a |doing the )?(?:degree|bachelor|bachelors|bachelor s|college|uni|university)\b/;
/** Worded as a question: a question mark, or a word that asks. */
const ASKS = /\?|\b(?:which|what|can|could|do|does|is|are|should|would|will|how|any)\b/;
/** The answers a certification asked without a degree may read as: the certifications', or the route without a degree. */
const CERTIFIED_WITHOUT_DEGREE = /^(?:certification|ccm$|cmc$|without-degree$)/;

/**
 * The answer to a certification asked by someone who tells they have no degree ("I don't have a degree, which
 * certification can I get?"), which the guide's CMC needs: the engine's answer, when it is on certifying or on the
 * route without a degree; undefined otherwise.
 */
export function certificationWithoutDegree(deps: DialogDeps, text: string, said: string): FaqEntry | undefined {
  // A qualification short of a degree set against it ("is a cert 4 in aged care ok instead of uni") is shortOfADegreeAsked's.
  const inPlace = IN_PLACE_OF_THE_DEGREE.test(normalise(text)) && shortOfADegreeAsked(text) === null;
  // Certificates told, not asked ("no degree btw. high school and some forklift certs lol", tester ut36a P01 m2): none asked.
  if (!ASKS_CERTIFICATION.test(normaliseText(text)) || !(tellsNoDegree(said) || inPlace) || !ASKS.test(text.toLowerCase())) return undefined;
  const read = deps.engine.answer(text);
  if (read.kind === 'answer' && read.entry && CERTIFIED_WITHOUT_DEGREE.test(read.entry.id)) return read.entry;
  // Asked in place of the degree, whatever else the words read as: the certifications themselves.
  return inPlace ? deps.kb.faqById.get('certifications') : undefined;
}

/** The guide's pay across its levels. */
export const PAY_ENTRY = 'salary';
const dollars = (amount: number): string => `$${amount.toLocaleString('en-US')}`;
/** A sum written in dollars: "$62k", "62k dollars", "62,000 USD", "62 grand a year in bucks". */
const IN_DOLLARS = /\$|\b(?:dollars?|usd|bucks)\b/i;

/**
 * A part that weighs the guide's pay against their own ("would i take a cut", "would I earn less?"): the pay weighed
 * against what they told answers it, so it is never a part the guide does not cover (tester ut33c, P7 #6).
 */
export function weighsOwnPay(part: string): boolean {
  return /\b(?:pay ?cut|cut in (?:my )?pay|(?:take|taking|face|facing) a (?:\w+ )?(?:cut|hit|drop)|(?:earn|make|get paid) (?:a lot |much )?(?:less|more)|worse off|better off)\b/.test(normalise(part));
}

/** Their pay told as where they are: "I'm at like 95k", "currently at $70,000" (a sum follows within two words). */
const OWN_PAY_AT = /\b(i'?m|i am|currently|right now)\s+at\b(?=\s+(?:\w+\s+){0,2}\$?\d)/gi;

/**
 * The lead and the level for pay weighed against the writer's own (the entry level, below, around or above it), a sum
 * asked how long it takes to reach (the first level whose range goes past it), or pay asked without a degree (the pay
 * the words ask, led by the guide's giving none by degree); null when the message asks none of these. The
 * writer's pay may be told in the whole message (`said`) before the question (`text`).
 */
export function payAgainstOwnSent(deps: DialogDeps, text: string, said: string): { lead: string; level: FaqEntry } | null {
  const sum = yearsToPay(text);
  const reached = sum !== null ? levelPast(deps.kb, sum) : undefined;
  if (sum !== null && reached) return { lead: Messages.beyond.yearsToPay(dollars(sum)), level: reached.entry };
  // No degree told in the story before the pay asked ("I'm a mechanic, no degree. what does it pay?") counts too.
  if (payWithoutDegree(text) || (said !== text && asksPay(text) && tellsNoDegree(said))) {
    const read = deps.engine.answer(text);
    const pay = read.kind === 'answer' && read.entry && givesPay(read.entry) ? read.entry : deps.kb.faqById.get(PAY_ENTRY);
    return pay ? { lead: Messages.beyond.payWithoutDegree, level: pay } : null;
  }
  // Pay asked, and the weighing told beside it ("what does it pay? i make about 72k now and cant really take a big pay cut").
  const payAsked = () => {
    const read = deps.engine.answer(text);
    return read.kind === 'answer' && read.entry !== null && givesPay(read.entry);
  };
  // "I'm at like 95k with night diff" is their pay as "I'm on 95k" is (tester ut33c, P7 #6).
  const told = said.replace(OWN_PAY_AT, '$1 on');
  const own = ownPayWeighed(told, text) ?? (told !== text && payAsked() ? ownPayWeighed(told) : null);
  if (own === null) return null;
  // A later level named ("mid level pay vs what I make now (about 78k)"): that level weighed, not the entry level.
  const levelNamed = levelNamedForPay(deps.kb, text);
  if (levelNamed) {
    const range = `${dollars(levelNamed.low)}–${dollars(levelNamed.high)}`;
    const against = own > levelNamed.high ? 'below' : own < levelNamed.low ? 'above' : 'around';
    const level = levelNamed.entry.title.replace(/ pay$/i, '').toLowerCase();
    const lead = IN_DOLLARS.test(said) ? Messages.beyond.payAtLevelAgainstOwn(level, dollars(own), range, against) : Messages.beyond.payAtLevelAgainstOwnUntold(level, own.toLocaleString('en-US'), range, against);
    return { lead, level: levelNamed.entry };
  }
  const start = payLevels(deps.kb)[0];
  if (!start) return null;
  const against = own > start.high ? 'below' : own < start.low ? 'above' : 'around';
  // A sum typed with no currency ("I'm on about 37k as band 5") may be in any: weighed against the guide's dollars only if it is dollars.
  const range = `${dollars(start.low)}–${dollars(start.high)}`;
  // Earning more than the entry level now ("I'm on $78k, would I earn more?"): where the guide's later levels reach and
  // pass that sum, then its pay across the levels, not the entry level alone.
  const levels = payLevels(deps.kb);
  const reach = levels.find((level) => level.high >= own);
  const above = levels.find((level) => level.low >= own);
  const all = deps.kb.faqById.get(PAY_ENTRY);
  const named = (level: (typeof levels)[number]) => ({ title: level.entry.title.replace(/ pay$/i, '').toLowerCase(), range: `${dollars(level.low)}–${dollars(level.high)}` });
  // The start asked of ("what would I earn starting out? I make 78k"): the entry level, set against their sum, not the ladder.
  const startAsked = STARTING_ASKED.test(normalise(text));
  if (!IN_DOLLARS.test(said)) {
    // Above the entry level ("I'm at like 95k"): the level that reaches it too, if it is dollars, then the pay by level.
    if (against === 'below' && reach && all && !startAsked) return { lead: Messages.beyond.payAboveEntryUntold(own.toLocaleString('en-US'), range, named(reach)), level: all };
    return { lead: Messages.beyond.payAgainstOwnUntold(own.toLocaleString('en-US'), range, against), level: start.entry };
  }
  if (against === 'below' && reach && all && !startAsked) {
    return { lead: Messages.beyond.payAboveEntry(dollars(own), range, named(reach), above && above !== reach ? named(above) : undefined), level: all };
  }
  return { lead: Messages.beyond.payAgainstOwn(dollars(own), range, against), level: start.entry };
}

/** The pay at the start asked for: "starting out", "starting salary", "entry level", "at first", "first year". */
const STARTING_ASKED = /\b(?:starting out|starting (?:pay|salary|wage)s?|start(?:ing)? at|to start (?:with|out)?|entry ?level|at first|in (?:my|the) first (?:job|year)|first year|straight (?:away|out))\b/;

/** A pay level above the entry level named in the message, by the words people use for it. */
const LEVELS_NAMED: ReadonlyArray<readonly [string, RegExp]> = [
  ['salary-mid', /\bmid(?:dle)? ?(?:level|career|tier|range)\b|\bmidlevel\b/],
  // A level, not a job of the writer's ("I'm a senior nurse on 78k"): named with pay or level words, or as a place to reach.
  ['salary-senior', /\bsenior (?:level|care managers?|pay|salary|role|position|band|vs|versus)\b|\b(?:at|to|as|reach|hit|make|get to) (?:a |the )?senior\b/],
  ['salary-director', /\b(?:director|supervisor)s? (?:level|pay|salary|role|position|vs|versus)\b|\b(?:at|to|as|reach|hit|make|get to) (?:a |the )?(?:director|supervisor)\b/],
  ['salary-vp', /\b(?:vp|vice president)s?\b/],
];
/** True when the message names one pay level above the entry level ("mid level pay vs what I make", "at senior level"). */
export function laterPayLevelNamed(text: string): boolean {
  const said = normalise(text);
  return LEVELS_NAMED.filter(([, pattern]) => pattern.test(said)).length === 1;
}
function levelNamedForPay(kb: DialogDeps['kb'], text: string): ReturnType<typeof payLevels>[number] | undefined {
  const said = normalise(text);
  const named = LEVELS_NAMED.filter(([, pattern]) => pattern.test(said));
  // One level only: two named ("from mid level to senior") are a question of the ladder, not of one level.
  if (named.length !== 1) return undefined;
  return payLevels(kb).find((level) => level.entry.id === named[0]![0]);
}

/** The guide's first jobs on the way to care management. */
export const FIRST_JOBS_ENTRY = 'entry-level-jobs';

/** Work or experience asked of in the question itself ("and would my years of counseling count as experience?"). */
export function asksOfWorkToo(text: string): boolean {
  return /\b(?:experience|years|work|job)\b/.test(normalise(text));
}

/**
 * A field that is also work the guide asks experience in (case management, counseling, healthcare delivery): the first
 * job it names for it, or '' when it names none; null when the field is no such work.
 */
export function workOfTheField(field: string): string | null {
  const said = normalise(field);
  if (/\bcounsel\w*/.test(said)) return 'counselor';
  if (/\b(?:case management|case work|care coordination)\b/.test(said)) return 'care coordinator or case manager';
  return /\bhealth ?care delivery\b/.test(said) ? '' : null;
}

/** The kind of experience the guide says employers often ask for (case management, counseling, healthcare delivery) each job is. */
const GUIDE_WORDS_OF_JOB: Readonly<Record<string, string>> = {
  counselor: 'counseling',
  'case-worker': 'case management',
  'care-coordinator': 'case management',
  ...Object.fromEntries(
    ['nurse', 'nursing-assistant', 'healthcare-assistant', 'care-worker', 'allied-health', 'paramedic', 'phlebotomist', 'mental-health-worker', 'dialysis-technician', 'surgical-technician', 'imaging-technician', 'clinical-technician', 'therapy-aide'].map((id) => [id, 'healthcare delivery']),
  ),
};

/** Work outside health and social services a person may name, as a reply says it ("I work in a library"). */
export const OUTSIDE_WORK: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:librar(?:y|ies|ian|ians)|library assistant)\b/, 'library work'],
  [/\bwarehouses?\b/, 'warehouse work'],
  [/\b(?:truck|lorry|bus|taxi|uber|delivery) driv\w*\b|\bdriv(?:e|es|ing|er) (?:a |the )?(?:bus|buses|truck|trucks|lorry|lorries|taxi|cab)\b|\bdoes driving\b|\bdriving (?:count|help|matter)\b|\bdriv\w* for (?:doordash|uber|lyft|instacart|grubhub|deliveroo|amazon)\b|\bdoordash\w*/, 'driving'],
  [/\bbar work\b|\bbartend\w*/, 'bar work'],
  [/\b(?:construction|building site|bricklay\w*|carpent\w*|plumb\w*)\b/, 'construction work'],
  [/\b(?:electrician|sparky|sparkie)\b/, 'electrical work'],
  [/\b(?:factory|manufacturing|assembly line)\b/, 'factory work'],
  [/\b(?:hairdress\w*|barber|salon|beautician)\b/, 'salon work'],
  [/\b(?:software|developer|programmer|coding|web design\w*)\b/, 'software work'],
  [/\b(?:clean (?:offices|houses|homes|buildings)|office clean\w*|cleaner|janitor\w*|custodian)\b/, 'cleaning work'],
  [/\b(?:retail|cashier|shop assistant|sales assistant)\b/, 'retail work'],
  [/\b(?:animal care|caring for animals|vet techs?|veterinar\w*|zoos?|zookeep\w*|zoo keep\w*|kennels?)\b/, 'animal care'],
];
/** Health or care told of work outside the field ("a police officer, lots of calls involving mental health"): left open. */
const TOLD_OF_HEALTH = /\b(?:health\w*|mental|patients?|crisis|care|caring|medical|hospital\w*)\b/;
/** Helping people through services or hardship ("I help refugees with their paperwork"): close to social services, not named. */
const HELPING_THROUGH_SERVICES = /\b(?:refugees?|asylum seekers?|immigrants?|migrants?|newcomers?|homeless(?:ness)?|food banks?|(?:homeless|women s|domestic violence) shelters?|soup kitchens?)\b/;
/**
 * Work told that names a skill of the guide's list, with the guide's words for it: coordinating ("my job is coordinating
 * all day", "i juggle 40 drivers a day"), organizing, finance (the CMC's financial issues), records and paperwork.
 */
const SKILLS_IN_WORK: ReadonlyArray<readonly [RegExp, string, string | null]> = [
  [/\b(?:coordinat\w*|co ordinat\w*|dispatch\w*|juggl\w*)\b/, 'organizational skills, managing multiple cases at once, among those care managers need, and coordinating services with providers and agencies is a main part of the job', 'organizational skills'],
  [/\b(?:organi[sz]\w*|multitask\w*|planning|logistics|scheduling|(?:the|staff|work|shift) schedules?|rotas?)\b/, 'organizational skills, managing multiple cases at once, among those care managers need', 'organizational skills'],
  [/\b(?:financ\w*|accounting|accountant|bookkeep\w*|budget\w*|(?:do|did|keep|kept|doing) the books|payroll)\b/, 'financial issues among what the CMC covers, and says budgeting is often required in higher-level management roles', null],
  // IT work ("does my IT background help at all?"): the computer skills the guide lists (ut37a P09-2).
  [/\b(?:it (?:support|background|job|career|experience|department|help ?desk|skills)|tech support|technical support|help ?desk|information technology|information systems|computers?|sys ?admin\w*|systems admin\w*|network admin\w*)\b/, 'computer skills, familiarity with healthcare information systems and electronic health records (EHR), among those care managers need', 'computer skills'],
  [/\b(?:paperwork|records?|record keeping|documentation|admin|administration)\b/, 'documentation, keeping accurate and detailed records, among the skills care managers need', 'documentation'],
  [/\bcustomers?\b|\b(?:cranky|angry|difficult|rude|upset) (?:people|guests|patrons|clients|callers)\b/, 'communication and problem-solving among the skills care managers need', 'communication'],
];
/** Two or more of the skills told: the guide's names for each, in one line ("I do the books, scheduling, deal with cranky customers"). */
const MANY_SKILLS_TOLD = 2;

/** Knowing or working with families told of work outside the field ("I know a lot of the families"). */
const FAMILIES_TOLD = /\b(?:know|knew|work with|worked with|deal with|talk to|talk with|help|helped) (?:\w+ ){0,3}?(?:families|parents)\b/;

/** The paperwork the guide says care managers help their clients with. */
const PAPERWORK = /\b(?:paperwork|forms?|applications?|documents?|benefits? claims?|appointments?)\b/;

/**
 * The lead before the guide's experience answer when a person asks whether their work counts: the guide's own words
 * for the work where they fit it (a place or first job it names; the job as the healthcare delivery, counseling or
 * case management it says employers ask for), and where they do not, plainly what it counts instead.
 */
export function experienceLead(deps: DialogDeps, said: string, experience: ExperienceAsked, ownWork: OwnWorkCounted | null = null, question: string = said): string {
  // No degree told beside it ("I only have a high school diploma and a CDL. Does what I did for my mother count?"):
  // what the guide says of that first, so the half told is not dropped (tester ut34a, truck #2).
  const alone = ownWork ? ownWorkLead(ownWork) : experienceLeadAlone(deps, said, experience);
  // "or does it have to be case management experience specifically?": one of the three kinds it names (ut34a, ot #3).
  const lead = experience === 'care-work' && caseManagementOnlyAsked(question) ? `${alone} ${Messages.caseManagementNotOnly}` : alone;
  return readAboutYou(said, deps.kb).education === 'none' ? `${Messages.noDegreeBeside} ${lead}` : lead;
}

/** The lead for work weighed with the job told before: the yes naming that job, or the guide's silence on a job outside the field. */
function ownWorkLead(ownWork: OwnWorkCounted): string {
  const { job, years } = ownWork;
  if (!job) return Messages.experienceNotSaid.guideKind;
  if (ownWork.verdict === 'care-work') return Messages.experienceOfJob(job.title, years !== undefined ? formatYears(years) : null, GUIDE_WORDS_OF_JOB[job.id] ?? null);
  return Messages.experienceNotSaid.jobOutside(job.title, ownWork.crisis);
}

function experienceLeadAlone(deps: DialogDeps, said: string, experience: ExperienceAsked): string {
  if (experience === 'care-work') {
    const named = workNamed(said);
    if (named) return Messages.experienceNamed(named);
    const about = readAboutYou(ownWorkPart(said), deps.kb);
    const job = about.job?.inField && !isStudentJob(about.job.id) ? about.job : undefined;
    if (job) return Messages.experienceOfJob(job.title, about.years !== undefined && about.years > 0 ? formatYears(about.years) : null, GUIDE_WORDS_OF_JOB[job.id] ?? null);
    return Messages.experienceCounts['care-work'];
  }
  if (experience !== 'not-said') return Messages.experienceCounts[experience];
  if (tellsOfMilitaryHealthWork(said)) return Messages.experienceNotSaid.militaryHealth;
  if (tellsOfFaithWork(said) && tellsOfCareWork(ownWorkPart(said))) return Messages.experienceNotSaid.faith(/\bcounsel/i.test(said));
  if (tellsOfCareSoftware(said)) return Messages.experienceNotSaid.software;
  if (tellsOfManaging(said)) return Messages.experienceNotSaid.managing;
  const t = normalise(said);
  if (HELPING_THROUGH_SERVICES.test(t)) return Messages.experienceNotSaid.helpingThroughServices(PAPERWORK.test(t));
  const skills = SKILLS_IN_WORK.filter(([named]) => named.test(t));
  const short = [...new Set(skills.flatMap(([, , name]) => name ?? []))];
  // Several told: each by the guide's short name, with problem-solving beside communication (difficult customers).
  if (skills.length >= MANY_SKILLS_TOLD && short.length > 0) return Messages.experienceNotSaid.skillsOfTheGuide(short.flatMap((name) => (name === 'communication' ? [name, 'problem-solving'] : [name])));
  const skill = skills[0]?.[1];
  if (skill) return Messages.experienceNotSaid.skillOfTheGuide(skill);
  const job = readAboutYou(said, deps.kb).job;
  // Health work the guide never names as its experience (a pharmacy): what it does say of medications, in its words.
  if (job && isUnnamedJob(job.id) && /\bpharm\w*|\bchemist\b|\bdispens\w*/.test(t)) return Messages.experienceNotSaid.pharmacy;
  const outside = OUTSIDE_WORK.find(([named]) => named.test(t))?.[1] ?? (job && !job.inField && !isUnnamedJob(job.id) && !TOLD_OF_HEALTH.test(t) ? `work as ${Messages.withArticle(job.title)}` : undefined);
  return outside ? Messages.experienceNotSaid.outside(outside, FAMILIES_TOLD.test(t)) : Messages.experienceCounts['not-said'];
}

/** Asked whether one must be a nurse or a social worker: "do i need to be a nurse", "must you be an RN", "is it only for nurses". */
const MUST_BE = /\b(?:do|does|would|will|have|has)? ?(?:i|you|u|one|someone|people) (?:need|needs|have|has|got) to be (?:a |an )?(nurse|nurses|rn|registered nurse|social worker|social workers)\b|\bmust (?:i|you|u|one) be (?:a |an )?(nurse|rn|registered nurse|social worker)\b|\b(?:only|just) for (nurses|social workers)\b/;

/**
 * The job a person asks whether they must hold ("do i need to be a nurse"): 'nurse', 'registered nurse' (an RN asked by
 * name, which the guide never sets beside an LPN or any other nurse) or 'social worker'; null when not asked.
 */
export function mustBeAsked(text: string): 'nurse' | 'registered nurse' | 'social worker' | null {
  const found = MUST_BE.exec(normalise(text));
  const job = found ? (found[1] ?? found[2] ?? found[3]) : undefined;
  if (!job) return null;
  if (/^(?:rn|registered nurse)$/.test(job)) return 'registered nurse';
  return /social/.test(job) ? 'social worker' : 'nurse';
}
