/**
 * Where or how one learns a subject a relevant degree teaches ("where would i learn the medical terminology?" after the
 * hard skills, "how do i learn about gerontology?", "where can i study healthcare law?"): the guide's courses of a
 * degree name it, so that answer is the one asked for, not the skill's answer again (session 36, followupsAT). Pure:
 * the subject in the guide's words, or null.
 */
import { normalise } from '../core/textMatch';

/** Asking where or how it is learned. */
const LEARNED = /\b(?:where|how)\b(?: \w+){0,4}? (?:learn|learning|study|studying|pick up|get taught|be taught|taught|get trained|train)\b/;
/** The subjects the guide says a relevant degree's courses cover, in its words. */
const SUBJECTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bmedical (?:terminology|terms|vocabulary|language)\b/, 'medical terminology'],
  [/\bhealth (?:services? )?(?:administration|admin)\b|\bhealth ?care (?:administration|admin)\b/, 'health services administration'],
  [/\bhealth ?care (?:law|laws|ethics)\b|\bhealth (?:law|laws|ethics)\b|\bmedical (?:law|ethics)\b/, 'health care law and ethics'],
  [/\bgeronto\w*\b/, 'gerontology'],
  [/\bfamily dynamics\b/, 'family dynamics'],
  [/\bsubstance (?:abuse|misuse|use)\b|\baddiction\b/, 'substance abuse'],
];
const MAX_WORDS = 14;

/** The subject a relevant degree teaches that the message asks where or how to learn; null when it asks no such thing. */
export function whereLearnedAsked(message: string): string | null {
  const text = normalise(message);
  if (!text || text.split(' ').length > MAX_WORDS || !LEARNED.test(text)) return null;
  return SUBJECTS.find(([named]) => named.test(text))?.[1] ?? null;
}
