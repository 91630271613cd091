/**
 * Pay asked of one of the jobs the guide names as a way in ("care coordinator sounds good. what does the pay look like
 * for that", "what does a care coordinator earn?"): the guide gives pay only for care managers, by level. Was "Did you
 * mean: Salary, Coordinating care?" (tester ut35c, P06 m10). Pure.
 */
import { normalise } from '../core/textMatch';

/** The guide's first jobs (Step 3, Step 6) a question may ask the pay of, as the reply names them. */
const FIRST_JOBS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcare coordinators?\b/, 'care coordinator'],
  [/\b(?:health ?care|healthcare) (?:assistants?|aides?)\b|\bhcas?\b/, 'healthcare assistant'],
  [/\bcounsel(?:l)?ors?\b/, 'counselor'],
  [/\bsocial workers?\b/, 'social worker'],
];

/** Words that ask pay. */
const PAY = /\b(?:pay|pays|paid|salary|salaries|earn|earns|earning|make|makes|wage|wages|income)\b/;
/** The job as the one paid: "care coordinators make", "care coordinator salary", "the pay for a care coordinator". */
const JOB_PAID = (job: string): RegExp => new RegExp(`(?:${job})(?: \\w+){0,2} (?:make|makes|earn|earns|get paid|paid|salary|salaries|pay|wages?)\\b|\\b(?:pay|paid|salary|wages?|earnings?) (?:for|of) (?:a |an )?(?:${job})`);
/** Pay asked of the thing just named ("... sounds good. what does the pay look like for that"). */
const PAY_OF_THAT = /\b(?:pay|paid|salary|wages?|earn\w*|make)\b[^.?!]*\b(?:for|of|in) (?:that|it|this|that one|that job|that role|those jobs|them)\b|\b(?:what )?(?:do|does|would|will) (?:they|it|that|those|that job|that role) (?:pay|make|earn)\b/;
/** The writer's own job ("I'm a social worker", "as a counselor I make"), never asked of. */
const OWN_JOB = /\b(?:i am|im|i m|i work as|i worked as|i have been|i ve been|been|as) (?:a |an )?$/;

/** The first job whose pay is asked, as the reply names it; null when none is, or pay is asked of care managers. */
export function firstJobPaid(message: string): string | null {
  const text = normalise(message);
  if (!PAY.test(text) || /\b(?:care|case) manag\w*/.test(text)) return null;
  for (const [pattern, name] of FIRST_JOBS) {
    const found = pattern.exec(text);
    if (!found || OWN_JOB.test(text.slice(0, found.index))) continue;
    if (JOB_PAID(pattern.source.replace(/\\b/g, '')).test(text) || PAY_OF_THAT.test(text.slice(found.index))) return name;
  }
  return null;
}
