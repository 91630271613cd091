/**
 * Discouragement told, asking nothing: "honestly its a bit discouraging. Every answer is 'get a degree'", "feeling kinda
 * defeated ngl", "this is so disheartening, it's all degree degree degree". A feeling said about where the answers
 * leave them, not a question for the guide and not a failed search: the reply acknowledges it, and when the degree is
 * what weighs on them, says what the guide says of the way in without one. Pure: text in, reading out.
 */
import { asksSomething, clausesOf, requests } from '../core/clauses';
import { normalise } from '../core/textMatch';
import { plainWords } from '../core/vocabulary';

/** Words of losing heart, however it is said. */
const LOSING_HEART =
  /\b(?:discourag\w*|depressing|so depressed|bit depressed|kinda depressed|getting me down|gets me down|disheart\w*|demoralis\w*|demoraliz\w*|deflat\w*|defeated|hopeless|dispirit\w*|deflating|crushing|soul crushing|losing (?:hope|heart|motivation)|lost (?:hope|heart|all hope)|(?:want|wanna|ready|about) to give up|feel(?:s|ing)? like giving up|makes? me want to (?:quit|give up|cry)|kills? (?:my|the) (?:motivation|vibe|hope)|(?:a )?(?:real )?(?:bummer|downer)|what is the point then|feel(?:s|ing)? (?:so |kinda |kind of |a bit |pretty |really )?(?:down|low|stuck|hopeless|useless) about (?:it|this|all this|that))/;
/** The degree as what weighs on them: "every answer is get a degree", "all you say is school", "degree degree degree". */
const THE_DEGREE = /\b(?:degree|degrees|bachelors?|bachelor s|college|uni|university|school|masters?|master s|diploma|qualifications?)\b/;
/** Asked outright: then it is a question, answered as one. */
const ASKS = /^(?:how|what|which|can|could|is|are|do|does|should|would|will|where|when|why)\b|\b(?:talk|speak) to (?:someone|a person|a human)\b/;
/** Longer than a remark: a story with a feeling in it is read as a story. */
const MAX_WORDS = 30;

export interface Discouragement {
  /** True when the degree (or school) is named as what discourages them. */
  readonly degree: boolean;
}

/** The discouragement a message tells, or null when it tells none or asks something. */
export function discouragementOf(raw: string): Discouragement | null {
  const text = plainWords(normalise(raw));
  if (!text || text.split(' ').length > MAX_WORDS || !LOSING_HEART.test(text)) return null;
  if (raw.includes('?') || clausesOf(raw).some((clause) => asksSomething(clause) || requests(clause) || ASKS.test(plainWords(normalise(clause))))) return null;
  return { degree: THE_DEGREE.test(text) };
}
