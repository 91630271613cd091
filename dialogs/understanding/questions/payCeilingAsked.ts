/**
 * The top of the pay asked (session 40, ut40a P07-T8): "And the ceiling if I move up to director?", "what's the most I
 * could ever earn?", "where does the pay top out?", "max salary in this field?". The words alone read as moving up (the
 * guide's Step 10, which gives no pay); the person asks how high pay goes, and the guide's top bands are the director's
 * and the vice president's. Not a limit of something else ("is there a cap on caseloads?", "any age limit?").
 */
import { asksPay } from '../../../knowledge/aspects';
import { normalise } from '../core/textMatch';
import { namesALevel } from '../core/followUp';

/** Words for the top of a range. */
const TOP = String.raw`(?:ceiling|cap|upper limit|upper end|top end|top of the (?:range|scale|ladder|band)|max|maximum|highest|top out|tops out|topping out|max out|maxes out|peak|peaks)`;
/** The top said of pay in so many words: "top pay", "the most i could earn", "how high can the salary go". */
const TOP_PAY = new RegExp(
  [
    String.raw`\b(?:top|max|maximum|highest|peak) (?:pay|salary|salaries|earnings|wage|wages|income)\b`,
    String.raw`\b(?:pay|salary|earnings|wages?|income) (?:ceiling|cap|top|tops out|top out|maxes out|max out|peaks?)\b`,
    String.raw`\bthe most (?:i|you|one|someone|a care manager|care managers) (?:can|could|would|will|might) (?:ever |possibly |realistically )?(?:earn|make|get paid|be paid|take home)\b`,
    String.raw`\bhow (?:high|much|far) (?:can|could|does|do|will|would) (?:the |my |your )?(?:pay|salary|earnings|income|wages?) (?:go|get|rise|climb|reach)\b`,
  ].join('|'),
);
const TOP_WORD = new RegExp(String.raw`\b${TOP}\b`);
/** The top asked of something that is not pay. */
const OTHER_LIMIT = /\b(?:age|caseloads?|clients|patients|hours|students|class|credits?|years|weight|lifting|glass)\b/;
/** A lower rung named: its own top is asked ("top pay as a senior care manager?"), which its band answers. */
const LOWER_RUNG = /\b(?:entry|junior|mid|middle|senior|starting|beginner)\b/;
/** A sum told beside it ("the pay at the top end? i'm on $85,000"): their own pay weighed, which another step answers. */
const SUM_TOLD = /[$\u00a3\u20ac]\s*\d|\b\d[\d,.]*\s*(?:k|grand)\b/i;
const MAX_WORDS = 18;

/** True when the message asks how high pay goes: the top said of pay, or a top word beside pay or a rung to climb to. */
export function payCeilingAsked(message: string): boolean {
  const text = normalise(message);
  if (SUM_TOLD.test(message)) return false;
  if (!text || text.split(' ').length > MAX_WORDS || LOWER_RUNG.test(text)) return false;
  if (TOP_PAY.test(text)) return true;
  if (!TOP_WORD.test(text) || OTHER_LIMIT.test(text)) return false;
  return asksPay(message) || namesALevel(text);
}
