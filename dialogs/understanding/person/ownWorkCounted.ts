/**
 * Whether the person's own work counts as experience, weighed with the job they told before as well as the question's
 * words (session 35, tester ut34c: "does any of that count?" got a police officer's crisis calls a "Yes", and an OT's
 * "would my OT years count?" "the guide doesn't say"). The guide counts work, volunteering or interning in health or
 * social services, and names case management, counseling and healthcare delivery as the experience employers ask for.
 * So: the people or subjects of a job outside the field ("mental health stuff, welfare checks" of a police officer) are
 * not that work, while a job in the field, named by its short form or kept from before, is. Pure.
 */
import type { KnowledgeBase } from '../../../knowledge/schema';
import type { KnownAboutYou } from '../../deps';
import { normalise } from '../core/textMatch';
import { CARE_SETTING, isStudentJob, isUnnamedJob, jobById, readAboutYou, type Job } from './aboutYou';
import { experienceAsked, experienceWayNamed, ownWorkPart, type ExperienceAsked } from './experienceCounts';

/** The verdict on the person's own work, with the job it is weighed as. */
export interface OwnWorkCounted {
  verdict: ExperienceAsked;
  /** The job the work is: in the field (the yes names it) or outside it (the reply says the guide doesn't name it); none when the guide's own kind was asked of. */
  job?: Job;
  /** Years told of it before, when the yes can say them. */
  years?: number;
  /** Crisis or emergency work told, which the guide's skills speak to. */
  crisis: boolean;
}

/**
 * Health jobs people write by their letters, which the job readers leave alone because the letters mean other things
 * elsewhere ("with OT" is overtime): read only as one's own years or work ("my OT years", "as a PT").
 */
const HEALTH_LETTERS: ReadonlyArray<readonly [RegExp, Job]> = [
  [/\bots?\b/, { id: 'allied-health', title: 'occupational therapist', inField: true }],
  [/\bpts?\b/, { id: 'allied-health', title: 'physical therapist', inField: true }],
  [/\brts?\b/, { id: 'allied-health', title: 'respiratory therapist', inField: true }],
  [/\bslps?\b/, { id: 'allied-health', title: 'speech therapist', inField: true }],
  [/\b(?:lpns?|lvns?)\b/, { id: 'nurse', title: 'licensed practical nurse', inField: true }],
  [/\bemts?\b/, { id: 'paramedic', title: 'EMT', inField: true }],
];
/** The letters as one's own work: "my OT years", "my years as a PT", "as an LPN", "my RT experience"; not "a PT job" (part time). */
const OWN_LETTERS = /\b(?:as an?|being an?|been an?|am an?|m an?|im an?) (?:\w+ )?(?:ots?|pts?|rts?|slps?|lpns?|lvns?|emts?)\b(?! (?:job|jobs|work|hours|shifts?|role|position|basis)\b)|\bmy (?:ots?|pts?|rts?|slps?|lpns?|lvns?|emts?) (?:years?|yrs|experience|background|license|licence|career)\b/;

/** A question that names nothing but the asking and the person's own work: "would my years count?", "does my job count?" (not a bare "that", which may point at anything told). */
const POINTS_AT_OWN_WORK = /\bmy (?:\w+ )?(?:years?|yrs|experience|work|job|background|time|role)\b/;
const ASKING_ONLY = new Set(
  'does do did would will could can is was that this it those all any of my the a an as count counts counted counting towards toward for experience exp anything something much really even actually still then so or not years year yrs work job background role time be there here the'.split(' '),
);

/** Asked whether only case management counts: "or does it have to be case management experience specifically?". */
const CASE_MANAGEMENT_ONLY = /\b(?:have to|has to|need to|needs to|must) be (?:\w+ )?case management\b|\b(?:only|just) case management\b|\bcase management (?:experience )?(?:specifically|in particular)\b/;

/** Crisis work told: calls, emergencies, de-escalation. */
const CRISIS = /\b(?:crisis|crises|emergenc\w*|de ?escalat\w*|911|first responder)\b/;

/** True when the question asks whether only case management experience counts. */
export function caseManagementOnlyAsked(text: string): boolean {
  return CASE_MANAGEMENT_ONLY.test(normalise(text));
}

/**
 * The verdict on the person's own work where what they told before changes it; null where the question's words alone
 * decide (`verdict`, from experienceAsked). `said` is the whole message, `known` what the profile keeps of them.
 */
/** The guide's own names for the experience employers ask for, asked of ("count as experience in delivering care?"): no work told. */
const GUIDE_KINDS = /\b(?:(?:health ?care|care) delivery|deliver(?:ing|y of)? (?:health ?)?care|case management|counsel(?:l)?ing)(?= experience\b|\??$)/gi;

export function ownWorkCounted(text: string, said: string, verdict: ExperienceAsked | null, known: KnownAboutYou | undefined, kb: KnowledgeBase): OwnWorkCounted | null {
  if (verdict === null) return null;
  // "does interpreting count as experience in delivering care?": the guide's kind asked of is no care work told (ut35a, P10 m6).
  if (verdict === 'care-work' && new RegExp(GUIDE_KINDS.source, 'i').test(said) && experienceAsked(text.replace(GUIDE_KINDS, ' '), said.replace(GUIDE_KINDS, ' ')) !== 'care-work') return { verdict: 'not-said', crisis: false };
  const own = normalise(ownWorkPart(said));
  const crisis = CRISIS.test(own);
  const told = readAboutYou(said, kb);
  const toldJob = told.job;
  const keptJob = known?.job ? jobById(known.job) : null;
  // A job in the field by its letters, or kept from before and pointed at: the yes, with that job.
  const question = normalise(text);
  const whole = normalise(said);
  const lettersIn = [question, whole].find((words) => OWN_LETTERS.test(words));
  const letters = lettersIn ? HEALTH_LETTERS.find(([named]) => named.test(lettersIn))?.[1] : undefined;
  const yearsTold = told.years ?? known?.years;
  const years = yearsTold !== undefined && yearsTold > 0 ? { years: yearsTold } : {};
  if (verdict === 'not-said' && letters) return { verdict: 'care-work', job: letters, ...years, crisis };
  // "would my years count, or does it have to be case management specifically?": the first part points at their work.
  const asked = CASE_MANAGEMENT_ONLY.test(question) ? question.replace(/\bor\b.*$/, '').trim() : question;
  const pointsOnly = POINTS_AT_OWN_WORK.test(asked) && asked.split(' ').every((word) => ASKING_ONLY.has(word));
  if (verdict === 'not-said' && pointsOnly && said.trim() === text.trim() && keptJob?.inField && !isUnnamedJob(keptJob.id) && !isStudentJob(keptJob.id)) return { verdict: 'care-work', job: keptJob, ...years, crisis };
  // The people or subjects of work told beside a job outside the field, told now or before: not the work the guide counts.
  const outside = [toldJob, keptJob].find((job): job is Job => job !== null && job !== undefined && !job.inField && !isUnnamedJob(job.id));
  if (verdict !== 'care-work' || !outside || (toldJob && toldJob.inField)) return null;
  const inFieldWork = CARE_SETTING.test(own) || experienceWayNamed(own) !== undefined || readAboutYou(ownWorkPart(said), kb).job?.inField === true;
  return inFieldWork ? null : { verdict: 'not-said', job: outside, crisis };
}
