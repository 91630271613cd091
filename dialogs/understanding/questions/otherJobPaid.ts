/**
 * Another job's pay asked, where the words alone land on the care managers' pay: the job named as the one paid beside
 * theirs ("what do nurses earn compared to care managers?") or the people of a story asked of ("my friends are nurses. what do they
 * make?", "my wife is a social worker, how much does she earn?"). Those got the pay answer, or "The answer above on
 * Salary is all the guide says", as if the pay asked were the care managers' (session 35's notes); the guide gives pay
 * only for care managers, which the reply says first (rendering/beyond/silenceReplies.ts). Pure reader.
 */
import { normalise } from '../core/textMatch';

/** Jobs that are not care management, as people name them (singular; a plural "s" is allowed after each). */
const JOB =
  '(?:registered nurse|nurse practitioner|travel nurse|nurse|rn|lpn|lvn|np|cna|nursing assistant|social worker|case worker|caseworker|therapist|physical therapist|occupational therapist|doctor|physician|pharmacist|paramedic|emt|counsel(?:l)?or|teacher|home health aide|aide|medical assistant|interpreter|psychologist|dietitian|chaplain)';
/** The job as the one paid: "what do nurses make", "how much does an RN earn", "nurse salary?". */
const JOB_PAID = new RegExp(
  `\\b(?:what|how much) (?:do|does|would|could|can|will|did) (?:a |an |the |most |other )?${JOB}s? (?:\\w+ )?(?:make|earn|get paid|take home|bring in)\\b|\\b(?:what|how much) (?:is|are) (?:a |an |the )?${JOB}s? paid\\b|\\b${JOB}s? (?:salary|salaries|pay|wages?)\\b`,
);
/** People of the story given a job: "my friends are nurses", "my wife is a social worker", "my sister works as a nurse". */
const PEOPLE_WITH_A_JOB = new RegExp(
  `\\bmy (?:\\w+ )?(?:friends?|wife|husband|partner|sister|brother|mom|mum|mother|dad|father|son|daughter|cousins?|aunt|uncle|colleagues?|coworkers?|co workers?|roommate|neighbou?r|parents?|kids?|girlfriend|boyfriend|best friend) (?:is|are|was|were|works? as|worked as) (?:a |an |both |all )?(?:\\w+ )?(${JOB})s?\\b`,
);
/** Pay asked of them: "what do they make", "how much does she earn", "what's their salary". */
const THEIR_PAY =
  /\b(?:what|how much) (?:do|does|would|could|will|did) (?:they|she|he|them) (?:\w+ )?(?:make|earn|get paid|take home|bring in)\b|\b(?:what|how much) (?:is|are) (?:they|she|he) paid\b|\b(?:their|her|his) (?:salary|salaries|pay|wages?)\b/;
const CARE_MANAGERS = /\b(?:care|case) (?:manager|managers|management|mgr|mgmt)\b/;

/** The other job whose pay is asked ("nurses"), or null when the pay asked is the care managers'. */
export function otherJobPaid(said: string): string | null {
  const sentences = said.split(/(?<=[.!?])\s+|\n+/).map(normalise).filter((sentence) => sentence !== '');
  for (const [at, sentence] of sentences.entries()) {
    const paid = JOB_PAID.exec(sentence);
    // Set against the care managers' ("what do nurses earn compared to care managers?"); asked alone ("what do nurses
    // make?") it is the guide's silence on the guide's ground (groundOfTheGuide.ts). "I'm a nurse and make 70k. what do
    // care managers make?" names no other job as the one paid.
    if (paid && CARE_MANAGERS.test(sentence) && !/^(?:i am|i m|im)\b/.test(sentence) && !CARE_MANAGERS.test(paid[0])) return jobIn(paid[0]);
    if (!THEIR_PAY.test(sentence) || CARE_MANAGERS.test(sentence)) continue;
    // "they" as the people of the story told just before, who are given a job there and are not care managers.
    const story = sentences.slice(0, at + 1).join(' ');
    const people = PEOPLE_WITH_A_JOB.exec(story);
    if (people?.[1] && !CARE_MANAGERS.test(story)) return plural(people[1]);
  }
  return null;
}

/** The job named in a matched phrase, as a plural ("nurses", "RNs"). */
function jobIn(phrase: string): string {
  return plural(new RegExp(`\\b${JOB}s?\\b`).exec(phrase)?.[0] ?? 'other job');
}

/** Letters written as capitals ("rn" is "RNs"), and one plural "s". */
function plural(job: string): string {
  const one = job.replace(/s$/, '');
  const said = /^(?:rn|lpn|lvn|np|cna|emt)$/.test(one) ? one.toUpperCase() : one;
  return `${said}s`;
}
