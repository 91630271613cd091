/**
 * A degree asked of as the writer's own, in words the degree weighing (experienceCounts.ts degreeWeighed) does not read
 * alone (tester ut33c, kind 1): the degree told in an earlier message and asked of now as "a business degree" ("so is a
 * business degree close enough, and does 8 yrs of claims handling count?", "and the business degree?"); the degree told
 * in the story of a message whose question was put in plainer words ("my degree is a BA in communications ... would I
 * have to go back to school??" read as "would I have to get a degree??"); and a field asked of loosely ("is nutrition a
 * related field for care management?"). Pure readers: no sending.
 */
import type { Education } from './aboutYou';
import { normalise } from '../core/textMatch';

/** A degree the profile holds: one to weigh, never the way in without one. */
const HOLDS_A_DEGREE: ReadonlySet<Education> = new Set(['relevant-degree', 'other-degree']);

/** "a business degree", "the business degree", "a degree in business": a degree named by its field, not the writer's by "my". */
const A_DEGREE_BY_FIELD = /\b(?:a|an|the|that|my)\s+((?:[a-z]+\s+){1,2})(degree|bachelors?|major)\b|\b(?:a|an|the|that|my)\s+(degree|bachelors?|major)\s+in\s+([a-z]+)/i;

/** Words that name no field ("a 4 year degree", "a related degree", "the right degree"). */
const NO_FIELD = /\b(?:related|relevant|right|good|proper|real|full|new|second|another|other|different|whole|four|two|three|year|\d+|college|university|uni|online|nursing|social|work|bachelors?|masters?|associate|associates|care|case|management)\b/;

/** A bare pointer at the degree ("and the business degree?", "what about my business degree?"): asked whether it counts. */
const BARE_DEGREE = /^(?:(?:and|so|ok|okay|but|well|hmm|what about|how about)\s+)+(?:the|my|a)\s+(?:[a-z]+\s+){1,2}(?:degree|bachelors?)\s*\??$/;

/**
 * The words to weigh a degree of the writer's with, when the degree weighing would not read it as theirs: the question
 * naming "a business degree" from someone whose profile holds a degree ("my business degree"), a bare pointer at it
 * asked whether it counts, or the message as typed when its question was rewritten without the story that told the
 * degree. Null when none of these applies (the weighing then reads the words as before).
 */
export function degreeOfTheirs(text: string, typed: string, education: Education | undefined): { text: string; said: string } | null {
  // The question put in plainer words, its story left out: the message as typed tells the degree.
  if (typed !== text && !typed.includes(text)) return { text: typed, said: typed };
  if (education === undefined || !HOLDS_A_DEGREE.has(education)) return null;
  const named = A_DEGREE_BY_FIELD.exec(text);
  const field = named ? (named[1] ?? named[4] ?? '').trim() : '';
  if (!named || field === '' || NO_FIELD.test(normalise(field))) return null;
  const bare = BARE_DEGREE.test(normalise(text));
  // "my business degree" asked of in full is the weighing's own reading; only the bare pointer needs its question.
  if (/^my\b/i.test(named[0]) && !bare) return null;
  const theirs = text.replace(named[0], `my ${field} degree`);
  const asked = bare ? `${theirs.replace(/\?\s*$/, '')}, does it count?` : theirs;
  return { text: asked, said: asked };
}

/**
 * A field asked whether it is a related one, in words the guide's own reading misses ("is nutrition a related field for
 * care management?"), or as a degree in it ("Does a master's in psychology count as a related field?", tester ut35a P09
 * m2, which got the experience answer).
 */
const FIELD_ASKED_LOOSELY =
  /^(?:(?:so|and|ok|okay|but|well|hmm|then)\s+)*(?:is|would|does|could|will)\s+(?:a |an )?(?:(?:bachelor|bachelors|master|masters|ba|bs|bsc|ma|ms|msc|phd|doctorate|degree|major) in )?([a-z]+(?: (?!(?:a|an|be|count|counted|considered|classed|degree)\b)[a-z]+)?)\s+(?:degree )?(?:be |count as |counted as |considered |classed as )?(?:a |an )?(?:related|relevant)\s+(?:field|degree|subject|major|background|area)\b/;

/** Words that are no field of study ("is this a related field", "is my degree a related field"). */
const NOT_A_FIELD = /^(?:a|an|it|this|that|mine|my|my degree|the degree|a degree|there|one|which|what|any|care management|case management)$/;

/** The field asked of ("nutrition"), or null. */
export function fieldAskedLoosely(text: string): { kind: 'field'; field: string } | null {
  const field = FIELD_ASKED_LOOSELY.exec(normalise(text))?.[1];
  return field && !NOT_A_FIELD.test(field) ? { kind: 'field', field } : null;
}

/** Work done, said with a verb and what it is done to ("running a shift", "managing people", "driving a bus"). */
const WORK_DONE = /^[a-z]+ing (?:a|an|the|my|our|people|teams?|staff|shifts?|crews?|[0-9]+)\b/;

/** True when a "field" read from "does X count" is work done, not a field of study (tester ut36a P01 m3). */
export function workNotAField(field: string): boolean {
  return WORK_DONE.test(normalise(field));
}
