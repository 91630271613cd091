/**
 * "That's it" said after telling something ends the telling, not the chat: "I've got an associates in fire science and
 * EMT-B. That's it.", "just a high school diploma, that's all I have", "6 years in a care home and that's about it".
 * The message is what was told before it; a goodbye is only read when the closer follows thanks or comes alone
 * (conversation.ts). Pure: text in, the told part out.
 */
import { chatActOf } from '../core/conversation';
import { clausesOf, clauseActOf } from '../core/clauses';

/** A closer after a fact: "that's it", "that's all (I have)", "that's about it", "nothing else", "that's the lot". */
const TELLINGS_END =
  /(?:[.,;!:]+|\s+-+|\s+(?=and\b))\s*(?:(?:and|so|yeah|yep|but|um|honestly|really)\s+)*(?:that[’']?s|that is|thats|which is)\s+(?:(?:about|pretty much|basically|kind of|kinda|really|just)\s+)?(?:it|all|everything|the lot|all i have|all i[’']?ve got|all i have got|all i got|all there is|my lot)(?:\s+(?:really|honestly|tbh|lol|to be honest|so far|i[’']?m afraid|for me))?\s*[.!]*\s*$|(?:[.,;!:]+)\s*nothing (?:else|more)(?: really| honestly)?\s*[.!]*\s*$/i;

/** Words of the chat or of leaving before the closer: then it closes the chat. */
const LEAVING = /\b(?:needed|wanted to know|understand|got it|makes sense|helpful|useful|answered|help|bye|done|for now|for today)\b/i;

/** What was told before a closing "that's it" ("I've got an associates ... That's it." gives "I've got an associates ..."), or null. */
export function toldBeforeItsEnd(raw: string): string | null {
  if (raw.includes('?')) return null;
  const match = TELLINGS_END.exec(raw);
  if (!match) return null;
  const told = raw.slice(0, match.index).trim();
  // Thanks or an ok before it ("thanks, that's it", "ok that's all") is leaving, not telling.
  if (told.split(/\s+/).length < 2 || chatActOf(told) !== null) return null;
  // Only a telling ends so: "I found what I needed, that's all" leaves after words of the chat, not of themselves.
  return clausesOf(told).every((clause) => clauseActOf(clause) === 'tells' && chatActOf(clause) === null) && !LEAVING.test(told) ? told : null;
}
