import { placeNamed } from '../../knowledge/beyondGuide';
import type { KnowledgeBase } from '../../knowledge/schema';
import { normalise } from './textMatch';

/** The guide, its answers, or all of what was said, as what is weighed ("your guide", "any of it", "this info"). */
const OF_THE_GUIDE = /\b(?:guide|guides|info|information|advice|answers|any of (?:it|this|that|the guide)|all (?:of )?(?:it|this|that))\b/;
/** Said of what was said, in words that only ask whether it holds there: "does this apply in Ireland?", "is it relevant in Wales". */
const APPLIES = /\b(?:it|this|that|these|any of it)\b.*\b(?:relevant|apply|applies|applicable)\b/;
/** Whether it holds somewhere: "relevant in Scotland", "is the info the same in Kenya". */
const HOLDS = /\b(?:relevant|apply|applies|applicable|valid|useful|hold|holds|true|the same|same|work|works)\b/;
/** The guide said to be written for one country: "seems very American", "is this US based", "only for America". */
const OF_ONE_COUNTRY = /\b(?:american|americans|us based|us centric|us focused|us only|usa|for america|in america|the states|for the us|for us people)\b/;
/** The guide itself named, so that "American" is said of it and not of a degree or a job. */
const THE_GUIDE_NAMED = /\b(?:guide|guides|info|information|advice|answers|this bot|your source|the source)\b/;
/**
 * What was said pointed at as a whole, and said to be of one country: "This is aw American intit", "it's all very US
 * centric", "everything here is for the states". The point is the first words of the message, after a sound.
 */
const ALL_OF_IT_SAID_TO_BE = new RegExp(
  `^(?:(?:but|so|well|hmm+|ugh|wow|ok|okay|och|aye|right|eh|mate|yeah|see|naw|nah)\\s+)*(?:(?:is|are|is not|was) )?(?:this|that|it|these|everything|all (?:of )?(?:this|that|it)|(?:this|that|the) (?:stuff|lot)|your answers?)(?: [a-z]+){0,4}? ${OF_ONE_COUNTRY.source.slice(2, -2).replace(/^\(\?:/, '(?:')}\\b`,
);
/** Words of Scots said around it ("aw" all, "intit" isn't it), read as meant here only. */
const SPOKEN = (text: string): string => text.replace(/\baw\b/g, 'all').replace(/\b(?:intit|innit|int it|in it)\b/g, 'is it not');

/**
 * The guide asked whether it holds in a place, or said to be written for one country: "Your guide seems very American.
 * Is any of it relevant in Scotland?", "does this info apply in the UK?", "is the guide US only?". The guide names no
 * country it is written for; what it ties to a place is said plainly, never "I don't have an answer" and a menu.
 */
export function guideAskedOfAPlace(message: string, kb: KnowledgeBase): boolean {
  const text = SPOKEN(normalise(message));
  if (OF_ONE_COUNTRY.test(text) && (THE_GUIDE_NAMED.test(text) || ALL_OF_IT_SAID_TO_BE.test(text))) return true;
  return ((OF_THE_GUIDE.test(text) && HOLDS.test(text)) || APPLIES.test(text)) && placeNamed(message, kb) === 'elsewhere';
}
