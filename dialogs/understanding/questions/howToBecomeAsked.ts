/**
 * "how do i become a care manager", "how can I become one?": the way in asked, which the engine reads as whether the
 * career suits someone (tester ut37a P07-2 got "may be right for you if ..."). The guide's answer on what is needed
 * answers it. Pure: text in, reading out.
 */
import { normalise } from '../core/textMatch';
import { lastSentence } from '../person/stepsAfterStory';

/** How the writer becomes one: "how do/can/could/would/should i become a care manager", "how do i get to be one". */
const HOW_TO_BECOME =
  /^(?:(?:so|ok|okay|but|and|then|huh|um|hmm|wait|like|pls|please|hi|hey|hello|hola|yo)\s+)*(?:(?:can|could) (?:you|u) (?:tell me|explain) )?how (?:do|can|could|would|should|will|might|does one|do you) (?:i|u|you|one|someone|a person)? ?(?:actually |even |really |go about |realistically )?(?:become|get to be|train to be|qualify as|turn into) (?:a |an )?(?:(?:care|case) manager|one)\b/;

/**
 * Moving up into the role from a job below it ("how do i move up to care manager", "how can I progress into care
 * management"): the way in, not climbing within care management (tester ut40a P03: a nurse aide got Step 10).
 */
const HOW_TO_CLIMB_INTO =
  /^(?:(?:so|ok|okay|but|and|then|hi|hey)\s+)*how (?:do|can|could|would|should|will|might|does one|do you|to) ?(?:i|u|you|one|someone|a person|mi|me)? ?(?:actually |even |really |go about )?(?:move up|step up|work (?:my|your|me) way up|progress|climb up|advance|get promoted|go up|level up) (?:to|into|in to|and become|to become|to be) (?:a |an )?(?:(?:care|case) manager|care management|case management)\b(?! (?:role |job |position )?(?:as|within|in care|to senior|to director))/;

/** A wish to become one, or to move up into the role: "I want to move up, become care manager", "i'd like to get into care management". */
const AIM_TO_BECOME =
  /\b(?:want|wanna|would like|d like|hope|hoping|plan|planning|aim|aiming|trying|try|looking|wish)\b(?: \w+){0,3}? (?:(?:move up|step up|progress|climb|advance|level up|work (?:my|me) way up)(?: and| to)? )?(?:become|be|get into|go into|move into|into|to) (?:a |an )?(?:(?:care|case) manager|care management|case management)\b/;
/** Then asked how, naming nothing narrower: "How mi do it?", "how do I do that", "how do i get there". */
const HOW_TO_DO_IT =
  /^(?:(?:so|ok|okay|but|and|then)\s+)*how (?:(?:do|can|could|would|should|shall|to) )?(?:i|mi|me|u|you|one)? ?(?:actually |even |really )?(?:do|go about|manage|achieve|get there|make it|start|begin|get in)(?: (?:it|that|this|so|there))?$/;

/** True when the message (or its last sentence) asks how they become a care manager (or "one"), and nothing narrower. */
export function howToBecomeAsked(text: string): boolean {
  // Asked last, after a story ("im 19 ... my mom is a home health aide ... how do i become one?"): its last sentence.
  const said = normalise(lastSentence(text)).trim();
  if (HOW_TO_CLIMB_INTO.test(said)) return true;
  // "I want to move up, become care manager. How mi do it?": the aim told, then how asked of it.
  if (HOW_TO_DO_IT.test(said) && AIM_TO_BECOME.test(normalise(text))) return true;
  // "how do i become one without a degree", "... in the UK", "... fastest": a way or a place the engine answers as such.
  if (/\b(?:without|no degree|in the|at my age|fast\w*|quick\w*|after|if|while|online|part time|with (?:a|an|my|no)|from|as a)\b/.test(said.replace(HOW_TO_BECOME, ' '))) return false;
  return HOW_TO_BECOME.test(said);
}
