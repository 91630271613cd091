/**
 * A gap in one's own working life weighed ("honestly I'm nervous. it's been 10 years. is that gap going to hurt me?",
 * "I've been out of nursing for 8 years, does that count against me?", "will my time away from work be a problem?"):
 * the guide never speaks of career gaps; it does speak of keeping one's knowledge current (tester ut37a P04 m9, which got
 * "That is outside what I can help with"). Pure.
 */
import { normalise } from '../core/textMatch';

/** A gap told or pointed at: "that gap", "a 10 year gap", "out of the field for years", "time away from work". */
const GAP =
  /\b(?:(?:that|the|this|my|a|an|such a) (?:\d+ (?:year|yr|month) |long |big |huge |career |employment |work )?gap|gap in my (?:career|resume|cv|work history|employment)|(?:been )?out of (?:the field|the workforce|work|nursing|healthcare|health care|the game|practice) (?:for|since)|(?:time|years?|yrs) (?:away|off|out) (?:from|of) (?:work|the field|nursing|the workforce)|years? out of work|away from (?:work|the field|nursing) (?:for|since)|since i (?:last )?(?:worked|had a job|was employed)|(?:have not|not|never) (?:worked|had a job|been employed) (?:in|for) (?:\d+|a few|many|several|over|almost|nearly|about))\b/;
/** Weighed as a harm: "hurt me", "count against me", "a problem", "hold me back", "matter". */
const WEIGHED = /\b(?:hurt|hurts|harm|count against|counts against|hold me back|holds me back|a problem|an issue|matter|matters|a red flag|look bad|a dealbreaker|deal breaker|ruin|affect|be held against|(?:kill|ruin|hurt|harm|wreck|lower|reduce|end|damage) my (?:chances|odds|prospects)|ruled out|rule me out)\b/;

/** True when the writer weighs a gap in their own working life as a harm to their chances. */
export function careerGapAsked(message: string): boolean {
  const text = normalise(message);
  return GAP.test(text) && WEIGHED.test(text);
}
