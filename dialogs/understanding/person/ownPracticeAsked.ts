/**
 * How to set up on one's own ("how would I set up my own practice?", "what do I need to start my own care management
 * business?", "steps to open a private agency?"). The guide says only that a care manager can work independently; it
 * gives no steps, licences or costs for a practice of one's own. The reply says so, with that answer (answerTurn.ts),
 * a decline: the answer alone would read as if it were the how.
 */
import { normalise } from '../core/textMatch';

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

/** Setting it up, pointed at ("how do i set that up", "how would i start one?"). */
const SET_UP_POINTED = /\b(?:set(?:ting)?|get(?:ting)?|start(?:ing)?) (?:that|it|one|this)(?: thing)? up\b|\b(?:set(?:ting)? up|start(?:ing)?|open(?:ing)?|register(?:ing)?|launch(?:ing)?) (?:one|that|it)\b/;
/** Winning clients of one's own ("how would i get clients", "where do they find their clients?"). */
const CLIENTS_WON = /\b(?:get|gets|getting|find|finds|finding|win|attract|land|build up|bring in) (?:my |your |their |his |her |new |the |any |enough |private |paying )*(?:own )?(?:clients|customers|patients)\b/;
/** What a business of one's own needs, asked of it ("do they need insurance for that", "a business license for it?"). */
const ITS_PAPERS = /\b(?:(?:business|liability|malpractice|professional|indemnity) insurance|insurance (?:for (?:that|it|this|one|my|the|a)|cover)\b|need(?:s|ed)? insurance|get insurance|insured|business licen[cs]e|llc|liability|register(?:ed)? as a business|what (?:do|would|should) (?:i|you|they) charge|how much (?:do|would|should) (?:i|you|they) charge)\b/;
/** Setting it up, pointed at with how ("how would i go about it?", "how do i get one started?"). */
const SETS_IT_UP = /\b(?:set(?:ting)? (?:that|it|this|one) up|set up (?:that|one|on my own|by myself)|start(?:ing)? (?:that|one|it) (?:up|off)|get(?:ting)? (?:that|it|one) (?:started|going|off the ground)|go(?:ing)? about (?:that|it|doing that|doing it))\b/;
/** Asked how, where, or whether it needs something. */
const ASKS = /\b(?:how|where|what|which|do|does|would|will|should|need|needs)\b|\?/;

/**
 * After the answer on working for oneself, how to set that up, win clients or what the business needs, asked with a
 * pointer or no subject of its own ("how do i set that up", "how would i get clients", "do they need insurance for
 * that"): the same silence as "how would I set up my own practice?", never an answer the words land on alone
 * (coordination, care planning, finding a job).
 */
export function ownPracticeInView(text: string, lastId: string | undefined): boolean {
  if (lastId !== OWN_PRACTICE_ENTRY) return false;
  const said = normalise(text);
  if (SETS_IT_UP.test(said) && ASKS_HOW.test(said)) return true;
  return ASKS.test(`${said} ${text.includes('?') ? '?' : ''}`) && (SET_UP_POINTED.test(said) || CLIENTS_WON.test(said) || ITS_PAPERS.test(said));
}
