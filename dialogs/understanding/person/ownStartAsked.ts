/**
 * Where they would start, asked of their own case once they have told of themselves ("Where would someone like me
 * start? I am 54." after twenty years of church eldercare and an associate degree told, tester ut38a P04-T5; "so where
 * do I begin, at my age?", "where would a person in my situation start? I'm 47"): what they told decides the start,
 * never the walk from step 1 alone. The bare "where do I start?" with nothing told stays the walk (intents.ts). Pure.
 */
import { clausesOf } from '../core/clauses';
import { normalise } from '../core/textMatch';

/** "where would someone like me start", "where do I begin", "how would someone like me get started". */
const WHERE_TO_START =
  /\b(?:where (?:do|should|can|would|could|shall|will) (?:i|someone like me|somebody like me|a person like me|people like me|a person in my (?:position|situation|shoes)|someone in my (?:position|situation|shoes)) (?:even |actually |realistically )?(?:start|begin)|how (?:would|could|should|do|can) (?:i|someone like me|somebody like me|a person like me) (?:even )?(?:get started|start|begin))\b/;
/** An age told: "I am 54", "I'm 47", "54 years old", "at my age". */
const AGE_TOLD = /\b(?:i am|i m|im)\s+(?:[1-9]\d)(?!\s*(?:years? (?:of|in)|yrs? (?:of|in)|hours?|k\b|percent))\b|\b[1-9]\d\s*(?:years? old|yrs? old|yo)\b|\bat my age\b|\bin my (?:40s|50s|60s|forties|fifties|sixties)\b/;

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
  const others = clauses.filter((_, index) => index !== at);
  if (others.some((clause) => /\?$/.test(clause) || /^(?:how|what|which|when|is|are|do|does|can|could|should|would)\b/.test(clause))) return null;
  return { age: AGE_TOLD.test(clauses.join(' ')) };
}
