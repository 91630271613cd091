import type { CareerStep, KnowledgeBase } from '../../knowledge/schema';
import { formatYearRange, formatYears, RoadmapWords } from '../rendering/guidedMessages';
import { mentionedSpecialisations } from '../understanding/specialisationMatch';
import { containsPhrase, normalise, readNumber } from '../understanding/textMatch';

export type Education = 'school' | 'studying' | 'relevant-degree' | 'other-degree' | 'none';
export type Aim = 'become' | 'specialise' | 'lead';

/** Where the user stands and what they aim for; null where they have not said. */
export interface Situation {
  education: Education | null;
  /** Works in health or social services now (or has). */
  working: boolean | null;
  /** Years in health or social services. */
  years: number | null;
  aim: Aim | null;
}

export const EMPTY_SITUATION: Readonly<Situation> = Object.freeze({ education: null, working: null, years: null, aim: null });

/** The guide's ten steps by number: the plan reasons about them by their place in the guide, which the content keeps. */
export const STEP = Object.freeze({
  role: 1,
  education: 2,
  experience: 3,
  skills: 4,
  certification: 5,
  job: 6,
  organisations: 7,
  learning: 8,
  specialise: 9,
  advance: 10,
});

// ---------------------------------------------------------------- reading the answers

const RELEVANT_FIELD = ['nursing', 'nurse', 'social work', 'social worker', 'bsn', 'bsw', 'msw', 'msn', 'rn', 'registered nurse', 'related field', 'nursing sw', 'sw degree'];
const DEGREE = ['degree', 'studied', 'bachelor', "bachelor's", 'bachelors', 'master', "master's", 'masters', 'graduated', 'graduate', 'diploma', 'bsc', 'msc', 'ba', 'ma', 'phd', 'doctorate', 'bsn', 'bsw', 'msw', 'msn', 'qualified'];
const STUDYING = ['studying', 'study', 'student', 'enrolled', 'in college', 'at college', 'at uni', 'at university', 'in university', 'undergrad', 'undergraduate', 'freshman', 'sophomore', 'first year', 'second year', 'third year', 'final year', 'doing a', 'taking a', 'working on a', 'working towards', 'working toward'];
const SCHOOL = ['high school', 'highschool', 'secondary school', 'at school', 'in school', 'still at school', 'sixth form', 'school student', 'school pupil', 'teenager', 'gcse', 'gcses', 'a levels', 'a level', 'year 11', 'year 12', 'year 13', 'grade 10', 'grade 11', 'grade 12'];
const NO_DEGREE = [
  'no degree', 'without a degree', "don't have a degree", 'dont have a degree', 'do not have a degree', "haven't got a degree", 'havent got a degree',
  "haven't got any degree", 'no college', 'never went to college', 'never went to university', 'never went to uni', "didn't go to college",
  "didn't go to university", "didn't go to uni", 'no qualifications', 'dropped out', 'no formal education', 'not have a degree', 'no diploma',
];
const OTHER_DEGREE = ['another degree', 'other degree', 'different degree', 'different field', 'another field', 'unrelated degree', 'not related'];
const WORKING = [
  'am working', 'working as', 'working in', 'working at', 'working with', 'been working', 'currently working', 'work as', 'work in', 'work at', 'i work', 'my job', 'employed', 'i worked', 'have worked', 'worked as', 'worked in', 'worked at', 'years experience', 'years of experience', 'year experience',
  'healthcare assistant', 'health care assistant', 'care assistant', 'hca', 'cna', 'nursing assistant', 'care worker', 'support worker',
  'caregiver', 'carer', 'counselor', 'counsellor', 'case worker', 'caseworker', 'care coordinator', 'case manager', 'nursing home', 'care home', 'in a hospital',
  'working in care',
];
/** Saying you are a nurse or social worker means both the degree and the work. */
const RELEVANT_ROLE = ["i'm a nurse", 'i am a nurse', 'im a nurse', 'work as a nurse', 'registered nurse', "i'm a social worker", 'i am a social worker', 'im a social worker', 'work as a social worker'];

