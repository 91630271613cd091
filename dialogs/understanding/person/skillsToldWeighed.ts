/**
 * Skills told of oneself and asked whether they matter ("I'm great with people in stressful situations ... and I'm
 * fluent in Spanish. Would those skills matter in care management?", tester ut34c fa #1): the guide's own names for
 * them in its list of a care manager's skills, all of them, not the one answer a word of the story lands on
 * (communication). Languages it never mentions; cultural competency is the nearest it names. Pure.
 */
import { normalise } from '../core/textMatch';

/** Asked whether the skills told matter ("would those skills matter", "are my strengths useful", "do these skills transfer"). */
const SKILLS_WEIGHED =
  /\b(?:would|will|do|does|are|is|could|can|might)\b(?: \w+){0,3}? (?:skills?|strengths?|qualities|abilities|traits?)\b(?: \w+){0,2}? (?:matter|help|count|transfer|carry over|be useful|be relevant|be an asset|be valuable|be worth anything|useful|relevant|valuable|an asset|any use|any good)\b/;

/** What a story tells, in the guide's names for the skills. */
const SKILLS_TOLD: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:great|good|talk\w*) (?:with|to) people\b|\bpeople skills\b|\bcommunicat\w*\b|\bcustomer service\b/, 'communication'],
  [/\bstress\w*\b|\bemergenc\w*\b|\bcrisis\b|\bcrises\b|\bunder pressure\b|\bstay\w* calm\b|\bunruly\b/, 'resilience (staying calm in high-stress situations)'],
  [/\bemergenc\w*\b|\bcrisis\b|\bcrises\b|\bproblem solv\w*\b|\bquick decisions?\b/, 'problem-solving (quick decisions and crisis management)'],
  [/\bempath\w*\b|\bcompassion\w*\b/, 'empathy'],
  [/\b(?:lead|leading|manage|managing|run|running)\b(?= (?:a |the |my )?(?:team|staff|crew|\d+ people))|\bleadership\b|\bsupervis\w*\b|\bteam lead\w*\b/, 'leadership'],
  [/\borgani[sz]\w*\b|\bmultitask\w*\b|\bjuggl\w*\b|\bprioriti[sz]\w*\b/, 'organizational skills'],
];
/** A language named, which the guide never speaks of. */
const LANGUAGE = /\bfluent\b|\bbilingual\b|\btrilingual\b|\bspeak (?:\w+ )?(?:spanish|french|arabic|mandarin|chinese|portuguese|russian|german|italian|polish|tagalog|vietnamese|korean|hindi|urdu)\b|\bsign language\b/;

/** The guide's names for the skills a story tells, when the message asks whether they matter; null otherwise. */
export function skillsToldWeighed(question: string, said: string): { skills: string[]; language: boolean } | null {
  if (!SKILLS_WEIGHED.test(normalise(question))) return null;
  // The story is the whole message: "those skills" leans on it, so the question may come with it.
  const story = normalise(said);
  const skills = SKILLS_TOLD.filter(([told]) => told.test(story)).map(([, named]) => named);
  const language = LANGUAGE.test(story);
  return skills.length + (language ? 1 : 0) >= 2 && skills.length > 0 ? { skills, language } : null;
}
