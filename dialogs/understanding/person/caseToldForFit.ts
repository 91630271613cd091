/**
 * What a person told of their own case beside "is this realistic for me?", in the things the guide speaks to: work
 * outside health and social services (and how many years of it), leading people, their age, a body that limits them,
 * benefits wanted, and their education (tester ut36c, kind 1: P01.1 "44, i run second shift at a distribution
 * warehouse, about 30 people under me. my back is done ... is care manager realistic for me?", P07.1 a DoorDash driver
 * with an associate's who wants "an actual career with benefits"). Pure: text in, reading out.
 */
import type { KnowledgeBase } from '../../../knowledge/schema';
import { normalise } from '../core/textMatch';
import { readAboutYou, CARE_SETTING, tellsOfCareWork, type Education } from './aboutYou';
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
  /** A wish to help people told ("something where i actually help people"). */
  helpWish: boolean;
  /** Their education, as the profile reader reads it; an associate degree told in so many words. */
  education?: Education;
  associate: boolean;
}

/** An age told as a bare number beside the story ("hey. 44, i run ...", "clerk, 35, been here 9 yrs") or "I'm 52". */
const AGE =
  /(?:^|[.,!;]\s*|\b(?:hey|hi|hello|yo)\s+)(?:i m |im |i am )?([2-7]\d)(?=\s*[,.;!]|\s+(?:and|y\/?o|years old|yo)\b)|\b(?:i m|im|i am) ([2-7]\d)\b(?! ?(?:k|grand|thousand|percent|hours|hrs|people|years? (?:in|of|as)|yrs? (?:in|of|as)))|\bin my (?:[3-7]0s|thirties|forties|fifties|sixties)\b/;
/** A body that limits the work they can do: a bad back, knees or shoulder, an injury. */
const BODY = /\b(?:my|bad|busted|wrecked|shot|done|injured) (?:back|knees?|shoulders?|hips?|body)\b|\b(?:back|knees?|body) (?:is|are|s) (?:done|shot|gone|wrecked|busted|bad|finished)\b|\binjur(?:y|ies|ed)\b/;
/** Job benefits wanted: "a career with benefits", "health insurance", "a pension". */
const BENEFITS = /\b(?:with|for|need|want|get|real|actual|good) (?:\w+ )?benefits\b|\bhealth insurance\b|\bpension\b/;
/** A wish to help people: "i want something where i actually help people", "want to help others". */
const HELP_WISH = /\b(?:want|wanna|would like|like|love|hope|looking)\b(?: \w+){0,6}? help (?:people|others|folks|families)\b/;
/** Years told beside the work ("8 yrs", "20 years"), not an age. */
const YEARS = /\b(\d{1,2}) ?(?:years?|yrs?)\b(?! old)/;
/** An associate degree told ("an associates in general studies", "associate degree", "ADN"). */
const ASSOCIATE = /\bassociate s?\b|\bassociates\b|\badn\b/;

export function caseToldForFit(said: string, kb: KnowledgeBase): CaseToldForFit {
  const t = normalise(said);
  const about = readAboutYou(said, kb);
  // Work done in a care setting ("I teach chair yoga in care homes") or care work told is not outside the field.
  const inCare = CARE_SETTING.test(t) || tellsOfCareWork(said) || about.job?.inField === true;
  const outsideWork = inCare ? undefined : OUTSIDE_WORK.find(([named]) => named.test(t))?.[1];
  const years = YEARS.exec(t);
  const ageFound = AGE.exec(said.toLowerCase().replace(/'/g, ' '));
  return {
    ...(outsideWork ? { outsideWork } : {}),
    ...(outsideWork && years ? { years: Number(years[1]) } : {}),
    managing: !inCare && tellsOfManaging(said),
    age: ageFound !== null,
    body: BODY.test(t),
    benefits: BENEFITS.test(t),
    helpWish: HELP_WISH.test(t),
    ...(about.education ? { education: about.education } : {}),
    associate: ASSOCIATE.test(t),
  };
}

/** True when the message tells enough of their case outside the field to weigh it: their work, or leading people. */
export function weighsAsACase(told: CaseToldForFit): boolean {
  return told.outsideWork !== undefined || told.managing;
}
