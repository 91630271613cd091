/**
 * A request to delete what the person told or the bot keeps of them, in their own words: "can ye delete aw that stuff
 * I telt ye?", "please get rid of the info I gave you", "wipe everything you've saved on me", "can you erase all the
 * details I put in". A verb of deleting, then what is theirs: said to be told or given to the bot ("that stuff I told
 * you"), kept by it ("everything you have saved"), about them ("the info on me") or "my" ("my details"). The chat's
 * own messages are not this ("can you delete my messages" asks what is kept: no record of the chat is, privacy).
 * Pure: text in, yes or no out; forgetMe.ts asks before it deletes.
 */
import { normalise } from '../core/textMatch';

/** Words of Scots and other spoken English read as the standard word, for this reading only ("aw" is "all" here). */
const SPOKEN: Readonly<Record<string, string>> = Object.freeze({
  ye: 'you', yous: 'you', youse: 'you', u: 'you', ya: 'you', aw: 'all', telt: 'told', tellt: 'told', gied: 'gave', ma: 'my', mah: 'my',
  ur: 'your', yer: 'your', ive: 'i have', thats: 'that is', dat: 'that', da: 'the', tha: 'the', bout: 'about', abt: 'about', pls: 'please',
  plz: 'please', stuf: 'stuff', evrything: 'everything', everythin: 'everything',
});

const DELETE = '(?:delete|erase|remove|wipe|clear|scrub|bin|get rid of|throw away|wipe out|clear out)';
/** How much: "all", "all of", "everything", "any of". */
const HOW_MUCH = '(?:(?:all|any|some)(?: of)? |every bit of )?';
/** What the person gave: "stuff", "info", "details", "everything", "what". */
const THING =
  '(?:(?:the|that|this|those|these|all that|all the|my|your|any|all my|all of my) )?(?:stuff|things|info|information|details|data|personal data|personal details|answers|profile|record|records|notes|everything|all|all of it|it all|what|anything)';
/** Whose it is: told or given to the bot, kept by it, or about the person. */
const THEIRS =
  '(?:(?:that )?i (?:have )?(?:told|gave|given|said|shared|typed|put in|entered|wrote|written|mentioned|said to|told to)(?: (?:you|to you|here|in here|earlier|before|so far|about me|about myself))*' +
  '|(?:that )?(?:you|the bot) (?:have |has )?(?:saved|stored|kept|got|have|hold|know|remember|noted|collected|recorded)(?: (?:on|about|of) me)?(?: so far| here)?' +
  '|(?:about|on|of) me|about myself)';
const OPENING =
  '^(?:(?:please|ok|okay|so|and|now|anyway|also|right|oh|hey|then|just|could|can|would|will|you|i|want|would like|like|need|to|kindly|mind) )*';
const CLOSING = '(?: (?:please|now|then|thanks|thank you|cheers|pal|mate|for me|as well|too|aswell|if you can|if that is ok|if you do not mind))*$';

const ASKS_TO_DELETE = new RegExp(
  `${OPENING}(?:${DELETE} ${HOW_MUCH}(?:${THING} ${THEIRS}|my (?:stuff|things|info|information|details|data|answers|profile|record|records|notes))|(?:delete|erase|wipe|clear|remove) everything|forget (?:all|everything)(?: of)? (?:(?:that|the stuff|the things) )?${THEIRS})${CLOSING}`,
);

/** The text in standard words: normalised, with the spoken forms above read as meant. */
function inStandardWords(text: string): string {
  return normalise(text)
    .split(' ')
    .map((word) => SPOKEN[word] ?? word)
    .join(' ')
    .replace(/\bdo you mind\b/g, 'please');
}

/**
 * True when a clause asks to delete what the person told or the bot keeps of them. "Delete everything" alone asks it;
 * "delete that" (the last thing said) and the chat's messages do not.
 */
export function asksToDeleteWhatWasTold(clause: string): boolean {
  const said = inStandardWords(clause);
  if (/\b(?:messages?|chats?|conversation|chat history)\b/.test(said)) return false;
  return ASKS_TO_DELETE.test(said);
}
