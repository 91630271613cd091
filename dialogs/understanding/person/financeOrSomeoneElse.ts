/**
 * Two kinds of question the guide answers only in part (tester ut39a): finance skills weighed for the work ("Would my
 * finance skills help anywhere in this field", P07-T7), which it never names as such but comes near in the budgeting and
 * planning of higher-level roles; and the career asked for someone else ("My husband is asking if he can also do it,
 * he is an accountant", P11-T8), a question put for them, not small talk. Pure.
 */
import { normalise } from '../core/textMatch';

/** Work with money: finance, accounting, audit, bookkeeping, budgeting, banking. */
const FINANCE = /\b(?:financ\w*|accounting|accountants?|accountancy|cpa|cpas|bookkeep\w*|budget\w*|audit\w*|auditors?|banking|bankers?|payroll|money management|numbers)\b/;
/** Asked whether it helps or counts: "help", "useful", "transfer", "count", "be of use". */
const HELPS = /\b(?:help|helps|helpful|useful|of use|use|count|counts|transfer|transfers|transferable|relevant|apply|applies|carry over|carries over|matter|matters|an advantage|a plus|valuable|worth anything|come in handy|be handy)\b/;
/** One's own: "my", "i have", "i am good with". */
const OWN = /\b(?:my|i have|i ve got|i am|im|i m|i ve done|i did)\b/;

/** True when the person asks whether their finance skills or background help in the work. */
export function financeSkillsWeighed(message: string): boolean {
  const text = normalise(message);
  return FINANCE.test(text) && HELPS.test(text) && OWN.test(text) && (message.includes('?') || /^(?:would|will|do|does|can|could|is|are|might|how)\b/.test(text));
}

/** Someone close, who a question is asked for. */
const SOMEONE =
  'husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|spouse|friend|mate|son|daughter|sister|brother|mum|mom|mother|dad|father|cousin|aunt|uncle|niece|nephew|colleague|coworker|co worker|neighbour|neighbor|roommate|flatmate';
/** "my husband is asking if he can also do it", "my friend wants to know whether she could become one too". */
const ASKED_FOR = new RegExp(
  String.raw`\bmy (${SOMEONE}) (?:is |was )?(?:also |too )?(?:asking|asks|asked|wants to know|wanted to know|is wondering|was wondering|wonders|wondered|would like to know|says to ask|wants me to ask)(?: me)?(?: if| whether)? (?:he|she|they|him|her|them)(?: also| too)? (?:can|could|would be able to|is able to|might|may)(?: also| too)? (?:do it|do this|do that|do the same|become one|become a care manager|be a care manager|be one|get into it|get into this|get in|switch|move into it|go into it|apply)\b`,
);

/** Someone the career is asked for, and whether their work is with money; null when it asks for no one else. */
export interface AskedForSomeoneElse {
  /** Who, as said: "husband", "friend". */
  readonly who: string;
  /** True when their work told is with money (an accountant, in finance). */
  readonly finance: boolean;
}

/** The career asked for someone else ("My husband is asking if he can also do it, he is an accountant"); else null. */
export function askedForSomeoneElse(message: string): AskedForSomeoneElse | null {
  const text = normalise(message);
  const who = ASKED_FOR.exec(text)?.[1];
  return who ? { who, finance: FINANCE.test(text) } : null;
}
