/**
 * What to do first, asked in days and weeks rather than in steps: "so whats step one for me this week", "what do i do
 * monday", "what should I be doing today to get started". After a roadmap these ask for its first step not done; the
 * words alone were declined as out of scope (tester ut36a, P07 m9). Pure reader.
 */
import { normalise } from '../core/textMatch';

/** "Step one" asked for the writer or for a time: "whats step one for me", "what is my step 1 this week". */
const STEP_ONE_FOR_ME =
  /\b(?:what s|whats|what is|which is|so) (?:the |my )?(?:very )?step (?:one|1)(?: of (?:it|this|that|the plan|my plan|the roadmap|my roadmap))? (?:for me|this week|today|tomorrow|then|now|to start)\b/;
/** What to do on a day or in a week of their own: "what do i do monday", "what should i be doing this week". */
const DO_WHEN =
  /\bwhat (?:do|should|can|could|shall) i (?:actually |even |really |start to |start |get )?(?:need to |have to |got to )?(?:be )?(?:do|doing|start with|start on|work on|get going on|tackle)(?: (?:first|next|then))?(?: (?:on|like|for|by|starting|from))? (?:this week|this weekend|next week|today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|right now|right away)\b/;
/** The job's own days asked of ("what do i do on a typical monday as a care manager"): not the plan. */
const THE_JOBS_DAYS = /\b(?:typical|normal|usual|average|as a|as an|in the job|on the job|at work|day to day)\b/;

/** True when the message asks what to do first in days or weeks, or for "step one" of their own. */
export function weekStartAsked(text: string): boolean {
  const said = normalise(text);
  if (THE_JOBS_DAYS.test(said)) return false;
  return STEP_ONE_FOR_ME.test(said) || DO_WHEN.test(said);
}
