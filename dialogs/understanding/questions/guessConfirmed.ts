/**
 * A guess put beside a question ("What does a pediatric care manager coordinate? Schools, I assume?"), which the answer
 * to the question confirms: the thing guessed, so the reply can say "Yes" and give the answer once, not decline the
 * guess as a question the guide does not cover (tester ut40a P04).
 */
import type { FaqEntry } from '../../../knowledge/schema';
import { normalise, words } from '../core/textMatch';

/** A thing put forward and then checked: "schools, I assume?", "mostly families right?", "I guess hospitals?". */
const GUESS_AFTER = /^(?:(?:so|and|but|then|probably|mostly|mainly|maybe|like|i mean)\s+)*(.{2,60}?)\s+(?:i (?:assume|guess|suppose|imagine|presume|bet|reckon|expect|take it|would (?:think|guess|imagine))|right|yeah|correct|yes|no|then)$/;
const GUESS_BEFORE = /^(?:(?:so|and|but)\s+)*i (?:assume|guess|suppose|imagine|presume|bet|reckon|take it)\s+(?:(?:probably|mostly|mainly|maybe|like)\s+)*(.{2,60})$/;
/** A clause that asks in its own right ("what about schools, I assume?" is still a question of its own). */
const ASKS = /^(?:what|how|why|when|where|which|who|whom|whose|is|are|am|do|does|did|can|could|should|would|will|may|might|must|has|have|tell)\b/;
/** Words that carry no thing of their own. */
const EMPTY = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'too', 'also', 'as', 'well', 'stuff', 'things', 'thing', 'etc', 'mostly', 'mainly', 'probably', 'with', 'to', 'for', 'in', 'on', 'like', 'so', 'not', 'it', 'that', 'this']);

/** The thing guessed in a part of a message that only checks a guess, else null. */
export function guessIn(part: string): string | null {
  if (!/\?\s*$/.test(part.trim())) return null;
  const text = normalise(part).trim();
  if (ASKS.test(text)) return null;
  const guess = (GUESS_AFTER.exec(text)?.[1] ?? GUESS_BEFORE.exec(text)?.[1])?.trim();
  if (!guess || ASKS.test(guess) || guess.split(' ').length > 6) return null;
  return guess;
}

/** The thing guessed in the part, when every word of it is in the answer's text ("schools" in the pediatric answer); else null. */
export function guessConfirmed(part: string, entry: FaqEntry): string | null {
  const guess = guessIn(part);
  if (!guess) return null;
  const named = words(guess).filter((word, i) => !EMPTY.has(guess.split(' ')[i] ?? word));
  if (named.length === 0) return null;
  const said = new Set(words(entry.answer));
  return named.every((word) => said.has(word)) ? guess : null;
}
