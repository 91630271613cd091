/**
 * Short follow-ups whose meaning is the person's thread, not the answer in view (tester ut38a kinds 6 and 7): money
 * asked tersely after another topic ("how much tho" after how long it takes), and "is it possible or no?" after a
 * degree the person lacks. Pure readers: the replies are in rendering/questions/askedInFullReplies.ts.
 */
import { normalise } from '../core/textMatch';

/**
 * Money asked in a few words that name nothing else: "how much tho", "and how much?", "how much $$", "whats the pay
 * like tho", "money?". Not "how much experience", "how much school", which name what is counted.
 */
const MONEY_TERSELY =
  /^(?:(?:ok|okay|so|and|but|right|alright|cool|hmm|yeah|yea|k|then)\s+)*(?:how much(?: (?:money|cash|dough|\$+))?(?: (?:is it|is that|do (?:they|you|i) (?:make|get|earn)|would i (?:make|get|earn)|will i (?:make|get|earn)|does it pay|do they pay|we talking|are we talking))?|(?:what s|whats|what is) the (?:pay|money|salary)(?: like)?|(?:the )?(?:pay|money|salary|\$+)|does it pay(?: well)?)(?:\s+(?:tho|though|then|tho lol|lol|haha|exactly|roughly|\?))*\s*\??$/;
/**
 * Answers of the career as a whole, after which "how much" can only be its pay: not a cost (an exam, a degree, a
 * membership), an amount of work, or a level or area whose own pay the follow-up readers give.
 */
const OF_THE_CAREER: ReadonlySet<string> = new Set(['how-long', 'what-is-needed', 'without-degree', 'role-overview', 'daily-duties', 'right-for-me', 'rewarding', 'stressful', 'where-they-work', 'work-environment', 'responsibilities']);

/** True when the message asks money tersely after an answer of the career as a whole (the entry in view). */
export function moneyAskedTersely(message: string, inView: string | undefined): boolean {
  if (!inView || !OF_THE_CAREER.has(inView)) return false;
  return MONEY_TERSELY.test(normalise(message).replace(/\$/g, ' $ ').replace(/\s+/g, ' ').trim());
}

/** "is it possible or no?", "so can I or not?", "possible or not", "yes or no, can I do it?". */
const POSSIBLE_OR_NOT =
  /^(?:(?:ok|okay|so|and|but|then|sorry|please|pls|hmm)\s+)*(?:is (?:it|that|this) |(?:it|that|this) is |it s |its )?(?:(?:really|still|even) )?(?:possible|doable|an option|realistic)(?: (?:for me|then))?(?: or (?:no|not|nah))?(?: (?:for me|then))?\s*\??$|^(?:(?:ok|okay|so|and|but|then)\s+)*(?:can|could) i(?: (?:do it|do this|still do it|still|become one|be one))?(?: or (?:not|no|nah))?\s*\??$|^(?:(?:ok|okay|so|and|but|then)\s+)*(?:yes or no|is it yes or no)\b.*(?:can i|possible)/;

/** True when the message asks, in a few words, whether it is possible at all. */
export function possibleOrNotAsked(message: string): boolean {
  return POSSIBLE_OR_NOT.test(normalise(message));
}
