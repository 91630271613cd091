/**
 * Education short of a bachelor's told with nothing asked, in a way that asks what it means for them (tester ut38a
 * P01-T3 "I dont have bachelor, only CNA certificate and some college credit"; P12-T7 "my degree is criminal justice,
 * associates", told after the route was given): the lack said as a lack ("I don't have a bachelor's", "only a
 * certificate", "never finished my degree"), or the education told on its own once the talk has reached the route.
 * A "Thanks, noted" alone skips the worry: the guide's answer on going without a degree is owed (respond.ts). Pure.
 */
import { clausesOf } from '../core/clauses';
import { normalise } from '../core/textMatch';

/** The lack told as a lack: "I dont have bachelor", "no degree", "only a CNA certificate", "never finished", "just an associate's". */
const LACK_TOLD =
  /\b(?:(?:don t|dont|do not|didn t|didnt|did not|never)\s+(?:have|got|get|finish\w*|complet\w*|earn\w*)\s+(?:a\s+|my\s+|any\s+|the\s+)?(?:bachelor|bachelors|bachelor s|degree|college|ba|bs|bsn|university|uni)|(?:no|without)\s+(?:a\s+)?(?:bachelor|bachelors|bachelor s|degree|college degree|university degree)|(?:only|just|merely)\s+(?:have\s+|got\s+)?(?:a\s+|an\s+|my\s+|some\s+)?(?:\w+\s+){0,2}?(?:certificate|cert|diploma|associate|associates|associate s|college credits?|credits|ged|high school)|(?:dropped|drop) out|not (?:a|an) (?:bachelor|bachelors|full degree))\b/;

/** Education and nothing else: "my degree is criminal justice, associates", "associate's in office admin", "I have a CNA certificate". */
const EDUCATION_ONLY =
  /^(?:(?:and|also|oh|well|ok|okay|so|btw|fyi)\s+)*(?:(?:i have|i ve got|ive got|i got|i hold|i did|i earned|my degree is|my degree s|my degree was|my education is|mine is|mine s)\s+)?(?:(?:a|an|my|just|only)\s+)*(?:(?:[a-z]+\s+){0,3}(?:associate|associates|associate s|aa|as|aas|certificate|cert|diploma)(?:\s+(?:degree|in|of|from)(?:\s+[a-z]+){0,3})?|(?:[a-z]+\s+){1,3}(?:associate|associates|associate s)(?:\s+degree)?)(?:\s+(?:degree|only|though|tho))?$/;

/**
 * The education closed off as all there is: "an associates in fire science and EMT-B. That's it." (ut40a P09-T2),
 * "a CNA cert, that's all", "GED and nothing else": the lack said by saying there is no more.
 */
const ALL_THERE_IS = /\b(?:that s|thats|that is) (?:it|all|about it|all i (?:have|ve got|got))\b|\b(?:and )?nothing (?:else|more|beyond that)\b/;

/**
 * True when education short of a bachelor's, told with nothing asked, says the lack, or is told on its own after the
 * talk has reached the route (`routeInView`: an answer in view at all, since a bare education told mid-conversation
 * adds to what was being weighed).
 */
export function shortOfABachelorsTold(message: string, routeInView: boolean): boolean {
  const text = normalise(message);
  if (LACK_TOLD.test(text) || ALL_THERE_IS.test(text)) return true;
  if (!routeInView) return false;
  const clauses = clausesOf(message).map(normalise).filter(Boolean);
  return clauses.length > 0 && EDUCATION_ONLY.test(clauses.join(' ').replace(/\s+/g, ' ').trim());
}
