import type { CareerStep, KnowledgeBase } from '../../knowledge/schema';
import { formatYearRange, formatYears, RoadmapWords } from '../rendering/guided/guidedMessages';
import { isStudentJob, jobById, type Aim, type DiplomaKind, type Education } from '../understanding/person/aboutYou';
import { readNumber } from '../understanding/core/textMatch';

export type { Aim, Education };

/** Where the user stands and what they aim for; null where they have not said. */
export interface Situation {
  /** The job they have or had (a job id of understanding/person/aboutYou.ts), when they said. */
  job: string | null;
  education: Education | null;
  /** Works in health or social services now (or has). */
  working: boolean | null;
  /** Years in health or social services. */
  years: number | null;
  /** The years as the user put them when they gave a band ("2 to 5 years"), said back instead of `years`. */
  yearsBand?: string | null;
  /** The degree held is a master's or above (said back so, never as "a degree in another field"). */
  higherDegree?: boolean | null;
  /** The years were volunteering only: experience, but no job (volunteeredOnly.ts). */
  volunteered?: boolean | null;
  /** A 'diploma' named as a certificate or an associate degree: said back as told. */
  diplomaKind?: DiplomaKind | null;
  aim: Aim | null;
}

export const EMPTY_SITUATION: Readonly<Situation> = Object.freeze({ job: null, education: null, working: null, years: null, aim: null });

/** Degrees and no degree: the people whose plan depends on how long they have worked in the field. */
export const ASK_EXPERIENCE_FOR: ReadonlySet<string> = new Set(['relevant-degree', 'other-degree', 'diploma', 'none']);

/** Where the user stands, as the plan and the chat say it back: "social worker, a relevant degree, about 4 years ...". */
export function startingPoint(situation: Situation): string {
  const parts: string[] = [];
  const job = situation.job ? jobById(situation.job) : null;
  if (job) parts.push(job.title);
  const diplomaKind = situation.education === 'diploma' ? situation.diplomaKind : null;
  if (situation.education) parts.push(situation.higherDegree === true && situation.education === 'other-degree' ? RoadmapWords.higherDegree : situation.higherDegree === true && situation.education === 'relevant-degree' ? RoadmapWords.higherRelevantDegree : diplomaKind ? RoadmapWords.diplomaOfKind[diplomaKind] : RoadmapWords.education[situation.education]);
  // Years only when they are known: working in the field without years said is no "no work experience yet".
  // A job told, in the field or out of it ("veterinary nurse, no work experience in the field yet"), says its years too.
  if (situation.years !== null && (situation.working || ASK_EXPERIENCE_FOR.has(situation.education ?? '') || job !== null)) {
    parts.push(RoadmapWords.years(situation.years, situation.yearsBand ?? null));
  }
  return parts.join(', ');
}

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
  /** What to do first on this step for this user, when it is not the step's own first to-do. */
  todo: string | null;
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
  /** A degree and the years of experience the guide's route asks for after it: the usual route covered. */
  routeCovered: boolean;
  certifications: PlanCertification[];
}

export interface PlanContext {
  /** The specialisation the user chose earlier, if any, by name. */
  chosenSpecialisation: string | null;
  /** Steps the person went through or said they have done (the walk's "done that one"): done whatever else is told. */
  stepsDone?: readonly number[];
}

/** Jobs in care coordination itself (a care coordinator, a case manager): the person knows the role from the inside. */
const KNOWS_THE_ROLE: ReadonlySet<string> = new Set(['care-coordinator']);

/** Remaining years of the route after the degree: the guide's total less its bachelor's years. */
function remainder(timeline: Timeline): [number, number] {
  return [Math.max(0, timeline.totalMin - timeline.bachelorYears), Math.max(0, timeline.totalMax - timeline.bachelorYears)];
}

