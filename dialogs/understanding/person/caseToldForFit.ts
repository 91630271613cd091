/**
 * What a person told of their own case beside "is this realistic for me?", in the things the guide speaks to: work
 * outside health and social services (and how many years of it), leading people, their age, a body that limits them,
 * benefits wanted, and their education (tester ut36c, kind 1: P01.1 "44, i run second shift at a distribution
 * warehouse, about 30 people under me. my back is done ... is care manager realistic for me?", P07.1 a DoorDash driver
 * with an associate's who wants "an actual career with benefits"). Pure: text in, reading out.
 */
import type { KnowledgeBase } from '../../../knowledge/schema';
import { normalise } from '../core/textMatch';
import { readAboutYou, CARE_SETTING, isUnnamedJob, tellsOfCareWork, tellsOfFamilyCare, withoutFamilyCare, type Education } from './aboutYou';
import { tellsOfManaging } from './experienceCounts';
import { OUTSIDE_WORK } from './situationAsked';

export interface CaseToldForFit {
  /** Work outside health and social services, as a reply says it ("warehouse work", "driving"). */
  outsideWork?: string;
  /** Years told of that work ("8 yrs", "20 years"). */
  years?: number;
  /** Leading people or a shift ("30 people under me", "I run second shift"). */
  managing: boolean;
  /** An age told ("hey. 44, i run ...", "I'm 52"). */
  age: boolean;
  /** A body that limits them ("my back is done", "bad knees"). */
  body: boolean;
  /** Job benefits wanted ("a career with benefits", "health insurance"). */
  benefits: boolean;
  /** Hours told as a reason ("tired of nights", "I work weekends"). */
  hours: boolean;
  /** Skills of the guide's list their work names, in its words ("organizational skills", "budgeting"). */
  skills: string[];
  /** A wish to help people told ("something where i actually help people"). */
  helpWish: boolean;
  /** Their education, as the profile reader reads it; an associate degree told in so many words. */
  education?: Education;
  associate: boolean;
  /** Caring for their own family told ("I've been my son's care manager for 9 years"), which the guide never speaks of. */
  familyCare: boolean;
}

/** An age told as a bare number beside the story ("hey. 44, i run ...", "clerk, 35, been here 9 yrs") or "I'm 52". */
const AGE =
  /(?:^|[.,!;]\s*|\b(?:hey|hi|hello|yo)\s+)(?:i m |im |i am )?([2-7]\d)(?=\s*[,.;!]|\s+(?:and|y\/?o|years old|yrs old|yo)\b)|\b(?:i m|im|i am) ([2-7]\d)\b(?! ?(?:k|grand|thousand|percent|hours|hrs|people|years? (?:in|of|as)|yrs? (?:in|of|as)))|\bin my (?:[3-7]0s|thirties|forties|fifties|sixties)\b/;
/** A body that limits the work they can do: a bad back, knees or shoulder, an injury. */
const BODY = /\b(?:my|bad|busted|wrecked|shot|done|injured) (?:back|knees?|shoulders?|hips?|body)\b|\b(?:back|knees?|body) (?:is|are|s) (?:done|shot|gone|wrecked|busted|bad|finished)\b|\binjur(?:y|ies|ed)\b/;
/** Job benefits wanted: "a career with benefits", "health insurance", "a pension". */
const BENEFITS = /\b(?:with|for|need|want|get|real|actual|good) (?:\w+ )?benefits\b|\bhealth insurance\b|\bpension\b/;
/** A wish to help people: "i want something where i actually help people", "I want to do that for other people". */
const HELP_WISH = /\b(?:want|wanna|would like|like|love|hope|looking)\b(?: \w+){0,6}? (?:help|do (?:that|this|the same) for) (?:other )?(?:people|others|folks|families)\b/;
/** Hours told: nights, weekends, shifts, "9 to 5". */
const HOURS = /\b(?:nights?|night shifts?|overnights?|graveyard|weekends|shift work|9 to 5|nine to five|normal hours|regular hours)\b/;
/** Work outside the field the shared list does not name, as a reply says it. */
const MORE_OUTSIDE_WORK: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:hotels?|night audit\w*|front desk)\b/, 'hotel work'],
  [/\b(?:navy|army|air force|marines?|military|armed forces|coast guard)\b/, 'military service'],
  [/\bsales\b/, 'sales work'],
];
/** A health role in the forces, unless denied ("Not a corpsman"). */
const FORCES_HEALTH = /\b(?<!not (?:a |an )?)(?:medic|corpsman|combat medic|68w|hospital corps\w*)\b/;
/** Skills of the guide's list that work names, in the guide's words. */
const SKILLS_OF_WORK: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:logistics|scheduling|schedules|organi[sz]\w*|planning|supply)\b/, 'organizational skills'],
  [/\b(?:coordinat\w*|dispatch\w*)\b/, 'coordinating services'],
  [/\b(?:books|bookkeep\w*|accounting|budget\w*|payroll|audit\w*)\b/, 'budgeting'],
];
/** Years told beside the work ("8 yrs", "20 years"), not an age. */
const YEARS = /\b(\d{1,2}) ?(?:years?|yrs?)\b(?! old)/;
/** An associate degree told ("an associates in general studies", "associate degree", "ADN"). */
const ASSOCIATE = /\bassociate s?\b|\bassociates\b|\badn\b/;

