/**
 * A yes/no question whose yes is one line of the list the engine answers it with (session 37, ut37a P06-4, P06-7): "do
 * care managers handle insurance?" (the duties list says "handling insurance matters"), "Could I work for an insurance
 * company?" (the workplaces list names insurance companies). The yes and that line first; the whole list stays a button
 * away, so the answer is not buried in bullet five. Only two shapes are read, what care managers do or where one could
 * work, and never a requirement or a negative, whose yes the guide's list cannot give. Pure.
 */
import type { FaqEntry } from '../../../knowledge/schema';
import { normalise, words } from '../core/textMatch';

/** What care managers do, asked yes or no: "do care managers handle insurance?", "does a care manager visit homes?". */
const DO_THEY = /^(?:(?:so|and|but|ok|okay|then|also|just wondering)\s+)*(?:do|does|can|will|would|could) (?:care managers?|case managers?|a care manager|a case manager|they|cms?) (?!need|have to|has to|get|earn|make)\w+/;
/** Where one could work, asked yes or no: "could I work for an insurance company?", "can you work in a hospital?". */
const COULD_I_WORK =
  /^(?:(?:so|and|but|ok|okay|then|also)\s+)*(?:could|can|would|might|will) (?:i|you|one|someone|a care manager) (?:also )?(?:work|get (?:a )?(?:job|work)|be employed|get hired) (?:for|at|in|with|by) /;
/** A requirement, a negative, a choice or a figure: the list's line cannot say yes to these. */
const NOT_A_YES = /\b(?:need|needs|required?|requirement|must|have to|has to|not|never|dont|don t|doesnt|doesn t|cant|can t|without|or|only|how|what|which|why|much|many|pay|paid|salary|earn)\b/;
/** Words every such question has, which name nothing to find in a line. */
const GENERIC = new Set(
  words(
    'do does can could would will might care case manager managers a an the they i you one someone cms cm work works job get be employed hired for at in with by of to also ever sometimes usually really actually deal help on any some their my',
  ),
);
/** The most words the question takes: a longer one tells more than it asks. */
const MAX_WORDS = 12;

/** The yes found: the line of the entry's list that says it. */
export interface YesOfTheList {
  line: string;
}

/** The one question of a message ("Could I work for an insurance company? I know that world a bit"), or the whole. */
function questionOf(text: string): string {
  const asked = text.split(/(?<=\?)/).filter((part) => part.trim().endsWith('?'));
  return asked.length === 1 ? asked[0]! : text;
}

/** The lines of an entry's list, without the markdown that bolds a word. */
function listLines(entry: FaqEntry): string[] {
  return entry.answer
    .split('\n')
    .map((line) => /^\s*[-*]\s+(.*)$/.exec(line)?.[1]?.replace(/\*\*/g, '').trim())
    .filter((line): line is string => line !== undefined && line !== '');
}

/**
 * The line of the answer's list that says yes to a yes/no question of what care managers do or where one could work:
 * the one line holding every word the question names (none of the generic ones); null for other questions, or when
 * no line, or more than one, holds them.
 */
export function yesOfTheList(text: string, entry: FaqEntry): YesOfTheList | null {
  const said = normalise(questionOf(text));
  if (said.split(' ').length > MAX_WORDS || !(DO_THEY.test(said) || COULD_I_WORK.test(said)) || NOT_A_YES.test(said)) return null;
  const named = [...new Set(words(said).filter((word) => word.length > 2 && !GENERIC.has(word)))];
  if (named.length === 0 || named.length > 3) return null;
  // The verb of "do they handle insurance" may be the list's own ("handling insurance matters") or not ("deal with"):
  // the line must hold the last word named and every other one it can; the one line holding the most of them.
  const held = listLines(entry).map((line) => {
    const own = new Set(words(line));
    return { line, count: own.has(named.at(-1)!) ? named.filter((word) => own.has(word)).length : 0 };
  });
  const most = Math.max(...held.map(({ count }) => count));
  const holding = most >= Math.max(1, named.length - 1) ? held.filter(({ count }) => count === most).map(({ line }) => line) : [];
  return holding.length === 1 ? { line: holding[0]! } : null;
}
