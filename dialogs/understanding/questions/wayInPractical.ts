/**
 * The way in asked in practical terms, after the guide's answer on it (tester ut40a): a shortcut asked of the time it
 * takes ("6 to 8?? that's brutal. any shortcut"), and experience asked how to get "officially" ("how do i get
 * 'experience' officially then"). The engine reads both as the answer in view again. Pure: text in, reading out.
 */
import { normalise } from '../core/textMatch';

/** The guide's answer on how long it takes. */
export const TIME_ENTRY = 'how-long';
/** The guide's answers on gaining experience and the jobs to start in. */
export const EXPERIENCE_ENTRIES: ReadonlySet<string> = new Set(['gaining-experience', 'entry-level-jobs', 'volunteering', 'internships']);

/** A way to cut the time: "any shortcut", "a faster way", "can I speed it up", "fast track", "do it sooner". */
const SHORTER = /\b(?:short ?cuts?|fast ?track\w*|faster|quicker|sooner|speed (?:it |this |that |things |the process )?up|shorten\w*|accelerat\w*|less time|cut (?:it |that |this |the time )?(?:down|short)|skip (?:some|any|a few) (?:of )?(?:the )?years)\b/;
/** The time itself named: "6 to 8", "years", "how long", "the timeline". */
const TIME_NAMED = /\b(?:years?|yrs?|how long|timeline|time it takes|\d+ to \d+)\b/;
/** Shortening something else: moving up, a pay rise, an exam's result. */
const OTHER_THING = /\b(?:promot\w*|move up|moving up|senior|director|raise|pay|salary|earn\w*|exam|results?|certif\w*|ccm|cmc|licen[cs]\w*)\b/;

/** True when a shorter way to the time the guide gives is asked: the time in view, or named in the message. */
export function shortcutOfTheTimeAsked(text: string, lastId: string | undefined): boolean {
  const said = normalise(text);
  if (!SHORTER.test(said) || OTHER_THING.test(said)) return false;
  return lastId === TIME_ENTRY || TIME_NAMED.test(said);
}

/** Experience made official: "officially", "formally", "on paper", "that counts", "properly", "legit". */
const OFFICIAL = /\b(?:officially|official|formally|formal|on paper|that counts|that would count|counted|properly|legit\w*|recogni[sz]ed|for real)\b/;
/** How to get experience: "how do i get experience", "where do you gain experience", "how would I build experience". */
const HOW_TO_GET = /\b(?:how|where) (?:do|can|would|could|should|does|to) ?(?:i|you|u|one|someone|a person)? ?(?:actually |even )?(?:get|gain|earn|obtain|build|acquire|have|pick up)\b(?: \w+){0,3}? experience\b/;

/** True when how to get experience is asked in practical terms: made official, or again with the experience answer in view. */
export function experienceOfficiallyAsked(text: string, lastId: string | undefined): boolean {
  const said = normalise(text);
  if (!HOW_TO_GET.test(said)) return false;
  return OFFICIAL.test(said) || (lastId !== undefined && EXPERIENCE_ENTRIES.has(lastId) && /\b(?:then|so|actually|really)\b/.test(said));
}
