/**
 * A question after an aside that sets something aside (session 40, ut40a P09-T5): "Pay doesn't matter, pension covers
 * me. Is it rewarding?", "money isn't a concern for me. what's the day to day like?", "not in it for the money lol. is
 * it stressful". The words set aside (pay, a pension) pull the answer to themselves; the person asks the question after
 * them, which is the one to answer. Not a question that points back at what was told ("... does that count?").
 */
import { normalise } from './textMatch';

/** Setting a thing aside: it does not matter, is covered, is no concern. */
const SET_ASIDE =
  /\b(?:doesn t|doesnt|does not|don t|dont|do not|won t|wont|will not|isn t|isnt|is not|not) (?:really |much |even |too much )?(?:matter|matters|care|bother|worry|a concern|an issue|a problem|important|my priority|a priority|a big deal|the point)\b|\b(?:covers me|covered|sorted|taken care of|not about the (?:money|pay)|not in it for the (?:money|pay)|not worried about|never mind the|forget the|aside from)\b/;
/** A question that asks of what was told ("does that count?", "would this work?"): the story is its subject. */
const POINTS_BACK = /\b(?:that|this|those|these|them|such)\b/;
/** Asks: a question mark, or a question word first. */
const ASKS = /^(?:do|does|did|is|are|was|will|would|can|could|should|how|what|whats|which|where|when|why|who)\b/;

/** A "what" that tells ("What matters is I want to be useful"). */
const TELLS_WHAT = /^what (?:matters|counts|really matters|i (?:want|need|care about|like|love|mean))\b/;
const asks = (sentence: string): boolean => sentence.includes('?') || (ASKS.test(normalise(sentence)) && !TELLS_WHAT.test(normalise(sentence)));

/** The question after an aside that sets something aside, alone; null when the message is not so. */
export function questionAfterAside(message: string): string | null {
  const sentences = (message.match(/[^.!?]+[.!?]*/g) ?? []).map((sentence) => sentence.trim()).filter(Boolean);
  if (sentences.length < 2) return null;
  const question = sentences.at(-1)!;
  const asked = normalise(question);
  if (!asked || !(question.endsWith('?') || ASKS.test(asked)) || POINTS_BACK.test(asked)) return null;
  const before = sentences.slice(0, -1);
  // Every sentence before it tells, none asks; and one of them sets a thing aside.
  if (before.some(asks)) return null;
  return before.some((sentence) => SET_ASIDE.test(normalise(sentence))) ? question : null;
}
