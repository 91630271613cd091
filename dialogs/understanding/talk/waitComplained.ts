/**
 * The bot said to be slow: "this bot is kinda slow lol but ty", "took ages to answer", "so laggy". A complaint about the
 * wait, not about what the answers hold: the reply says sorry for the wait (and welcomes thanks said beside it), never
 * "sorry it feels limited". Pure: text in, reading out.
 */
import { normalise } from '../core/textMatch';
import { plainWords } from '../core/vocabulary';

/** Slowness, as people say it of a bot or its replies. */
const SLOW =
  /\b(?:slow|slower|sluggish|laggy|lagging|lags|lag|(?:takes?|took|taking) (?:ages|forever|so long|too long|a while|a long time|its time|a minute|a sec)(?: to (?:answer|reply|respond|load|think|get back))?|(?:so|very|really) long to (?:answer|reply|respond|load))\b/;
/** What is slow, when it is named: the bot, its replies, or nothing (then the bot is meant). */
const OF_THE_CHAT = /\b(?:you|your|u|ur|this|it|bot|chatbot|chat|app|thing|answers?|repl(?:y|ies)|responses?)\b/;
/** Slow said of the career ("slow progress", "slow and steady"), not of the chat. */
const OF_THE_CAREER = /\b(?:progress|progression|career|route|path|promotion|pay rise|raise|climb|steady|pace of)\b/;

/** True when a message complains that the bot is slow. */
export function complainsOfTheWait(raw: string): boolean {
  const text = plainWords(normalise(raw));
  return SLOW.test(text) && (OF_THE_CHAT.test(text) || text.split(' ').length <= 4) && !OF_THE_CAREER.test(text);
}
