import { normalise } from '../core/textMatch';

/**
 * Understanding that has just come ("ahh i get it now", "oh now I see", "ok that makes sense now", "got it now"): more
 * than an "ok", and no thanks. "I understand" alone only takes the answer in (vocabulary.ts, ack).
 */
const UNDERSTOOD_NOW =
  /\b(?:i (?:get|got|understand|see|follow)(?: (?:it|that|this|you))?(?: (?:now|better now))|now i (?:get|got|understand|see|follow)\b|(?:that|it|this)? ?(?:makes|made) (?:more |a lot more |much more )?sense now|got it now|it (?:has )?clicked|(?:that|this|it) clears? (?:it|that|things) up|the penny (?:has )?dropped)|^(?:a+h+|o+h+)\b.*\b(?:i see|i get it|i got it|got it|i understand)\b/;

/** True when the message says the person understands now. */
export function understandsNow(text: string): boolean {
  return UNDERSTOOD_NOW.test(normalise(text));
}
