import type { AnswerEngine } from '../../../knowledge/answerEngine';
import { asksCost, asksPay } from '../../../knowledge/aspects';
import { indexedAnswer, type FaqEntry, type KnowledgeBase } from '../../../knowledge/schema';
import { STOP_WORDS } from '../../../knowledge/text';
import { isPadding } from '../core/conversation';
import { entriesWithWord } from '../core/followUp';
import { answerUnits } from './listInView';
import { normalise, stem } from '../core/textMatch';

/**
 * A yes-or-no check of whether a thing the answer in view says helps (session 36, followupsAT): "does networking help?"
 * or "is networking important?" after moving up, "does reading journals help?" after continuing development. The
 * answer in view says it in a line of its own, so that line is the reply, not another answer the thing's name alone
 * reaches (finding a job). Only when no answer is named for the thing ("does certification help?" after the pay is the
 * benefits of certifying). A thing added with "too" ("do i need experience too?") is left to the other readers: the
 * conversation sets read it as the thing's own answer.
 */

/** Opens as a yes or no question. */
const YES_OR_NO = /^(?:(?:and|so|but|ok|okay|oh|then|wait)\s+)*(?:do|does|did|is|are|was|were|would|will|can|could|should|must|has|have|shall)\b/;
/** Asked whether the thing helps or counts ("does networking help?"). */
const HELPS = /\b(?:help|helps|matter|matters|count|counts|worth it|useful|important)$/;
/** Words that only ask, point or carry the check. */
const CHECKING = new Set(
  'do does did is are was were would will can could should must has have shall i you u they them their we he she it that this those these one ones need needs needed have has get go goes going help helps matter matters count counts worth useful important too also well either really actually even still ever usually normally often much any some lot all'.split(
    ' ',
  ),
);
/** Two stems are one word's when one starts the other and both are this long ("certif", "certifi"). */
const SAME_ROOT = 5;
const sameWord = (a: string, b: string) => a === b || (a.length >= SAME_ROOT && b.length >= SAME_ROOT && (a.startsWith(b) || b.startsWith(a)));
/** The most words a check takes. */
const MAX_WORDS = 9;

/** A word said by more than this share of the guide's answers is common. */
const COMMON_SHARE = 0.2;
const counts = new WeakMap<KnowledgeBase, ReadonlyMap<string, number>>();
const answerWords = new WeakMap<FaqEntry, ReadonlySet<string>>();
/** The words an entry's answer says, stemmed, read once. */
function saidBy(entry: FaqEntry): ReadonlySet<string> {
  let words = answerWords.get(entry);
  if (!words) {
    words = new Set(normalise(indexedAnswer(entry)).split(' ').filter(Boolean).map(stem));
    answerWords.set(entry, words);
  }
  return words;
}

/** The lines of the answer in view that a yes-or-no check of its thing asks of; null when it is no such check. */
export function checkedInView(message: string, last: FaqEntry | undefined, engine: AnswerEngine, kb: KnowledgeBase): string[] | null {
  if (!last) return null;
  const text = normalise(message);
  if (!text || text.split(' ').length > MAX_WORDS || !YES_OR_NO.test(text) || asksPay(text) || asksCost(text)) return null;
  const words = text.split(' ').filter((word) => word && !STOP_WORDS.has(word) && !isPadding(word) && !CHECKING.has(word));
  if (words.length === 0) return null;
  const units = answerUnits(last);
  // A word most of the guide says ("people" of "people's homes") and the answer in view does not names nothing of it.
  const own = saidBy(last);
  const said = entriesWithWord(kb, counts, saidBy);
  const stems = words.map(stem).filter((word) => own.has(word) || (said.get(word) ?? 0) <= COMMON_SHARE * kb.faqs.length);
  if (stems.length === 0) return null;
  // Every word of the thing in one line ("patients' homes", "network at conferences"), and not in every line.
  const lines = units.filter((unit) => {
    const said = new Set(normalise(unit).split(' ').map(stem));
    return stems.every((word) => said.has(word));
  });
  if (lines.length === 0 || lines.length === units.length) return null;
  const alone = engine.answer(message);
  const elsewhere = alone.kind === 'answer' && alone.entry && alone.entry.id !== last.id ? alone.entry : null;
  // Named for the thing: its own answer ("Gaining experience" for "experience").
  const namedForIt = elsewhere !== null && normalise(elsewhere.title).split(' ').some((word) => stems.some((thing) => sameWord(stem(word), thing)));
  // "does networking help?": unless the thing's own answer says what it is worth ("does certification help?").
  return HELPS.test(text) && !namedForIt ? lines : null;
}
