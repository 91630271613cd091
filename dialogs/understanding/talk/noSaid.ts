/**
 * A "no" said with a few words of its own and nothing more: "no i havent", "nope, not really", "No, I haven't decided
 * yet", "nah im good", "no, never". An answer to a question the bot asked or to an offer it made, never a question for
 * the guide: "never" or "I haven't decided yet" searched would find an answer by accident. A no that tells something of
 * the career ("no, I don't have a degree") names a subject of the guide and is read as told. Pure: text in, reading out.
 */
import { normalise } from '../core/textMatch';
import { plainWords } from '../core/vocabulary';

/** The no it opens with. */
const OPENS_WITH_NO = /^(?:no+|nope|nah+|naw|nay|not really|no thanks|no thank you|not yet|never)(?: (?=.)|$)/;
/** What may follow the no and only says it again: not yet, never, I haven't, I'm good. */
const SAYS_NO_AGAIN = new RegExp(
  '^(?:(?:no+|nope|nah|sorry|well|honestly|tbh|lol|haha|not really|thanks|thank you|no thanks) )*' +
    '(?:i (?:have not|do not|did not|am not|have never|never|had not|was not|can not|will not)(?: (?:really|actually|quite|even|yet))?(?: (?:decided|thought about it|thought about that|thought of it|thought that far|looked|looked into it|looked into that|checked|tried|tried it|done it|done that|got one|got any|had the chance|heard of it|heard of that|considered it|made up my mind|made my mind up|know|know yet|mind|care|think so|need it|need to|want to|want it|see it|been))?(?: (?:yet|really|at all|so far|either|tbh|lol))*' +
    '|not (?:yet|really|at all|now|right now|for now|at the moment|today|sure|sure yet|that i know of|interested|for me)(?: (?:yet|really|tbh|lol|thanks|thank you))*' +
    '|never(?: (?:really|at all|once|have|did))?|nothing|none|nothing yet|no+|nope|nah' +
    '|i am (?:good|fine|ok|okay|alright|all good|set|sorted)(?: (?:thanks|thank you|for now|tho|though|lol))*|all good(?: thanks| thank you)?|(?:that is|thats) (?:ok|okay|fine|alright)(?: thanks| thank you)?' +
    '|maybe later|later maybe|i will pass|i guess not|i suppose not|i think not|i do not think so|do not think so|thanks|thank you)$',
);
/** The longest such no, in words: a longer message tells or asks something. */
const MAX_WORDS = 10;

/** True when the message is a no and words that only say it again; `namesTopic` is the guide's test for a subject named. */
export function saysNoOnly(raw: string, namesTopic: (text: string) => boolean): boolean {
  if (raw.includes('?')) return false;
  // "havent", "wasnt" typed without the apostrophe are read as "have not", "was not".
  const text = plainWords(normalise(raw)).replace(/\b(have|has|had|was|were|is|are|could|would|should|did|does|wo|ca)nt\b/g, (_whole, verb: string) => `${verb === 'wo' ? 'will' : verb === 'ca' ? 'can' : verb} not`);
  if (!text || text.split(' ').length > MAX_WORDS) return false;
  const opening = OPENS_WITH_NO.exec(text);
  if (!opening) return false;
  const rest = text.slice(opening[0].length).trim();
  return (rest === '' || SAYS_NO_AGAIN.test(rest)) && !namesTopic(raw);
}
