/**
 * A question the guide answers in part under other words, which the engine alone declines: pay growing over a career
 * ("what does salary progression look like?", "how does pay grow over time"), the money side of the job ("what about
 * the financial side of the job?"), and skilled nursing or long-term care facilities as a place to work ("do care
 * managers work in SNFs?"). Each is met with what the guide does say (its pay by level, its work settings), led by
 * what it does not. Pure; rendering/beyond/beyondReplies.ts sends it.
 */
import { normalise } from '../core/textMatch';

export type PartlyGiven =
  /** Pay over time: the guide's pay by level, from entry to director. */
  | { kind: 'pay-over-time' }
  /** The money side of the job: the guide's pay. */
  | { kind: 'money-side' }
  /** A kind of care facility the guide names under another name (nursing homes, residential care facilities). */
  | { kind: 'care-facility'; named: string };

/** A short question: longer ones ask more than this, and are left to the readers of their parts. */
const MAX_WORDS = 14;
/** Pay, by its words. */
const PAY = String.raw`(?:pay|salary|salaries|earnings|income|wages?|compensation|money|what (?:you|i|they|we) (?:make|earn))`;
/** Pay growing over a career: "salary progression", "pay growth", "how does pay grow", "raises over the years", "earn more over time". */
const PAY_OVER_TIME = new RegExp(
  String.raw`\b${PAY} (?:progression|progress|growth|trajectory|curve|increases?|ladder|over (?:time|the years|a career|your career))\b` +
    String.raw`|\b${PAY} (?:\w+ ){0,2}(?:grow|grows|growing|go up|goes up|going up|increase|increases|rise|rises|progress|progresses|climb|climbs|change|changes)\b(?! (?:by|in) (?:state|country|city|place|setting))` +
    String.raw`|\b(?:raises?|pay rises?|pay bumps?)\b (?:\w+ ){0,2}(?:over time|over the years|each year|every year|with experience|as you go|as you progress)\b` +
    String.raw`|\b(?:earn|make|get paid) more (?:over time|over the years|as (?:you|i|they) (?:go|progress|move up|get experience)|with (?:time|experience|the years))\b`,
);
/** Pay asked of a cause (a certification, a degree, the answer in view): "would my CCM mean a pay rise?", "will pay go up because of that?". */
const PAY_OF_A_CAUSE = /\b(?:certif\w*|ccm|cmc|degree|masters?|bachelors?|because|due to|that|this|it)\b/;
/** The money side of the job: "the financial side", "financially speaking", "money wise". */
const MONEY_SIDE = /\b(?:financial|money|monetary|pay) (?:side|aspects?|part|end|picture)\b|\bfinancially\b|\bmoney ?wise\b|\bfinance ?wise\b/;
/** The clients' money, which the guide names among the CMC's topics, not the job's pay. */
const CLIENTS_MONEY = /\b(?:clients?|patients?|families|family|their|benefits|insurance|billing|budget\w*|planning|abuse|exploitation)\b/;
/** Skilled nursing and long-term care facilities: the guide names nursing homes and residential care facilities. */
const CARE_FACILITY = /\b(?:snfs?|skilled nursing(?: facilit\w+| homes?| centers?| centres?)?|long term care(?: facilit\w+| homes?| centers?| centres?)?|ltc(?: facilit\w+)?|ltcfs?)\b/;

/** What the message asks that the guide gives in part, or null. */
export function partlyGivenAsked(message: string): PartlyGiven | null {
  const said = normalise(message);
  if (said === '' || said.split(' ').length > MAX_WORDS) return null;
  if (PAY_OVER_TIME.test(said) && !PAY_OF_A_CAUSE.test(said)) return { kind: 'pay-over-time' };
  const facility = CARE_FACILITY.exec(said);
  if (facility) return { kind: 'care-facility', named: /\b(?:long term|ltc)/.test(facility[0]) ? 'long-term care facilities' : 'skilled nursing facilities' };
  if (MONEY_SIDE.test(said) && !CLIENTS_MONEY.test(said)) return { kind: 'money-side' };
  return null;
}
