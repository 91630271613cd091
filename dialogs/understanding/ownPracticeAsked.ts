/**
 * How to set up on one's own ("how would I set up my own practice?", "what do I need to start my own care management
 * business?", "steps to open a private agency?"). The guide says only that a care manager can work independently; it
 * gives no steps, licences or costs for a practice of one's own. The reply says so, with that answer (answerTurn.ts),
 * a decline: the answer alone would read as if it were the how.
 */
import type { FaqEntry } from '../../knowledge/schema';
import { normalise } from './textMatch';

/** Setting up, starting, opening or running one's own practice, business or agency. */
const OWN_PRACTICE =
  /\b(?:set(?:ting)? up|setup|start(?:ing)?|open(?:ing)?|run(?:ning)?|launch(?:ing)?|build(?:ing)?|go(?:ing)? into|establish(?:ing)?|register(?:ing)?)(?: up)? (?:my|your|a|an|their|one s|ones|our) (?:own |private |independent )+(?:care management )?(?:practice|business|agency|company|firm|consultancy)\b|\bgo(?:ing)? (?:independent|private|solo|freelance|self employed)\b/;
/** Asked how, or what it takes: "how", "steps", "what do i need", "where do i start", "is it hard". */
const ASKS_HOW = /\bhow\b|\bsteps?\b|\bwhat (?:do|would|will|does|should) (?:i|you|one|it) (?:need|take|have to)\b|\bwhere (?:do|would|should) i (?:start|begin)\b|\bwhat s? (?:involved|needed|required)\b|\brequirements?\b|\bprocess\b/;

/** True when the message asks how to set up a practice or business of one's own. */
export function ownPracticeAsked(text: string): boolean {
  const said = normalise(text);
  return OWN_PRACTICE.test(said) && ASKS_HOW.test(said);
}

/** The guide's answer on working for oneself. */
export const OWN_PRACTICE_ENTRY = 'independent-practice';

/** Setting up the practice in view, pointed at ("how would i set that up?", "how do i get one started?", "how would i go about it?"). */
const SETS_IT_UP = /\b(?:set(?:ting)? (?:that|it|this|one) up|set up (?:that|one|on my own|by myself)|start(?:ing)? (?:that|one|it) (?:up|off)|get(?:ting)? (?:that|it|one) (?:started|going|off the ground)|go(?:ing)? about (?:that|it|doing that|doing it))\b/;

/**
 * The same asked of working for oneself in view, pointed at (session 34, followupsAP): "how would i set that up?" after
 * "can a care manager work independently".
 */
export function ownPracticeSetUpInView(text: string, last: FaqEntry | undefined): boolean {
  const said = normalise(text);
  return last?.id === OWN_PRACTICE_ENTRY && SETS_IT_UP.test(said) && ASKS_HOW.test(said);
}
