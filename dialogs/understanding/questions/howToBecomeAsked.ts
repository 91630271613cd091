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

/** True when the message (or its last sentence) asks how they become a care manager (or "one"), and nothing narrower. */
export function howToBecomeAsked(text: string): boolean {
  // Asked last, after a story ("im 19 ... my mom is a home health aide ... how do i become one?"): its last sentence.
  const said = normalise(lastSentence(text)).trim();
  // "how do i become one without a degree", "... in the UK", "... fastest": a way or a place the engine answers as such.
  if (/\b(?:without|no degree|in the|at my age|fast\w*|quick\w*|after|if|while|online|part time|with (?:a|an|my|no)|from|as a)\b/.test(said.replace(HOW_TO_BECOME, ' '))) return false;
  return HOW_TO_BECOME.test(said);
}
