/**
 * Subjects asked for school before any degree ("Are there high school classes she should take now to prepare?", "what
 * GCSEs or A levels should I take?"). The guide speaks only of the courses in a degree program, so the reply says it
 * does not speak of school subjects, then those courses (tester ut33c, P6 #2: the college courses were given as if
 * they answered it; "im 16, what gcses should i take" was declined as outside the guide). Pure reader: no sending.
 */
import { askingPart, questionAmongTelling } from '../core/clauses';
import { looksLikeQuestion, normalise } from '../core/textMatch';

/** The guide's answer on the courses of a degree program. */
export const COURSES_ENTRY = 'courses';

/** Subjects, classes or exams to take, or what to study. */
const SUBJECTS = /\b(?:classes|class|subjects?|courses?|modules?|electives?|gcses?|a levels|a level (?:subjects?|courses?|classes|exams?|results|grades|choices)|ap (?:classes|courses|exams))\b|\bwhat (?:should|could|can|do|would) (?:i|she|he|they|my \w+|we) (?:take|study|pick|choose|focus on)\b/;

/** School before a degree, named as where the subjects are taken. */
const SCHOOL = /\b(?:high ?school|secondary school|sixth form|middle school|gcses?|a levels|a level (?:subjects?|courses?|classes|exams?|results|grades|choices)|ap (?:classes|courses|exams)|(?:year|grade) (?:9|10|11|12|13|nine|ten|eleven|twelve))\b|\bbefore (?:college|uni|university)\b/;

/** School looked back on or left ("I only have a high school diploma", "I dropped out of high school"): no subjects asked. */
const SCHOOL_DONE = /\b(?:diploma|ged|graduated|finished|left|dropped out|quit)\b/;

/** Another career aimed at ("to become a doctor"): a question for another guide, declined as before. */
const ANOTHER_AIM = /\b(?:become|becoming|be|study|go into|get into) (?:a |an )?(?!care\b|case\b|one\b|this\b|that\b|it\b)(?:doctor|nurse|lawyer|teacher|vet|pharmacist|dentist|engineer|therapist|physician|surgeon|paramedic|midwife|psychologist|social worker|accountant|pilot|police|firefighter|nursing|medicine|law)\w*\b/;

/** True when the message asks which school subjects to take before a degree. */
export function schoolSubjectsAsked(text: string): boolean {
  const asked = askingPart(text) ?? questionAmongTelling(text) ?? text;
  const said = normalise(asked);
  return looksLikeQuestion(asked) && SUBJECTS.test(said) && SCHOOL.test(said) && !SCHOOL_DONE.test(said) && !ANOTHER_AIM.test(said);
}