export function caseToldForFit(said: string, kb: KnowledgeBase): CaseToldForFit {
  const t = normalise(said);
  const about = readAboutYou(said, kb);
  // Work done in a care setting ("I teach chair yoga in care homes") or care work told is not outside the field.
  const inCare = CARE_SETTING.test(t) || tellsOfCareWork(said) || about.job?.inField === true;
  const job = about.job && !about.job.inField && !isUnnamedJob(about.job.id) ? `work as ${about.job.title.match(/^[aeiou]/) ? 'an' : 'a'} ${about.job.title}` : undefined;
  const military = !FORCES_HEALTH.test(t);
  const outsideWork = inCare
    ? undefined
    : (OUTSIDE_WORK.find(([named]) => named.test(t))?.[1] ?? MORE_OUTSIDE_WORK.find(([named, kind]) => named.test(t) && (kind !== 'military service' || military))?.[1] ?? job);
  // Years of caring for their family are not years of the work told beside it (tester ut38a P10: "9 years" of logistics).
  const familyCare = tellsOfFamilyCare(said);
  const ofWork = familyCare ? normalise(withoutFamilyCare(said)) : t;
  const years = YEARS.exec(ofWork);
  const ageFound = AGE.exec(said.toLowerCase().replace(/'/g, ' '));
  return {
    ...(outsideWork ? { outsideWork } : {}),
    ...(outsideWork && years ? { years: Number(years[1]) } : {}),
    managing: !inCare && tellsOfManaging(said),
    age: ageFound !== null,
    body: BODY.test(t),
    benefits: BENEFITS.test(t),
    hours: HOURS.test(t),
    // Skills of the work, not of caring for family ("coordinated everything for my son").
    skills: inCare ? [] : SKILLS_OF_WORK.filter(([named]) => named.test(ofWork)).map(([, skill]) => skill),
    helpWish: HELP_WISH.test(t),
    ...(about.education ? { education: about.education } : {}),
    associate: ASSOCIATE.test(t),
    familyCare,
  };
}

/** True when the message tells enough of their case outside the field to weigh it: their work, leading people, or skills of it. */
export function weighsAsACase(told: CaseToldForFit): boolean {
  return told.outsideWork !== undefined || told.managing || told.skills.length > 0;
}

/** Work outside the field named in the words, or leading people (no profile reading): a case to weigh, age and all. */
export function namesWorkOutside(said: string): boolean {
  const t = normalise(said);
  if (CARE_SETTING.test(t) || tellsOfCareWork(said)) return false;
  return [...OUTSIDE_WORK, ...MORE_OUTSIDE_WORK].some(([named]) => named.test(t)) || tellsOfManaging(said);
}

/** A job asked whether it makes a good care manager: "would a chaplain make a good care manager?", "do nurses make good case managers". */
const JOB_AS_A_FIT =
  /\b(?:would|do|does|can|could|will|are|is|might) (?:a |an )?((?:[a-z]+ ){0,1}[a-z]+?)s? (?:make (?:a |an )?(?:good |great |decent )?|be (?:a |an )?(?:good |great |decent )|become (?:a |an )?(?:good |great )?)(?:care|case) managers?\b/;
/** Words that are no job ("someone", "people", "i"). */
const NOT_A_JOB = /^(?:i|you|u|someone|somebody|anyone|people|person|one|they|he|she|we|it|that|this|me)$/;
/** Faith work: a chaplain, pastor, priest or minister. */
const FAITH_JOB = /\b(?:chaplain\w*|pastor\w*|priests?|ministers?|clergy\w*|rabbis?|imams?|deacons?|spiritual care)\b/;

/** The job asked of as a fit, and what it is to the guide: work in the field, faith work, work outside it, or unnamed. */
export interface JobAsAFit {
  job: string;
  kind: 'field' | 'faith' | 'outside' | 'unnamed';
  /** The kind of outside work, as a reply says it ("salon work"). */
  outside?: string;
}

/** The job a message asks makes a good care manager, or null. */
export function jobAskedAsAFit(text: string, kb: KnowledgeBase): JobAsAFit | null {
  const found = JOB_AS_A_FIT.exec(normalise(text));
  const job = found?.[1]?.trim();
  if (!job || NOT_A_JOB.test(job)) return null;
  if (FAITH_JOB.test(job)) return { job, kind: 'faith' };
  const read = readAboutYou(`I am a ${job}.`, kb).job;
  if (read?.inField && !isUnnamedJob(read.id)) return { job, kind: 'field' };
  const outside = [...OUTSIDE_WORK, ...MORE_OUTSIDE_WORK].find(([named]) => named.test(job))?.[1];
  if (outside) return { job, kind: 'outside', outside };
  // Words that name no job the readers know ("a 50 year old", "a single mom") are no job asked of.
  if (!read) return null;
  return { job, kind: !read.inField && !isUnnamedJob(read.id) ? 'outside' : 'unnamed' };
}

/**
 * A degree in another field kept from an earlier message ("BA in psych" before "how long til im an actual care
 * manager", tester ut36c P12.6): their start, years or not. Told in the question itself ("how long, with the degree I
 * already have?") it is the guide's answer on the time after a degree that answers.
 */
export function otherDegreeToldBefore(education: Education | undefined, said: string, kb: KnowledgeBase): boolean {
  return education === 'other-degree' && readAboutYou(said, kb).education !== 'other-degree';
}
