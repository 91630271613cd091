/**
 * Where they would start, asked of their own case once they have told of themselves ("Where would someone like me
 * start? I am 54." after twenty years of church eldercare and an associate degree told, tester ut38a P04-T5; "so where
 * do I begin, at my age?", "where would a person in my situation start? I'm 47"): what they told decides the start,
 * never the walk from step 1 alone. The bare "where do I start?" with nothing told stays the walk (intents.ts). Pure.
 */
import { clausesOf } from '../core/clauses';
import { normalise } from '../core/textMatch';
import { GROUP_PHRASES } from '../core/vocabulary';

/** "where would someone like me start", "where do I begin", "how would someone like me get started". */
const WHERE_TO_START =
  /\b(?:where (?:do|should|can|would|could|shall|will) (?:i|someone like me|somebody like me|a person like me|people like me|a person in my (?:position|situation|shoes)|someone in my (?:position|situation|shoes)) (?:even |actually |realistically )?(?:start|begin)|how (?:would|could|should|do|can) (?:i|someone like me|somebody like me|a person like me) (?:even )?(?:get started|start|begin))\b/;
/** An age told: "I am 54", "I'm 47", "54 years old", "at my age". */
const AGE_TOLD = /\b(?:i am|i m|im)\s+(?:[1-9]\d)(?!\s*(?:years? (?:of|in)|yrs? (?:of|in)|hours?|k\b|percent))\b|\b[1-9]\d\s*(?:years? old|yrs? old|yo)\b|\bat my age\b|\bin my (?:40s|50s|60s|forties|fifties|sixties)\b/;

/** A clause that only tells an age: "I am 54", "im 47 btw", "at my age". */
const ONLY_AN_AGE = /^(?:(?:and|but|so|btw|well|also)\s+)*(?:i am|i m|im|i ll be|i will be)?\s*(?:[1-9]\d)(?:\s*(?:years? old|yrs? old|yo))?(?:\s+(?:now|btw|already|this year))*$|^(?:at my age|in my (?:40s|50s|60s|forties|fifties|sixties))$/;

/** A clause that only takes in the turn before: "I see", "ok", "thank you", "that is encouraging" (ut38a P04-T5 "I see. Where would ..."). */
const ONLY_TAKEN_IN = new RegExp(
  `^(?:(?:${GROUP_PHRASES.okay}|${GROUP_PHRASES.ack}|thanks?|thank you|oh|ah|well|yes|yeah|hm+)\\s*)+(?:(?:that|this) (?:is|s) (?:encouraging|helpful|good to know|interesting))?$|^(?:that|this) (?:is|s) (?:encouraging|helpful|good to know|interesting)$`,
);

export interface OwnStartAsked {
  /** An age told beside it, which the guide never speaks of. */
  readonly age: boolean;
}

/** Where they start asked, with at most a short telling beside it (an age); null when the message asks something else too. */
export function ownStartAsked(message: string): OwnStartAsked | null {
  const clauses = clausesOf(message).map(normalise).filter(Boolean);
  const at = clauses.findIndex((clause) => WHERE_TO_START.test(clause));
  if (at < 0) return null;
  // Nothing else asked beside it ("... and how much does it pay?" is two questions).
  // Nothing else told or asked beside it but an age: a story told in the same message is the walk's (intents.ts, ut35a P03 m1).
  const others = clauses.filter((_, index) => index !== at);
  // A word that takes in the turn before ("I see.", "ok thanks") asks and tells nothing.
  if (others.some((clause) => !ONLY_AN_AGE.test(clause) && !ONLY_TAKEN_IN.test(clause))) return null;
  return { age: AGE_TOLD.test(clauses.join(' ')) };
}
