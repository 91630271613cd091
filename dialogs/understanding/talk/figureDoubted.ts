import { clauseActOf, clausesOf } from '../core/clauses';
import { normalise } from '../core/textMatch';

/**
 * Pushback on a figure just given ("that seems low. our director makes about 160k"): the figure doubted, said as a
 * judgement of it, as what the person knows someone is paid, or as what they thought it was. A reader of words only;
 * the reply (repairReplies.ts) gives it meaning only after a pay answer.
 */

/** "that seems low", "sounds way too high", "that's a bit off", "seems lowball". */
const JUDGED =
  /\b(?:seems?|sounds?|looks?|feels?|that s|thats|that is|it s|its|those are|these are|numbers? (?:are|is)|figures? (?:are|is))(?: (?:a|kind of|kinda|sort of|pretty|really|very|way|so|too|quite|rather|bit|little|lot|awfully|super))* (?:low|high|little|small|cheap|off|wrong|outdated|out of date|lowball|lowballed|underpaid|optimistic)\b/;
/** "that can't be right", "that's not right", "no way that's right". */
const NOT_RIGHT = /\b(?:that|this|it|those|these) (?:can not|cannot|can t|could not|couldn t|is not|isn t|are not|aren t|s not) (?:be )?(?:right|correct|accurate|true)\b/;
/** "I thought it was more like 200k", "I heard they make more". */
const THOUGHT_OTHERWISE = /\bi (?:thought|heard|figured|assumed|expected|was told|read)\b.*\b(?:more|less|higher|lower|\d+ ?k|\d{2,3},?\d{3})\b/;
/** "our director makes about 160k", "my manager earns over 120,000": someone's pay, with a figure. */
const SOMEONE_PAID = /\b(?:our|my|their|the) (?:\w+ ){0,2}(?:makes?|earns?|gets?|is on|pulls? in|brings? in|takes? home)\b.*(?:\d+ ?k\b|\d{2,3},?\d{3}|\d{2,3} (?:thousand|grand))/;
/** "less than I make now", "more than what we pay". */
const THAN_OURS = /\b(?:less|lower|more|higher) than (?:i|what i|we|what we|they|what they) (?:make|earn|get|pay)\b/;
/** "less than I expected", of the pay only: "this helped more than I expected" is thanks, not a figure doubted. */
const THAN_EXPECTED = /\b(?:less|lower|more|higher) than (?:i|what i|we|what we|they|what they) (?:thought|expected)\b/;
const OF_PAY = /\b(?:pay|pays|paid|salary|salaries|money|wage|wages|earn|earns|make|makes|figure|figures|number|numbers|range|ranges|\d+ ?k)\b|\d{2,3},?\d{3}/;
/** What may stand beside the doubt and ask nothing new: "really?", "are you sure?", "hmm". */
const DOUBT_ASKED = /^(?:really|seriously|are you sure|you sure|is that right|is that true|is that correct|hmm+|huh|wow|what|no way|come on)$/;

/** "where do your salary numbers come from?", "what's your source for that?": the figures' source asked. */
const SOURCE_ASKED =
  /\bwhere (?:do|did|does) (?:you get )?(?:your |the |these |those |this |that )?(?:salary |pay )?(?:numbers?|figures?|data|stats|statistics|ranges?|info)(?: come)? from\b|\bwhere did you get (?:that|those|these|this)(?: (?:number|figure|range)s?)?(?: from)?\b|\bwhat (?:is|are) (?:your|the) sources?(?: for (?:that|those|these|this|the (?:numbers|figures|pay|salary)))?\b/;

/** True when a message asks where the figures come from. */
export const sourceOfFiguresAsked = (text: string): boolean => SOURCE_ASKED.test(normalise(text));

const doubts = (said: string): boolean => SOURCE_ASKED.test(said) || JUDGED.test(said) || NOT_RIGHT.test(said) || THOUGHT_OTHERWISE.test(said) || SOMEONE_PAID.test(said) || THAN_OURS.test(said) || (THAN_EXPECTED.test(said) && OF_PAY.test(said));

/**
 * True when a message doubts the figure in view and asks nothing else: a clause doubts it, and every other clause tells
 * or only asks whether that is right ("really? I thought directors made more like 200k"). "that seems low. what does a
 * senior earn?" asks a question of its own and is answered as one.
 */
export function figureDoubted(text: string): boolean {
  const clauses = clausesOf(text).map((clause) => ({ clause, said: normalise(clause) }));
  if (!clauses.some(({ said }) => doubts(said))) return false;
  return clauses.every(({ clause, said }) => doubts(said) || DOUBT_ASKED.test(said) || clauseActOf(clause) !== 'asks');
}
