/**
 * The writer's own pay told as a fact about them ("I make 55k with tips", "im on about 40k a year plus overtime", "I
 * earn $48,000 as a CNA"): kept for a later "would I earn more?", which is weighed against it with the guide's pay
 * levels (rendering/questions/payReplies.ts). A sum they ask about ("would I make 60k?") or someone else's is no pay of theirs. Pure.
 */
import { normalise } from '../core/textMatch';

/** I, then a word of earning, then a sum within a few words: "i make 55k", "im on about 40k", "i'm pulling in like $62,000". */
const OWN_PAY_TOLD =
  /\b(?:i|i am|im|i m|currently i|right now i)\s+(?:\w+\s+){0,2}?(?:make|making|made|earn|earning|earned|on|get|getting|pull|pulling|bring|bringing|take|taking|paid|gross|grossing|clear|clearing|at)\b(?:\s+(?:in|home|about|around|roughly|like|maybe|only|just|almost|nearly|over|under|close to|a little over|a bit over|usd))*\s+\d[\d,.]*\s?(?:k\b|grand\b|thousand\b|\d)/;
/** The sum asked about, not told: "would I make 60k?", "can I earn 80k", "will I get 70k". */
const SUM_ASKED = /\b(?:would|could|can|will|do|does|should|might)\s+(?:i|you|they|we)\s+(?:\w+\s+)?(?:make|earn|get|pull|clear)\b/;

/** True when the message tells the writer's own pay now. */
export function ownPayTold(message: string): boolean {
  const said = normalise(message);
  return OWN_PAY_TOLD.test(said) && !SUM_ASKED.test(said);
}
