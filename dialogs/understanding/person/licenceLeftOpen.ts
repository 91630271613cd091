/**
 * A licence the person's case leaves open: a degree from another country, no licence or board exam passed, or the work
 * aimed at in another country ("caregiver HK 8 yrs, BS Nursing PH... want Canada/US care manager", tester ut38a P06).
 * The guide says a license to practice may be needed depending on the location and the role, and has no rules for a
 * country or for degrees from abroad, so such a case is never told the usual route is covered. Pure: text in, reading out.
 */
import { placeNamed } from '../../../knowledge/beyondGuide';
import type { KnowledgeBase } from '../../../knowledge/schema';
import { normalise } from '../core/textMatch';

export interface LicenceLeftOpen {
  /** The degree was earned in another country ("BS Nursing PH", "my nursing degree from India"). */
  foreignDegree: boolean;
  /** No licence, registration or board exam passed yet ("no board exam", "haven't passed the NCLEX"). */
  unlicensed: boolean;
  /** The work aimed at in a country ("want Canada/US care manager", "move to the UK to work"). */
  elsewhere: boolean;
}

/** A licence or its exam said not held or not yet passed. */
const UNLICENSED =
  /\b(?:no|not|never|without|didn t|did not|haven t|have not|hasn t|has not|havent|didnt|yet to|failed|still need to|need to (?:pass|take))\b(?: \w+){0,3}? (?:board exams?|boards|board|nclex(?: rn)?|licen[cs]\w*|licensure|registration|registered|prc)\b|\bunlicen[cs]ed\b|\bnclex\b(?: \w+){0,2} (?:not|yet|next|soon|review\w*|pending)\b/;
/** A degree or nursing course named, which a place after it may say where it was earned. */
const DEGREE = /\b(?:bs|bsc|ba|bsn|bachelor\w*|degree|diploma|graduate[ds]?|graduat\w+|studied|finished|nursing)\b/;
/** Short names of countries written in capitals beside a degree ("BS Nursing PH", "nursing degree IN"). */
const COUNTRY_CODE = /\b(?:PH|HK|UK|IN|NG|KE|ZA|PK|BD|NP|LK|ID|VN|MY|SG|AE|UAE|SA|KSA|NZ|AU|CA|IE)\b/;
/** Aiming at work somewhere: "want Canada/US care manager", "move to Canada", "work in the US", "migrate". */
const AIMED_AT = /\b(?:want|wanna|would like|hoping|hope|plan\w*|dream\w*|mov\w*|migrat\w*|emigrat\w*|relocat\w*|apply\w* (?:in|to|for)|work(?:ing)? (?:in|abroad|overseas)|go(?:ing)? to|abroad|overseas)\b/;

/** The clause-like pieces of a message: sentences, and the comma- or slash-free runs within them. */
const piecesOf = (said: string): string[] => said.split(/[.!?;,]+|\.\.\.|\s-\s/).map((piece) => piece.trim()).filter((piece) => piece !== '');

/** What the case leaves open of a licence, or null when it tells none of it. */
export function licenceLeftOpen(said: string, kb: KnowledgeBase): LicenceLeftOpen | null {
  const pieces = piecesOf(said);
  const unlicensed = UNLICENSED.test(normalise(said));
  const foreignDegree = pieces.some((piece) => DEGREE.test(normalise(piece)) && !AIMED_AT.test(normalise(piece)) && (placeNamed(piece, kb) === 'elsewhere' || COUNTRY_CODE.test(piece)));
  const elsewhere = pieces.some((piece) => AIMED_AT.test(normalise(piece)) && (placeNamed(piece.replace(/\//g, ' or '), kb) !== null || /\bU\.?S\.?A?\b|\bUK\b/.test(piece)));
  return unlicensed || foreignDegree || elsewhere ? { foreignDegree, unlicensed, elsewhere } : null;
}
