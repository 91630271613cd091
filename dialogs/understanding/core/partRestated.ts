/**
 * A part of a message that only leads into the other part, restating or pointing at it: "I mean am I eligible. what do
 * you need for the CMC?", "ok and the ADN thing? do I need to go back for my BSN". The other part's answer is its
 * answer; declining it as a part the guide does not cover says no to the very question answered (tester ut37a, P11 m2,
 * P04 m3). Pure reader.
 */
import { normalise } from './textMatch';

/** Words that restate what comes next or came before: "I mean", "I meant", "in other words", "basically". */
const RESTATES = /^(?:(?:ok|okay|so|well|no|sorry|um+|uh+)\s+)*(?:i mean|i meant|what i mean is|meaning|in other words|as in|basically|put another way|to be clear)\b/;
/** A pointer at a subject by name: "and the ADN thing?", "what about the license part", "the degree question". */
const POINTS_AT =
  /^(?:(?:ok|okay|so|and|but|well|also|then|um+)\s+)*(?:what about |how about )?(?:the|my|that|this) (?:\w+ ){0,3}(?:thing|part|bit|question|issue|side)(?: (?:then|though|tho|again))?$/;

/** True when the part only restates or points at the other part of the message. */
export function partRestated(part: string): boolean {
  const said = normalise(part);
  return RESTATES.test(said) || POINTS_AT.test(said);
}

/** A need to know told, not asked: "so I need to know the hours", "I'd like to know about pay", "I'm wondering about on-call". */
const NEED_TO_KNOW = /\b(?:i|we) (?:really |just |also )?(?:need|needs|want|wanna|have|would like|d like|ll need) to (?:know|find out|understand|check)\b|\b(?:i m|im|i am) (?:wondering|curious|asking) about\b/;
/** Words that ask a question of their own: a question word opening a clause, or a verb opening it as a yes or no. */
const ASKS_OF_ITS_OWN = /^(?:(?:and|but|so|also|ok|okay)\s+)*(?:what|which|how|why|when|where|who|is|are|do|does|can|could|would|will|should)\b|\b(?:whether|if)\b/;

/**
 * A part that tells the need the other part asks ("I also have 2 kids at home so I need to know the hours. Is it 9 to
 * 5?"): the other part's answer is its answer, never "the guide doesn't cover" it (tester ut39c P03-T6). The caller
 * checks that the part leans to that same answer. Pure reader.
 */
export function needToKnowTold(part: string): boolean {
  const said = normalise(part);
  return NEED_TO_KNOW.test(said) && !ASKS_OF_ITS_OWN.test(said);
}
