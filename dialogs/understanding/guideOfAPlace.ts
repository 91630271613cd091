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
 * The guide asked whether it holds in a place, or said to be written for one country: "Your guide seems very American.
 * Is any of it relevant in Scotland?", "does this info apply in the UK?", "is the guide US only?". The guide names no
 * country it is written for; what it ties to a place is said plainly, never "I don't have an answer" and a menu.
 */
export function guideAskedOfAPlace(message: string, kb: KnowledgeBase): boolean {
  const text = normalise(message);
  if (THE_GUIDE_NAMED.test(text) && OF_ONE_COUNTRY.test(text)) return true;
  return ((OF_THE_GUIDE.test(text) && HOLDS.test(text)) || APPLIES.test(text)) && placeNamed(message, kb) === 'elsewhere';
}
