/**
 * Done with something, then asking: "I'm sick of night shifts. what else is there", "done with retail, what could I do
 * instead". The words of leaving are said of a kind of work, and the last sentence asks: no goodbye, whatever the
 * learned act model reads. Pure: text in, reading out.
 */
import { asksSomething, clausesOf } from '../core/clauses';
import { normalise } from '../core/textMatch';

/** True when a message of more than one sentence ends by asking something. */
export function asksAfterTelling(raw: string): boolean {
  const clauses = clausesOf(raw);
  const last = clauses.at(-1);
  return clauses.length > 1 && last !== undefined && asksSomething(last);
}

/** Fed up with a pattern of hours: "sick of night shifts", "tired of working weekends", "done with 12 hour shifts". */
const HOURS_LEFT =
  /\b(?:sick|tired|fed up|done|over|burnt out|burned out|exhausted|had enough|cannot do|can not do|hate|hate doing|hate working|do not want)\b(?: (?:of|with|from|doing|working|all))* (?:the |these |my |all the |those )?(?:night shifts?|nights|night work|nightshifts?|overnights?|graveyard shifts?|weekend shifts?|weekends|working weekends|12 hour shifts|twelve hour shifts|long shifts|shift work|shifts|rotating shifts|being on call|on call|on call shifts)\b/;

/**
 * Hours one is fed up with, then something asked ("I'm sick of night shifts. what else is there"): the hours care
 * managers work is what they want to know, as the guide gives them.
 */
export function hoursLeftBehind(raw: string): boolean {
  const text = normalise(raw);
  return HOURS_LEFT.test(text) && OPEN_ASK.test(text);
}

/**
 * An open ask after the hours ("what else is there", "what are my options", "what else could i do"); a question of its
 * own ("is care management realistic for me?") is read as that question, with the story weighed (caseWeighedReplies).
 */
const OPEN_ASK = /\b(?:what else|anything else|(?:other|my) options|alternatives?|what (?:could|can|would|should) i do)\b/;
