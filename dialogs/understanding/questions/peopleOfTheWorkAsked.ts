/**
 * Who the work has one talking to, asked in the words people use of the bot ("who am i talking to mostly?", "who would
 * I be speaking with most days?"; tuned40, followupsBB): a word of how often or where says it is the job's people that
 * are asked of, never who is behind the chat.
 */
import { normalise } from '../core/textMatch';

/** "who am i talking to", "who would i be dealing with", "who do you speak to", "who will they be working with". */
const WHO_ONE_TALKS_TO =
  /\bwho (?:am i|are you|are they|is she|is he|would i|will i|do i|do you|do they|does (?:a|the) care manager|would you|will you|would they|will they)(?: be)?(?: (?:mostly|mainly|usually|normally|typically|generally|actually))? (?:talking|speaking|dealing|working|liaising|talk|speak|deal|work|liaise|communicating|communicate)(?: to| with)?\b/;
/** How often or where: "mostly", "most of the time", "every day", "day to day", "in this job", "at work", "on a shift". */
const OF_THE_WORK =
  /\b(?:mostly|mainly|most(?: of the time| days| often)?|usually|normally|typically|generally|day to day|daily|every day|each day|all day|on a typical day|on the job|at work|in (?:this|the|that) (?:job|role|work|position)|as a care manager|on (?:a|my|the) shift)\b/;

/** True when a question asks who one talks with in the work, in words that alone would ask who the bot is. */
export function peopleOfTheWorkAsked(question: string): boolean {
  const text = normalise(question);
  const who = WHO_ONE_TALKS_TO.exec(text);
  return who !== null && OF_THE_WORK.test(text.slice(who.index + 4));
}