/** Builds the personal plan: which steps are done, in progress, next or later, the time it takes and the certifications that fit. */
export function buildRoadmap(kb: KnowledgeBase, situation: Situation, context: PlanContext): RoadmapPlan {
  const timeline = timelineFromKb(kb);
  const education = situation.education ?? 'none';
  const years = situation.years ?? 0;
  // No years in the field, said outright ("not yet", "I don't work"), outweighs work read elsewhere in their words; a
  // student or school pupil works in the field only with years said or a job in it that is not their studies.
  const job = situation.job ? jobById(situation.job) : null;
  const worksAJob = job?.inField === true && !isStudentJob(job.id);
  const studying = situation.education === 'studying' || situation.education === 'school';
  const working = years > 0 || (situation.working === true && situation.years === null && (worksAJob || !studying));
  const hasRelevantDegree = education === 'relevant-degree';
  const hasDegree = hasRelevantDegree || education === 'other-degree';
  const experienceCovered = timeline ? years >= remainder(timeline)[1] : false;
  const aim = situation.aim ?? 'become';
  const notes = RoadmapWords.notes;

  const status = (n: number): [StepStatus, string | null] => {
    switch (n) {
      case STEP.role:
        // Done only from what the person said: the step gone through, or a job in care coordination. A degree, studies
        // or work in the field show some of the job, no more: under way.
        if (context.stepsDone?.includes(STEP.role) || KNOWS_THE_ROLE.has(situation.job ?? '')) return ['done', null];
        return education === 'studying' || hasDegree || working ? ['in-progress', null] : ['next', null];
      case STEP.education:
        if (hasRelevantDegree) return ['done', null];
        if (education === 'studying') return ['in-progress', notes.educationStudying];
        // A master's held: no degree to choose, only whether its field counts.
        if (education === 'other-degree' && situation.higherDegree === true) return ['done', notes.educationOtherHeld];
        if (education === 'other-degree') return ['next', notes.educationOther];
        if (education === 'none') return ['next', noDegreeNote(kb)];
        if (education === 'diploma') return ['next', notes.educationDiploma];
        return ['next', null];
      case STEP.experience:
        if (working) return experienceCovered ? ['done', null] : ['in-progress', notes.experienceWorking];
        return education === 'school' ? ['later', null] : ['next', null];
      case STEP.skills:
        return working || education === 'studying' || hasDegree ? ['in-progress', null] : ['later', null];
      case STEP.certification:
        return working && hasDegree ? ['next', null] : ['later', null];
      case STEP.job:
        if (working && situation.volunteered !== true) return ['in-progress', notes.jobWorking];
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

  const chosen = context.chosenSpecialisation;
  const steps: PlanStep[] = kb.steps.map((step) => {
    const [s, note] = status(step.number);
    // A student starts on experience where the guide says to while in school: internships, a practicum, volunteering.
    const todo =
      step.number === STEP.specialise && chosen
        ? notes.specialiseTodo(chosen)
        : step.number === STEP.experience && education === 'studying' && !working
          ? notes.experienceStudyingTodo
          : // A degree held is checked, not chosen again: never "Choose a degree" to someone who has one.
            step.number === STEP.education && education === 'other-degree'
            ? notes.educationOtherTodo
            : null;
    return { step, status: s, note, todo };
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
    // Leading is said in the guide's terms for moving up, after the time to care manager.
    time: timeEstimate(kb, timeline, education, years, situation.yearsBand ?? null) + (aim === 'lead' ? RoadmapWords.time.toLead : ''),
    routeCovered: (education === 'relevant-degree' || education === 'other-degree') && experienceCovered,
    certifications: certifications(kb, working && hasDegree, hasRelevantDegree),
  };
}

function timeEstimate(kb: KnowledgeBase, timeline: Timeline | null, education: Education, years: number, band: string | null): string {
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
    case 'relevant-degree':
      return years <= 0 ? words.degreeNoExperience(rest, master) : degreeWithExperience(years, band, restMax, master, total);
    // Years in the field count as they would with a relevant degree, if the degree counts as one (testers ut32c: a
    // bachelor's and 6 years in memory care got the time from the end of the degree).
    case 'other-degree':
      return years <= 0 ? words.otherDegree(rest, bachelor, master) : words.otherDegreeWorking(degreeWithExperience(years, band, restMax, master, total), bachelor);
    case 'none':
      return years > 0 ? words.noDegreeWorking(total, band ?? formatYears(years)) : words.noDegree(total);
    case 'diploma':
      return (years > 0 ? words.noDegreeWorking(total, band ?? formatYears(years)) : words.noDegree(total)) + words.diplomaUnknown;
  }
}

/** The time left with a degree and years of experience: the guide gives "a few more years" after the degree, not a figure to subtract theirs from. */
function degreeWithExperience(years: number, band: string | null, restMax: number, master: string, total: string): string {
  const words = RoadmapWords.time;
  return years >= restMax ? words.degreeEnoughExperience(band ?? formatYears(years)) : words.degreeSomeExperience(band ?? formatYears(years), master, total);
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
  if (situation.job) record['job'] = situation.job;
  if (situation.education) record['education'] = situation.education;
  if (situation.working !== null) record['working'] = String(situation.working);
  if (situation.years !== null) record['years'] = String(situation.years);
  if (situation.yearsBand) record['yearsBand'] = situation.yearsBand;
  if (situation.higherDegree === true) record['higherDegree'] = 'true';
  if (situation.volunteered === true) record['volunteered'] = 'true';
  if (situation.aim) record['aim'] = situation.aim;
  return record;
}
