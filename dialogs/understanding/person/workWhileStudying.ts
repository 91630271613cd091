/**
 * Work asked of while studying ("could I work as a care coordinator while I'm in school?", tester ut34c lpn #5): the
 * guide's finding a job says to start looking while still finishing one's education, and names care coordinator and
 * case manager among the roles close to care management. The search reads "school" as how long the route takes. Pure.
 */
import { normalise } from '../core/textMatch';

/** Working, or a job got ("could I work as ...", "can I get a job", "be hired as"). */
const WORKING = /\b(?:work|working|get a job|get hired|be hired|be employed|start working|take a job|have a job|hold a job|get a position)\b/;
/** Still studying ("while I'm in school", "during my degree", "while finishing my BSN", "as a student"). */
const WHILE_STUDYING =
  /\b(?:while|whilst|during|as i|when i m|when i am)\s+(?:i\s+)?(?:m\s+|am\s+|am still\s+|m still\s+|still\s+|i m\s+|i am\s+)?(?:in school|at school|in college|at college|at uni|in uni|at university|in university|in nursing school|in grad school|studying(?! for (?:the |a |an |my )?(?:ccm|cmc|exam|exams|test|certification|cert|license|licence))|in my degree|doing my degree|doing (?:a|my|the) (?:degree|bsn|msw|bachelor s|bachelors|master s|masters|program)|finishing (?:my |the )?(?:degree|school|education|studies|bsn|msw|program)|getting my (?:degree|bsn|msw)|my (?:degree|studies|bsn|msw|program)|a student|in class|enrolled)\b/;
/** A job in the field looked for, not work in general: "get a job", "be hired". */
const HIRED_IN = /\b(?:get a job|get hired|be hired|be employed|take a job|get a position)\b/;
/** A role the guide names close to care management, to aim for while finishing one's education. */
const ROLE_NAMED = /\b(care coordinator|case manager)s?\b/;

/** Working while studying asked: the role named when the guide names it among those to aim for; null when not asked. */
export function workWhileStudyingAsked(message: string): { role: string | null } | null {
  const text = normalise(message);
  if (!WORKING.test(text) || !WHILE_STUDYING.test(text)) return null;
  const role = ROLE_NAMED.exec(text)?.[1] ?? null;
  // Work in general beside study ("can I keep working while I do my degree?") is not a job in the field looked for.
  return role !== null || HIRED_IN.test(text) ? { role } : null;
}

/** One's own job kept on ("keep driving part time", "stay in my job", "still work my day job"). */
const JOB_KEPT =
  /\b(?:keep|keeping|stay|staying|hold on to|holding on to|still|carry on|carrying on|continue|continuing)\b(?: \w+){0,3}? (?:driving|working|work|my (?:current |day |full time |part time )?job|my day job|doing (?:my|this|what i do)|employed|in my job|at my job)\b/;
/** Experience gained meanwhile ("while i get experience", "while gaining experience"). */
const WHILE_GAINING = /\b(?:while|whilst|as) (?:i |i m |im |i am )?(?:get|getting|gain|gaining|build|building|pick up|picking up)(?: (?:some|the|my|enough|more|relevant))? experience\b/;

/**
 * One's own job kept while gaining experience ("could i keep driving part time while i get experience?", tester ut35a
 * P01 m6): the guide does not speak of keeping another job; it says volunteering and interning count too. Not the
 * reply on whether the work can be done part time.
 */
export function jobKeptWhileGainingAsked(message: string): boolean {
  const text = normalise(message);
  return JOB_KEPT.test(text) && WHILE_GAINING.test(text);
}

/** Done together: "at the same time", "together", "in parallel", "at once", "simultaneously", "alongside". */
const TOGETHER = /\b(?:at the same time|same time|together|in parallel|at once|simultaneously|alongside each other|side by side|overlap)\b/;
/** Steps 2 and 3 named by number, either way round ("do 2 and 3", "steps 3 and 2"). */
const STEPS_TWO_AND_THREE = /\b(?:steps? )?(?:2|two) (?:and|&|n|plus) (?:step )?(?:3|three)\b|\b(?:steps? )?(?:3|three) (?:and|&|n|plus) (?:step )?(?:2|two)\b/;
/** Study and experience named ("school and experience", "the degree and volunteering"). */
const STUDY = /\b(?:school|college|uni|university|degree|education|studying|study|studies|classes|course)\b/;
const EXPERIENCE = /\b(?:experience|volunteer\w*|intern\w*|work|working|job)\b/;

/**
 * Study and experience, the guide's steps 2 and 3, asked whether they can be done together ("can i do 2 and 3 at the
 * same time? cant afford to quit my job", tester ut35a P11 m10): the guide suggests an internship or practicum while
 * studying, and looking for work while finishing one's education. Not a question outside what the bot covers.
 */
export function studyAndExperienceTogetherAsked(message: string): boolean {
  const text = normalise(message);
  return TOGETHER.test(text) && (STEPS_TWO_AND_THREE.test(text) || (STUDY.test(text) && EXPERIENCE.test(text)));
}

