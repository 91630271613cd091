/**
 * A rueful remark on the pay, against what the person earns now: "so i'd take like a 60% pay cut. cool cool", "So I'd
 * take a 50% pay cut", "that's half what I make now lol", "oof, big drop in pay". Not a question the engine can place,
 * and no fresh ask for the entry card: the reply says where pay starts, how far it rises, and that certification may
 * raise it (rendering/questions/payReplies.ts). Pure: text in, reading out.
 */
import { normalise } from '../core/textMatch';
import { clauseActOf, clausesOf } from '../core/clauses';
import { ownPayTold } from '../person/ownPayTold';
import { laterPayLevelNamed } from '../person/situationAsked';
import { ownPayWeighed } from '../../../knowledge/beyondGuide';

/** Less pay, as people say it of a move. */
const LESS_PAY = new RegExp(
  '\\b(?:pay ?cut|paycut|salary cut|wage cut|cut in (?:pay|salary|wages)|(?:drop|dip|fall|step down|downgrade) in (?:pay|salary|income|wages)|(?:pay|salary|income) (?:drop|dip|downgrade|hit)|' +
    '(?:take|taking|took) (?:a |such a )?(?:big |huge |massive |serious |real |major )?(?:hit|loss|haircut)(?: (?:on|in) (?:pay|salary|income))?|' +
    '(?:earn|make|making|earning|get|getting) (?:way |a lot |much |so much )?less|less money|' +
    '(?:half|a third|a fraction|a quarter) (?:of )?(?:what i (?:make|earn|get)|my (?:pay|salary|income|wage))|' +
    '\\d{1,2} ?(?:%|percent|per cent) (?:cut|drop|less|decrease|lower|down))\\b',
);
/** Asking how to avoid it or about something else is a question: then the question's readers answer it. */
const ASKS_ELSE = /\b(?:how (?:do|can|could) i (?:avoid|get around|make up|earn more)|why|when|where)\b/;
/** Their own move, not the pay of others: "i'd", "i will", "i'm looking at", "so that's", or a bare figure. */
const OF_THEIR_MOVE = /\b(?:i|i d|i would|i will|i ll|i am|im|me|my|that is|that s|so|thats)\b/;

/** Their pay told as where they are ("currently at $70,000"), read as "on" it is. */
const OWN_PAY_AT = /\b(i'?m|i am|currently|right now)\s+at\b(?=\s+(?:\w+\s+){0,2}\$?\d)/gi;

/**
 * What the older pay replies answer better, so no remark (fixB): their own pay told as a sum ("i pull like 55k. so id
 * probably take a pay cut at first huh"), weighed against the guide's levels; a later level named ("mid level pay vs
 * what I make now"), weighed at that level; or the cut asked whether, not remarked ("wait so i'd take a pay cut??",
 * "Would switching mean a big drop in pay?"). A percentage is no pay of theirs: "60% pay cut. cool cool" stays a remark.
 */
function answeredByThePayReplies(raw: string): boolean {
  if (ownPayTold(raw) || ownPayWeighed(raw.replace(OWN_PAY_AT, '$1 on')) !== null) return true;
  if (laterPayLevelNamed(raw)) return true;
  return clausesOf(raw).some((clause) => clauseActOf(clause) === 'asks');
}

/** True when a message remarks that the move would cut their pay. */
export function payCutRemarked(raw: string): boolean {
  const text = normalise(raw);
  return LESS_PAY.test(text) && !ASKS_ELSE.test(text) && OF_THEIR_MOVE.test(text) && text.split(' ').length <= 25 && !answeredByThePayReplies(raw);
}
