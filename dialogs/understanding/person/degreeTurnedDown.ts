/**
 * A degree turned down or out of reach, told as a remark: "no way im doing 4 yrs of college, theres gotta be another
 * way in", "I can't go back to uni at my age", "not doing another 4 years of school". The guide answers what such a
 * person needs: a degree isn't strictly required, and what it says of the way in without one. Pure: text in, reading out.
 */
import { normalise } from '../core/textMatch';

/** Study said to be out of the question: a refusal or "can't", then doing or going to the study itself. */
const TURNS_DOWN =
  /\b(?:no way|not|never|can not|will not|do not want to|not going to|not gonna|aint|refuse to|no chance|no time for|too old for)\b(?: (?:i am|i m|be|just|really|ever|afford to|quit and|go and|spend|spending))*(?: (?:do|doing|go|going|go back|going back|sit|sitting|afford|study|studying|start|starting))?(?: (?:to|for|through|another|a|an|the|whole|full|more|extra|\d+|four|three|two|yrs?|years?|of|back))* (?:college|uni|university|degree|bachelors?|bachelor s|school|studying)\b/;
/** A way in without it asked for: "theres gotta be another way in", "is there a shorter route". */
const ANOTHER_WAY = /\b(?:another|other|different|shorter|quicker|faster|easier|side) (?:way|route|path|road|door)(?: in| into it| there)?\b|\bgot(?:ta| to) be (?:a|another) way\b/;
/** A degree the person holds ("I already have a BA, no way I'm doing 4 more years"): not the way in without one. */
const HOLDS_A_DEGREE = /\b(?:i (?:already )?(?:have|hold|got|finished|completed)|i ve got|with) (?:a |an |my )?(?:[a-z]+ ){0,2}(?:degree|bachelors?|bachelor s|masters?|master s|ba|bsc|bs|ma|msc|bsn|bsw|msw)\b/;

/** True when the message turns down the degree, or asks for another way in, with no degree of theirs told. */
export function degreeTurnedDown(text: string): boolean {
  const t = normalise(text);
  return TURNS_DOWN.test(t) && !HOLDS_A_DEGREE.test(t);
}

/** True when the message asks for a way in other than the usual route ("theres gotta be another way in"). */
export function asksAnotherWayIn(text: string): boolean {
  return ANOTHER_WAY.test(normalise(text));
}

/** The time asked in words ("how long would this take me", "how many years total"), which the guide's timeline answers. */
const TIME_ASKED = /\bhow (?:long|many (?:more )?(?:years|yrs|months))\b/;

/**
 * The time asked beside a degree turned down, with no other way in asked ("realistically how long would this take me at
 * 45? I can't do 8 years of school", tester ut34c cop #9): the time is what is asked, and the reply on time says what
 * the guide gives for the route without a degree; the way in without one is not the answer.
 */
export function timeAskedDespiteDegree(question: string, said: string = question): boolean {
  return TIME_ASKED.test(normalise(question)) && !asksAnotherWayIn(said);
}

/** The time asked already of the route without a degree ("how long without a degree?"). */
const WITHOUT_A_DEGREE = /\b(?:without|no|w o) (?:a |the |any )?(?:degree|bachelors?|bachelor s|college|uni)\b/;

/**
 * The time asked beside a degree turned down, asked as the time without a degree ("how long would this take me at 45? I
 * can't do 8 years of school" is "how long would this take me at 45 without a degree?"), which the reply on time says
 * the guide gives no figure for, with what it says of that route; null when the message is not so.
 */
export function timeWithoutTheDegree(question: string, said: string): string | null {
  if (!timeAskedDespiteDegree(question, said) || !degreeTurnedDown(said) || WITHOUT_A_DEGREE.test(normalise(question))) return null;
  return `${question.trim().replace(/[\s?.!]+$/, '')} without a degree?`;
}
