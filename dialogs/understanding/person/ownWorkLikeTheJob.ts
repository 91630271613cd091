/**
 * What a person does for others, told, then set beside the job itself ("I organize meals, rides, hospital visits for
 * elderly members of our church ... is that basically a care manager?", "I set up my dad's doctor appointments and
 * deal with his insurance, is that what care managers do?", "so am I kind of doing care management already?"): the
 * guide's list of what a care manager does says which of it matches and what the job adds (tester ut38a P04-T2).
 * Pure: text in, the tasks of the guide's list the story names out, or null when the message is not so.
 */
import { clausesOf } from '../core/clauses';
import { normalise } from '../core/textMatch';

/** A task of the guide's list of what care managers do, as the story tells it. */
export type TaskTold = 'coordinating' | 'support' | 'advocating' | 'paperwork';

/** Asked whether that is the job: "is that basically a care manager", "is that what care managers do", "am I already doing care management". */
const HEDGE = '(?:basically|kind of|kinda|sort of|sorta|pretty much|essentially|really|already|just|like|more or less|close to|similar to|the same as|the same thing as)';
const THE_JOB = '(?:(?:a|an)\\s+)?(?:care manager|care management|care mgmt|care coordinat\\w*|what (?:a )?care managers? (?:do|does))';
const IS_THE_JOB = new RegExp(
  `\\b(?:is|isn t|isnt|would|wouldn t|does|doesn t)\\s+(?:that|this|it|all that|what i do|what i m doing)\\s+(?:(?:count as|make me|be|seem|sound like)\\s+)?(?:${HEDGE}\\s+){0,3}${THE_JOB}\\b` +
    `|\\b(?:am i\\s+(?:${HEDGE}\\s+){0,3}|(?:i m|im)\\s+(?:${HEDGE}\\s+){1,3})(?:a care manager|doing care management|doing (?:a )?care manager s (?:job|work)|doing what (?:a )?care managers? do(?:es)?)\\b`,
);

/** Told as said of them, then checked: "a friend told me this is basically what a care manager does. Is that true?" (ut38a P04-T2 as the tester wrote it). */
const SAID_TO_BE_THE_JOB = new RegExp(
  `\\b(?:this|that|it|what i do|what i ve been doing)\\s+(?:is|s)\\s+(?:${HEDGE}\\s+){0,3}${THE_JOB}\\b` +
    // "a nurse said i should think about care management because i basically did it already" (ut40a P05-T2).
    `|${THE_JOB}\\b.*\\b(?:i|i ve|ive|i have|i was)\\s+(?:${HEDGE}\\s+){0,3}(?:did|done|do|doing|been doing)\\s+(?:it|that|this|the job|the same)\\b` +
    `|\\b(?:i|i ve|ive|i have|i was)\\s+(?:${HEDGE}\\s+){0,3}(?:did|done|been doing|was doing)\\s+(?:${HEDGE}\\s+){0,3}${THE_JOB}\\b`,
);
/** "is that true", "is that right", "is it so", "would you agree", "right". */
const CHECKED = /^(?:(?:and|so|but)\s+)?(?:(?:is|was) (?:that|this|it|she|he) (?:true|right|correct|so|accurate)|(?:are|were) (?:they|you) (?:right|correct)|(?:would|do) you agree|true|right|correct|am i right|(?:does|would) (?:that|it) (?:count|hold true))$/;

/**
 * Their own work set beside a care coordinator's or manager's they know: "i see our care coordinator and think i could
 * do her job lol" (ut39c P02-T2), "I reckon I could do our care manager's job": the job named, and doing it weighed.
 */
const COULD_DO_THAT_JOB = /\b(?:i (?:could|can|would) (?:totally |easily |probably |definitely |def )?do|could i do) (?:her|his|their|that|the same|this) (?:job|work)\b|\bi (?:could|can) (?:totally |easily |probably |definitely |def )?do (?:our|my|the) (?:care manager|care coordinator)\w* (?:s )?(?:job|work)\b/;
const NAMES_THE_JOB = new RegExp(`\\b${THE_JOB}\\b`);

/** The tasks, in the story's words. */
const TASKS: ReadonlyArray<readonly [TaskTold, RegExp]> = [
  ['coordinating', /\b(?:organi[sz]\w*|arrang\w*|coordinat\w*|schedul\w*|set(?:ting)? up|book\w*|plan\w*|rides?|driv\w*|transport\w*|meals?|appointments?|visits?|home care|errands?)\b/],
  ['support', /\b(?:visit\w*|check(?:ing)? (?:in )?on|(?:sit|sat|sitting) with|comfort\w*|listen\w*|emotional\w*|support\w*|pray\w*|keep\w* (?:them|him|her) company|company)\b/],
  ['advocating', /\b(?:advocat\w*|speak\w* up|stand\w* up for|fight\w* for|talk\w* to (?:the |their |his |her )?(?:doctors?|nurses?|hospital))\b/],
  ['paperwork', /\b(?:paperwork|forms?|insurance|bills?|medicare|medicaid|benefits claims?)\b/],
];

/** A clause telling of what the writer does. */
const TELLS = /\b(?:i|i m|im|i ve|ive|we|we re|my)\b/;

/** The tasks of the guide's list the story names, when the message tells of them and asks whether that is the job. */
export function ownWorkLikeTheJob(message: string): TaskTold[] | null {
  const clauses = clausesOf(message);
  const said = clauses.map(normalise);
  const checked = said.findIndex((clause, index) => index > 0 && CHECKED.test(clause) && SAID_TO_BE_THE_JOB.test(said[index - 1] ?? ''));
  const couldDo = NAMES_THE_JOB.test(said.join(' ')) ? said.findIndex((clause) => COULD_DO_THAT_JOB.test(clause)) : -1;
  const asked = checked >= 0 ? checked : couldDo >= 0 ? couldDo : said.findIndex((clause) => IS_THE_JOB.test(clause));
  if (asked < 0) return null;
  // The tasks told before the question, or in it ("I drive my neighbours to appointments, does that make me a care manager?").
  const before = said.slice(0, asked + 1);
  if (!before.some((clause) => TELLS.test(clause))) return null;
  const told = before.join(' ');
  const tasks = TASKS.filter(([, words]) => words.test(told)).map(([task]) => task);
  return tasks.length > 0 ? tasks : null;
}

/** One of their own family, named as theirs: "my wife", "my mum's appointments", "my late husband". */
const OWN_FAMILY = /\bmy (?:late |dear |elderly |own )?(?:wife|husband|partner|spouse|mum|mom|mother|dad|father|parents?|son|daughter|kids?|child(?:ren)?|grand(?:ma|pa|mother|father|parents?|mum|mom|dad)|nan|nana|gran|granny|brother|sister|aunt\w*|uncle|family|in laws?|mother in law|father in law)(?: s)?\b/;

/** True when the things they did were for their own family, which the guide never counts either way (ut40a P05-T2). */
export function doneForTheirFamily(message: string): boolean {
  return OWN_FAMILY.test(normalise(message));
}
