/**
 * Time off or the job's benefits asked in words that land on another answer by chance: "Do care managers get summers
 * off?" (the internships answer, for "summer"), "do care manager jobs come with benefits? health insurance etc" (the
 * benefits of certifying, for "benefits"). Tester ut36a, P05 m5 and P07 m5. The guide says nothing of either; for time
 * off it gives the hours (rendering/beyond/silenceReplies.ts). Pure readers.
 */
import { normalise } from '../core/textMatch';

/** Time off, as people ask of it: summers, holidays, vacation, days off, working all year. */
const TIME_OFF =
  /\b(?:summers? off|(?:the )?summers? (?:break|holidays?|vacation)|holidays? off|(?<=(?:do|does|would|will) (?:care managers|they|you|we) (?:get|have) (?:any )?)(?:time|days|weekends) off)\b/;
/** The job's benefits asked as such: "jobs come with benefits", "good benefits", "benefits like health insurance". */
const JOB_BENEFITS =
  /\b(?:jobs?|positions?|roles?|employers?|companies|work|it)\b(?: \w+){0,2} (?:come|comes|coming) with (?:good |decent |any |full |great )?benefits\b|\b(?:good|decent|full|great|any) benefits\b(?! (?:of|to|for) (?:getting |being |the )?(?:certif|join|member))|\bbenefits (?:like|such as|package|e g)\b/;
/** Asked, not told. */
const ASKS = /\?|\b(?:do|does|did|is|are|will|would|can|could|should|any|how|what|which)\b/;

/** A sentence worded as a question: a question mark, or a word that asks at its start. */
const ASKING_SENTENCE = /\?\s*$|^(?:(?:so|and|but|ok|okay|also)\s+)*(?:do|does|did|is|are|will|would|can|could|should|how|what|which|any)\b/;

/** The time off asked of ("summers off", "vacation") in a sentence that asks, not one that tells ("I'm a teacher with summers off."), or null. */
export function timeOffAsked(typed: string): string | null {
  for (const sentence of typed.split(/(?<=[.!?])\s+/)) {
    const asked = ASKING_SENTENCE.test(sentence.trim().toLowerCase()) ? TIME_OFF.exec(normalise(sentence))?.[0] : undefined;
    if (asked) return asked;
  }
  return null;
}

/** True when the job's benefits are asked, with no perk named in the guide's words. */
export function jobBenefitsAsked(typed: string): boolean {
  return ASKS.test(typed.toLowerCase()) && JOB_BENEFITS.test(normalise(typed));
}

/** Time off in any words, and the hours, for time off set beside the hours. */
const TIME_OFF_BESIDE = /\b(?:vacations?|vacation time|time off|days off|summers? off|the summer off|pto|paid time off|annual leave|holidays? off|school holidays)\b/;
const HOURS = /\b(?:hours|year round|all year|schedule|9 to 5|nine to five|full time|business hours)\b/;

/**
 * True when time off is set beside the hours worked, in any sentence, asked or told ("That's not what I asked. I mean
 * vacation, do they work year-round on normal hours?"): the guide gives the hours only (session 36, tester ut36a P05 m6).
 */
export function timeOffBesideTheHours(text: string): boolean {
  const t = normalise(text);
  return TIME_OFF_BESIDE.test(t) && HOURS.test(t);
}
