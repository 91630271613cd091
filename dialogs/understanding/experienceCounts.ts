/**
 * Whether something the person has done counts as experience: "does looking after my mum count as experience?",
 * "would my supervisor experience count for anything?", "so 20 years as a sparky counts for nothing then". The guide
 * goes through no jobs one by one; it describes the experience it means (work, volunteering or interning in health or
 * social services). The reply says which: that counts when it is such work, and otherwise that the guide does not say,
 * before what it does say (answerTurn.ts).
 */
import { directAsk } from '../../knowledge/aspects';
import { tellsOfCareWork } from './aboutYou';
import { normalise } from './textMatch';

/** "count", "counts as", "count towards", "counts for"; experience valued or of use ("would ICU experience be valued?"). */
const COUNTS = /\b(?:count|counts|counted)(?: (?:as|towards?|for))?\b|\bexperience (?:\w+ )?(?:be |is )?(?:valued|useful|relevant|helpful|of use|worth anything)\b/;
/** Counting as something other than experience: a degree, a related field ("would psychology count as related"), a course, a credential. */
const COUNTS_AS_OTHER = /\b(?:degree|degrees|field|related|course|courses|qualification|diploma|certificat\w*|licen[cs]e|registration|credits?|hours|skills?)\b/;
/** Experience counted towards pay ("no I mean pay. I have 8 years nursing, would that count?"): asked of pay. */
const TOWARDS_PAY = /\b(?:pay|paid|salary|earn\w*)\b/;

/** Asking what counts, not whether a thing does: "what experience counts then", "which kind counts?". */
const WHAT_COUNTS = /\b(?:what|which)(?: \w+){0,3} (?:count|counts|would count|does count)\b/;

/** What the guide says of the thing asked about: work in health or social care counts; of anything else it says nothing. */
export type ExperienceAsked = 'care-work' | 'not-said';

/** Whether the message asks if something counts as experience, and what the guide says of it; null when it does not ask. */
export function experienceAsked(text: string): ExperienceAsked | null {
  const t = normalise(text);
  if (!COUNTS.test(t) || WHAT_COUNTS.test(t) || TOWARDS_PAY.test(t) || (!/\bexperience\b/.test(t) && COUNTS_AS_OTHER.test(t))) return null;
  // A subject of study weighed ("does sociology count as relevant"): a field, which the degree answer speaks to.
  if (directAsk(text)?.kind === 'field') return null;
  return tellsOfCareWork(text) ? 'care-work' : 'not-said';
}
