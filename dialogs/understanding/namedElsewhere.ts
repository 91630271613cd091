import type { AnswerEngine } from '../../knowledge/answerEngine';
import type { FaqEntry, KnowledgeBase } from '../../knowledge/schema';
import { STOP_WORDS } from '../../knowledge/text';
import { normalise, stem } from './textMatch';

/**
 * A message kept on the answer in view that names, in words of its own, a thing another answer is named for and the
 * answer in view never says ("the mental health and addictions side is what i care about. is there a specialty for
 * that" after gaining experience: mental health care): that other answer, which the words alone read as, rather than
 * "the answer above is all the guide says". Null when the words alone read no other answer, or the answer in view says
 * what names it.
 */

/** The words alone must read the other answer at least this surely. */
const SURE_ENOUGH = 0.5;

const stemsOf = (text: string): string[] => normalise(text).split(' ').filter((word) => word && !STOP_WORDS.has(word)).map(stem);

/** A one-word tag said by more of the guide's answers than this is a word of the work ("build"), not a thing's name. */
const RARELY_SAID = 3;

/** The words of the first name the message says whole (the title, a tag of two words or more, or a rare one-word tag), stemmed. */
function namesIt(said: ReadonlySet<string>, entry: FaqEntry, kb: KnowledgeBase): string[] | null {
  for (const name of [entry.title, ...entry.tags]) {
    const words = stemsOf(name);
    if (words.length === 0 || !words.every((word) => said.has(word))) continue;
    const sayers = words.length === 1 && name !== entry.title ? kb.faqs.filter((other) => stemsOf(other.answer).includes(words[0]!)).length : 0;
    if (sayers <= RARELY_SAID) return words;
  }
  return null;
}

export function namedElsewhere(question: string, inView: FaqEntry, engine: AnswerEngine, kb: KnowledgeBase): FaqEntry | null {
  const alone = engine.answer(question);
  if (alone.kind !== 'answer' || !alone.entry || alone.entry.id === inView.id || alone.score < SURE_ENOUGH) return null;
  const said = new Set(stemsOf(question));
  const name = namesIt(said, alone.entry, kb);
  if (!name) return null;
  const own = new Set(stemsOf([inView.title, inView.answer, ...inView.tags].join(' ')));
  return name.every((word) => own.has(word)) ? null : alone.entry;
}
