import { normalise } from '../core/textMatch';

/**
 * Whether care managers are paid by the hour or on a salary (session 38, followupsAX): "is it paid by the hour or a
 * salary?", "are care managers salaried or hourly?", "do they get paid hourly?". The guide gives pay only as yearly
 * median ranges and never says how it is paid; the words "salary" or "paid" alone brought the pay ranges, as if
 * answered. Pure.
 */

/** Paid by the hour, as people say it. */
const HOURLY = /\b(?:hourly|by the hour|per hour|an hour|per hr|hourly (?:wage|rate|pay))\b/;
/** A salary set beside it: "or a salary", "salaried", "on salary", "a fixed wage". */
const SALARIED = /\b(?:salary|salaried|salaries|on a salary|annual pay|yearly pay|fixed (?:pay|wage)|flat (?:pay|wage|rate))\b/;
/** Paid hourly, asked of the job: "do they get paid hourly?", "are care managers paid by the hour?". */
const PAID_HOURLY = /\b(?:paid|pay|payed|wages?)\b(?: \w+){0,2} (?:hourly|by the hour)\b|\bhourly (?:paid|pay|workers?|employees?|staff|jobs?|roles?|positions?)\b/;
/** How much an hour asked ("how much is that per hour?"): the unit of the figure, read by the pay-unit aspect. */
const HOW_MUCH = /\bhow much\b|\bwhat (?:is|s) (?:the |that )?(?:\w+ )?(?:per hour|an hour|hourly)\b/;

/** Told of oneself: "i get paid hourly", "my job pays by the hour". */
const OWN_TOLD = /^(?:i|im|i m|ive|i ve|my)\b/;

/** True when the message asks whether the pay is by the hour or a salary. */
export function payBasisAsked(typed: string): boolean {
  const text = normalise(typed);
  if (!HOURLY.test(text) || HOW_MUCH.test(text)) return false;
  // One's own pay told ("i get paid hourly at the hotel"): nothing asked of the job.
  if (OWN_TOLD.test(text) && !typed.includes('?')) return false;
  return SALARIED.test(text) || PAID_HOURLY.test(text);
}
