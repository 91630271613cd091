/**
 * A choice between two asked of the bot itself ("ok if you were me would you do nursing or social work", "what would
 * you pick, the CCM or the CMC?", "nursing or social work, what would you do?"): the guide picks neither, so it is
 * read as which of the two is better, the weighing the guide answers by saying what it says of both (tester ut36a P02
 * m4, which got only a pointer back at the degree answer). Pure.
 */
import { normalise } from '../core/textMatch';

/** Asked of the bot as a person: "if you were me", "what would you do", "would you pick", "your pick". */
const OF_THE_BOT = new RegExp(
  [
    String.raw`\bif (?:you|u) were (?:me|in my (?:shoes|position|place))\b`,
    String.raw`\bin my (?:shoes|position|place)\b`,
    String.raw`\b(?:what|which|which one) would (?:you|u)(?: personally)? (?:do|pick|choose|go for|go with|take|study|get|recommend|suggest)\b`,
    String.raw`\b(?:would|will) (?:you|u)(?: personally)? (?:do|pick|choose|go for|go with|take|study|get)\b`,
    String.raw`\b(?:what|which|which one) do (?:you|u) (?:recommend|suggest|pick|choose)\b`,
    String.raw`\b(?:your|ur) (?:pick|choice|recommendation|vote|call)\b`,
  ].join('|'),
);
/** Words that only lead into the choice: "ok", "so", "honestly", "would you do". */
const LEAD_IN = /^(?:(?:ok|okay|so|and|but|well|honestly|hmm|then|personally)\s+)*/;
/** Two sides joined by "or", each of a few words: "nursing or social work", "the CCM or the CMC". */
const TWO_SIDES = /^(?:(?:a|an|the)\s+)?[a-z][a-z' ]{0,40}? or (?:(?:a|an|the)\s+)?[a-z][a-z' ]{0,40}$/;

/** The message asked as which of its two sides is better ("which is better, nursing or social work?"), or null. */
export function pickAskedOfTheBot(message: string): string | null {
  const text = normalise(message);
  if (!OF_THE_BOT.test(text) || !/\bor\b/.test(text)) return null;
  // The choice is what is left once the asking of the bot is taken out, before or after it.
  for (const part of text.split(OF_THE_BOT)) {
    const sides = (part ?? '').replace(LEAD_IN, '').replace(/^(?:,|\s)+|(?:,|\s)+$/g, '').trim();
    if (!TWO_SIDES.test(sides)) continue;
    // The sides as the message writes them ("the CCM or the CMC"), where it holds them word for word.
    const at = message.toLowerCase().indexOf(sides);
    return `which is better, ${at >= 0 ? message.slice(at, at + sides.length) : sides}?`;
  }
  return null;
}