function hasAny(text: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => containsPhrase(text, phrase));
}

/** Reads where someone stands from a button or their own words; null when nothing in the text says it. */
export function parseStage(text: string): Partial<Situation> | null {
  const found: Partial<Situation> = {};
  const studying = hasAny(text, STUDYING) && !/\b(?:studied|graduated)\b/.test(normalise(text));
  const relevant = hasAny(text, RELEVANT_FIELD);
  if (hasAny(text, NO_DEGREE)) found.education = 'none';
  else if (hasAny(text, SCHOOL)) found.education = 'school';
  else if (studying && relevant) found.education = 'studying';
  else if (hasAny(text, OTHER_DEGREE)) found.education = 'other-degree';
  else if (hasAny(text, DEGREE) || hasAny(text, RELEVANT_ROLE)) found.education = relevant ? 'relevant-degree' : 'other-degree';
  else if (studying) found.education = 'studying';

  const years = yearsMentioned(text);
  if (years !== null) found.years = years;
  if (hasAny(text, RELEVANT_ROLE) || (hasAny(text, WORKING) && !hasAny(text, ['not working', 'not yet working', "haven't worked", 'never worked']))) found.working = true;
  if (years !== null && years > 0) found.working = true;
  return Object.keys(found).length > 0 ? found : null;
}

const YEARS_PATTERN = /(\d+(?:\.\d+)?|[a-z]+)\s*\+?\s*(?:more\s+)?(years?|yrs?|months?)\b/;

/** Years when the text gives a duration with its unit ("3 years", "six months", "a year"); null otherwise. */
export function yearsMentioned(text: string): number | null {
  const t = normalise(text).replace(/\bcouple of\b/, 'couple').replace(/\bfew\b/, 'few');
  if (/\b(?:less than|under) (?:a|one) year\b/.test(t)) return 0.5;
  const match = YEARS_PATTERN.exec(t);
  if (!match) return null;
  const amount = match[1] === 'few' || match[1] === 'several' ? 3 : readNumber(match[1]!);
  if (amount === null) return null;
  return match[2]!.startsWith('m') ? Math.round((amount / 12) * 10) / 10 : amount;
}

