/**
 * Years put right: "you still have 4 years, it's 7", "not 4 years, 7", "it says 4 yrs but it's actually 7". The figure
 * the person gives as theirs is the one after "it's", "it is", "actually" or "should be"; the one they say the bot or
 * the roadmap has ("you have 4 years", "you said 4", "it says 4 years") is never theirs. Pure functions.
 */
import { normalise, readNumber } from '../core/textMatch';

const FIGURE = String.raw`(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)`;
const UNIT = String.raw`(?:\s*\+)?(?:\s*(?:years?|yrs?))?`;

/**
 * A figure said to be the bot's or the roadmap's: "you (still) have 4 years", "you said 4", "you have me at 4 years",
 * "it says 4 years", "the roadmap shows 4 yrs", "not 4 years".
 */
const THEIRS_NOT_MINE = new RegExp(
  String.raw`\b(?:(?:you|u|it|roadmap|the roadmap|my roadmap|plan|the plan|my plan|that|this)(?: (?:still|now|just|only|also))? (?:have|has|had|have got|got|said|say|says|put|wrote|write|show|shows|showed|showing|list|lists|listed|gave|give|counted|count|think|thinks)(?: (?:me|i have|that i have|i had|me down|me as|me down as|me at|me down for|me with))?(?: (?:at|as|for|with|having|only|about|like))?|\bnot(?: (?:about|only|just))?) ${FIGURE}${UNIT}`,
  'g',
);

/** The figure the person gives as theirs: "it's 7", "it is 7 years", "actually 7", "should be 7", "more like 7", "not 4 years, 7". */
const MINE = new RegExp(
  String.raw`\b(?:theirs(?: (?:but|and|so|it is|its))?|it is|its|it was|it s|actually|really|should be|should say|make (?:it|that)|more like|closer to|i have|i have got|i have had|i have been|i had|i am at|im at|i m at|total(?: is)?|in total)(?: (?:actually|really|about|around|like|over|nearly|almost|more like))? ${FIGURE}${UNIT}(?! (?:old|years? old))`,
);

/** The message with the figures said to be the bot's taken out, so that none of them is read as the person's years. */
export function withTheirFiguresOut(text: string): string {
  const said = normalise(text);
  return new RegExp(THEIRS_NOT_MINE.source).test(said) ? said.replace(THEIRS_NOT_MINE, ' ') : text;
}

/**
 * The years a message puts right, when it says the bot's figure and gives its own ("you still have 4 years, it's 7"):
 * the person's figure; null when it does not put a figure right.
 */
export function yearsPutRight(text: string): number | null {
  const said = normalise(text);
  if (!new RegExp(THEIRS_NOT_MINE.source).test(said) || !/\b(?:years?|yrs?)\b/.test(said)) return null;
  const mine = MINE.exec(said.replace(THEIRS_NOT_MINE, ' theirs ').replace(/\s+/g, ' '));
  const years = mine ? readNumber(mine[1]!) : null;
  return years !== null && years <= 60 ? years : null;
}
