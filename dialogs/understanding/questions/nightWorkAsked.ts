import { normalise } from '../core/textMatch';

/**
 * Work at night asked of the job (session 38, followupsAX, security guards and night concierges): "do they ever work
 * overnight like i do?", "any night shifts?", "would i have to do graveyard shifts?", "is it ever a 3am job?". The
 * guide's hours speak of business hours, evenings, weekends and on call, never of nights; its words alone landed on who
 * care managers work with, on where they work, or outside the guide. Pure.
 */

/** Night work, as people name it; not one night named ("working a door on a friday night"). */
const NIGHT_WORK =
  /\b(?<!\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this|one|a|busy|quiet|slow|good|bad|long) )(?:over ?nights?|night ?shifts?|nights?|graveyard(?: shifts?)?|late shifts?|night work|night duty|nocturnal|(?:1|2|3|4|one|two|three|four) ?am|midnight|small hours|24 ?7|24 hour shifts?|round the clock|around the clock)\b/;
/** Worked, as asked of the job: "work", "do nights", "shifts", "on call at night". */
const WORKED = /\b(?:work|works|working|worked|shifts?|on call|hours|schedule|rota)\b|\b(?:do|does|doing) (?:the |any )?(?:over ?nights?|nights?|night ?shifts?|graveyard)\b/;
/** The job asked of: care managers, "they", the job, or the writer in it ("would i have to"); or "any night shifts?". */
const OF_THE_JOB = /\b(?:they|care managers?|case managers?|the job|this job|the role|this role|it|(?:i|you|we) (?:have|need|would have|d have|will have|ll have) to|any)\b/;
/** The pay for nights ("the night shift differential"), or nights set beside other work ("more stressful than ..."): not the hours. */
const NOT_THE_HOURS = /\b(?:differentials?|premiums?|extra|more money|pay|paid|pays|rate|rates|bonus|bonuses|allowance|than)\b/;
/** Asked, not told. */
const ASKS = /\?|^(?:(?:so|and|but|ok|okay|also)\s+)*(?:do|does|did|is|are|will|would|can|could|should|any|how|what|which|ever)\b/;
/** The writer's own nights told with no question of the job: "i work nights so i'm up anyway". */
const OWN_ONLY = /^(?:i|im|i m|ive|i ve|my)\b/;
/** The writer's own nights in the question ("how do i get my manager to stop putting me on nights"): their job, not this one. */
const OWN_NIGHTS = /\b(?:me|my|i|im|i m|i ve|ive)(?: \w+){0,2} (?:on )?(?:over ?nights?|night ?shifts?|nights?|graveyard(?: shifts?)?|late shifts?)\b/;

/** The night work asked of the job, as a reply names it ("night shifts", "overnight work"), or null when the message asks none. */
export function nightWorkAsked(typed: string): string | null {
  const text = normalise(typed);
  const night = NIGHT_WORK.exec(text)?.[0];
  if (!night || !WORKED.test(text) || !OF_THE_JOB.test(text) || NOT_THE_HOURS.test(text) || OWN_NIGHTS.test(text) || !ASKS.test(typed.trim().toLowerCase())) return null;
  return OWN_ONLY.test(text) && !typed.includes('?') ? null : nightNamed(night);
}

/** The night work as a reply names it: "night shifts" and "nights" as said, "overnight work", else "night work". */
function nightNamed(said: string): string {
  if (/shift/.test(said)) return said.replace(/nightshift/, 'night shift');
  if (/^nights?$/.test(said)) return 'nights';
  return /over ?night/.test(said) ? 'overnight work' : 'night work';
}