/** Reads an answer to "how long have you worked in health or social services?". */
export function parseYears(text: string): number | null {
  const t = normalise(text);
  if (/^(?:not yet|none|no|nope|never|0|zero|not at all|no experience|nothing|i have not|have not|i havent|havent|not really)\b/.test(t)) return 0;
  if (/\b(?:i )?(?:don't|dont|do not) work\b|\bnot working\b|\bnever worked\b/.test(t)) return 0;
  if (/\b(?:one|1) and a half years?\b/.test(t)) return 1.5;
  if (/\bhalf a year\b/.test(t)) return 0.5;
  if (/\b(?:a|one) decade\b/.test(t)) return 10;
  if (/^(?:i )?(?:just|only just|recently) (?:started|begun|began)\b|^not (?:long|very long)\b/.test(t)) return 0.5;
  if (/\b(?:under|less than|below)\s+(?:2|two)\b/.test(t)) return 1;
  if (/\b(?:over|more than|above|at least)\s+(?:5|five)\b|\b5\s*\+/.test(t)) return 5;
  // "2 to 5 years", and "2-5 years" (normalised, the dash is a space).
  const range = /\b(\d+|[a-z]+)\s+to\s+(\d+|[a-z]+)\s*(?:years?|yrs?)?\b/.exec(t) ?? /\b(\d+)\s+(\d+)\s*(?:years?|yrs?)\b/.exec(t);
  if (range) {
    const low = readNumber(range[1]!);
    if (low !== null && readNumber(range[2]!) !== null) return low;
  }
  const mentioned = yearsMentioned(t);
  if (mentioned !== null) return mentioned;
  const bare = /^(\d+(?:\.\d+)?)$/.exec(t);
  return bare ? Number(bare[1]) : null;
}

/** Reads what someone aims for; null when the text does not say. */
export function parseAim(text: string, kb: KnowledgeBase): Aim | null {
  const t = normalise(text);
  // "ages" is a vague duration here, though its stem is the stem of "ageing".
  const vagueTime = /^(?:for )?(?:ages|a while|a long time|a bit|some time|awhile)$/.test(t);
  if (/\bspeciali[sz]|\bspecialty\b|\bspecialism\b|\bniche\b|\bfocus on\b/.test(t) || (!vagueTime && mentionedSpecialisations(kb, text).length > 0)) return 'specialise';
  if (/\b(?:lead|leader|leading|leadership|manage a team|management|director|senior|chief|executive|promot\w*|advanc\w*|move up|climb|top|vp|vice president|run a|boss|head of)\b/.test(t)) return 'lead';
  if (/\b(?:become|be a|get started|start|first job|qualify|get into|enter|break into|switch|change career|career change|job as|get a job|work as|care manager)\b/.test(t)) return 'become';
  return null;
}

// ---------------------------------------------------------------- the guide's timeline

/** The durations the guide gives for the usual route, read from the content so the plan never invents numbers. */
export interface Timeline {
  bachelorYears: number;
  masterYears: number;
  totalMin: number;
  totalMax: number;
}

export const TIMELINE_FAQ_ID = 'how-long';

/**
 * Reads the timeline from the "how long does it take" answer: the duration on the bachelor's line, the one on the
 * master's line and the range for the whole route. Null when the wording does not give all three.
 */
export function parseTimeline(answer: string): Timeline | null {
  const segments = answer
    .replace(/\*+/g, '')
    .split(/\n|(?<=\.)\s+/)
    .map((segment) => segment.trim())
    .filter(Boolean);
  let bachelorYears: number | null = null;
  let masterYears: number | null = null;
  let total: [number, number] | null = null;
  const duration = /(\d+(?:\.\d+)?|[a-z]+)(?:\s*(?:to|-|–)\s*(\d+(?:\.\d+)?|[a-z]+))?\s+(?:extra\s+|more\s+|additional\s+)?years?\b/gi;
  for (const segment of segments) {
    const lower = segment.toLowerCase();
    for (const match of lower.matchAll(duration)) {
      const low = readNumber(match[1]!);
      const high = match[2] ? readNumber(match[2]) : null;
      if (low === null || low === 1) continue;
      if (high !== null) total ??= [low, high];
      else if (lower.includes('bachelor')) bachelorYears ??= low;
      else if (lower.includes('master')) masterYears ??= low;
    }
  }
  if (bachelorYears === null || masterYears === null || total === null) return null;
  return { bachelorYears, masterYears, totalMin: total[0], totalMax: total[1] };
}

export function timelineFromKb(kb: KnowledgeBase): Timeline | null {
  const entry = kb.faqById.get(TIMELINE_FAQ_ID);
  return entry ? parseTimeline(entry.answer) : null;
}

// ---------------------------------------------------------------- the plan

export type StepStatus = 'done' | 'in-progress' | 'next' | 'later';

export interface PlanStep {
  step: CareerStep;
  status: StepStatus;
  note: string | null;
}

export interface PlanCertification {
  name: string;
  fit: string;
}

export interface RoadmapPlan {
  situation: Situation;
  /** All ten steps in the guide's order, each with its status for this user. */
  steps: PlanStep[];
  /** What to do next, in order (at most three steps). */
  next: PlanStep[];
  /** The time estimate, in words, consistent with the guide. */
  time: string;
  certifications: PlanCertification[];
}

export interface PlanContext {
  /** The specialisation the user chose earlier, if any, by name. */
  chosenSpecialisation: string | null;
}

/** Remaining years of the route after the degree: the guide's total less its bachelor's years. */
function remainder(timeline: Timeline): [number, number] {
  return [Math.max(0, timeline.totalMin - timeline.bachelorYears), Math.max(0, timeline.totalMax - timeline.bachelorYears)];
}

/** Builds the personal plan: which steps are done, in progress, next or later, the time it takes and the certifications that fit. */
export function buildRoadmap(kb: KnowledgeBase, situation: Situation, context: PlanContext): RoadmapPlan {
  const timeline = timelineFromKb(kb);
  const education = situation.education ?? 'none';
  const years = situation.years ?? 0;
  const working = situation.working === true || years > 0;
  const hasRelevantDegree = education === 'relevant-degree';
  const hasDegree = hasRelevantDegree || education === 'other-degree';
  const experienceCovered = timeline ? years >= remainder(timeline)[1] : false;
  const aim = situation.aim ?? 'become';
  const notes = RoadmapWords.notes;

  const status = (n: number): [StepStatus, string | null] => {
    switch (n) {
      case STEP.role:
        return education === 'studying' || hasDegree || working ? ['done', null] : ['next', null];
      case STEP.education:
        if (hasRelevantDegree) return ['done', null];
        if (education === 'studying') return ['in-progress', notes.educationStudying];
        if (education === 'other-degree') return ['next', notes.educationOther];
        if (education === 'none') return ['next', noDegreeNote(kb)];
        return ['next', null];
      case STEP.experience:
        if (working) return experienceCovered ? ['done', null] : ['in-progress', notes.experienceWorking];
        return education === 'school' ? ['later', null] : ['next', null];
      case STEP.skills:
        return working || education === 'studying' || hasDegree ? ['in-progress', null] : ['later', null];
      case STEP.certification:
        return working && hasDegree ? ['next', null] : ['later', null];
      case STEP.job:
        if (working) return ['in-progress', notes.jobWorking];
        return hasRelevantDegree || education === 'studying' ? ['next', null] : ['later', null];
      case STEP.organisations:
        return working || hasRelevantDegree ? ['next', null] : ['later', null];
      case STEP.learning:
        return working ? ['in-progress', null] : ['later', null];
      case STEP.specialise: {
        const note = context.chosenSpecialisation ? notes.specialiseChosen(context.chosenSpecialisation) : null;
        return aim === 'specialise' && working && hasDegree ? ['next', note] : ['later', note];
      }
      case STEP.advance:
        return aim === 'lead' && working && experienceCovered ? ['next', null] : ['later', null];
      default:
        return ['later', null];
    }
  };

  const steps: PlanStep[] = kb.steps.map((step) => {
    const [s, note] = status(step.number);
    return { step, status: s, note };
  });
  const upcoming = steps.filter((p) => p.status === 'next');
  const aimStep = aim === 'specialise' ? STEP.specialise : aim === 'lead' ? STEP.advance : null;
  // The step the user aims for closes the list of what comes next, so the plan always points at their goal.
  const next = upcoming.slice(0, 3);
  if (aimStep !== null && !next.some((p) => p.step.number === aimStep)) {
    const target = steps.find((p) => p.step.number === aimStep);
    if (target && target.status !== 'done') next.push(target);
  }
  if (next.length === 0) {
    const firstOpen = steps.find((p) => p.status !== 'done');
    if (firstOpen) next.push(firstOpen);
  }
  return {
    situation,
    steps,
    next,
    time: timeEstimate(kb, timeline, education, years),
    certifications: certifications(kb, working && hasDegree, hasRelevantDegree),
  };
}

function timeEstimate(kb: KnowledgeBase, timeline: Timeline | null, education: Education, years: number): string {
  const words = RoadmapWords.time;
  if (!timeline) {
    const entry = kb.faqById.get(TIMELINE_FAQ_ID);
    return words.fallback(entry ? entry.answer.replace(/\*+/g, '') : '');
  }
  const bachelor = formatYears(timeline.bachelorYears);
  const master = formatYears(timeline.masterYears);
  const total = formatYearRange(timeline.totalMin, timeline.totalMax);
  const [restMin, restMax] = remainder(timeline);
  const rest = formatYearRange(restMin, restMax);
  switch (education) {
    case 'school':
      return words.wholeRoute(bachelor, master, total);
    case 'studying':
      return words.studying(bachelor, rest, master, total);
    case 'relevant-degree': {
      if (years <= 0) return words.degreeNoExperience(rest, master);
      const left: [number, number] = [Math.max(0, restMin - years), Math.max(0, restMax - years)];
      if (left[1] <= 0) return words.degreeEnoughExperience(formatYears(years));
      return words.degreeSomeExperience(formatYears(years), formatYearRange(left[0], left[1]), master);
    }
    case 'other-degree':
      return words.otherDegree(rest, bachelor, master);
    case 'none':
      return years > 0 ? words.noDegreeWorking(total, formatYears(years)) : words.noDegree(total);
  }
}

const WITHOUT_DEGREE_FAQ_ID = 'without-degree';

/** The gist of the guide's FAQ on working without a degree, short enough for a plan line; a pointer to it otherwise. */
function noDegreeNote(kb: KnowledgeBase): string {
  return kb.faqById.has(WITHOUT_DEGREE_FAQ_ID) ? RoadmapWords.notes.educationNone : RoadmapWords.notes.educationNoneFallback;
}

const CCM_FAQ_ID = 'ccm';
const CMC_FAQ_ID = 'cmc';

/** The certifications the guide names, with how they fit this user; names and requirements come from the FAQ answers. */
function certifications(kb: KnowledgeBase, readyNow: boolean, hasRelevantDegree: boolean): PlanCertification[] {
  const result: PlanCertification[] = [];
  const fit = RoadmapWords.certFit;
  const ccm = kb.faqById.get(CCM_FAQ_ID);
  if (ccm) result.push({ name: certificationName(ccm.answer, ccm.title), fit: readyNow ? fit.ccmNow : fit.ccmLater });
  const cmc = kb.faqById.get(CMC_FAQ_ID);
  if (cmc) {
    const needs = bulletList(cmc.answer);
    const name = certificationName(cmc.answer, cmc.title);
    result.push({ name, fit: needs ? (readyNow && hasRelevantDegree ? fit.cmcNow(needs) : fit.cmcLater(needs)) : fit.ccmLater });
  }
  return result;
}

/** The first bold phrase of an answer, e.g. "Certified Case Manager (CCM)"; the entry title if there is none. */
export function certificationName(answer: string, fallback: string): string {
  const bold = /\*\*([^*]+)\*\*/.exec(answer);
  return bold ? bold[1]!.trim() : fallback;
}

/** The "- " bullet lines of an answer as one phrase ("a, b and c"), markdown removed. */
function bulletList(answer: string): string {
  const items = answer
    .split('\n')
    .filter((line) => /^\s*-\s+/.test(line))
    .map((line) => line.replace(/^\s*-\s+/, '').replace(/\*+/g, '').trim());
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

/** Steps the plan counts as done, to keep in the user's profile. */
export function doneSteps(plan: RoadmapPlan): number[] {
  return plan.steps.filter((p) => p.status === 'done').map((p) => p.step.number);
}

/** The situation as the flat record the profile keeps (UserProfile.roadmap). */
export function situationRecord(situation: Situation): Record<string, string> {
  const record: Record<string, string> = {};
  if (situation.education) record['education'] = situation.education;
  if (situation.working !== null) record['working'] = String(situation.working);
  if (situation.years !== null) record['years'] = String(situation.years);
  if (situation.aim) record['aim'] = situation.aim;
  return record;
}
