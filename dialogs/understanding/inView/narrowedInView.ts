/**
 * The answer in view narrowed to a place, a setting or a group its answer never names, insisted on: "is it a 9 to 5 at
 * the insurance companies specifically?" after the working hours, "are the hours different in hospitals in
 * particular?", "what about for pediatric care managers specifically?". The guide gives the thing in view in general
 * and says nothing of it for that one: the reply says so, then what it says in general, not the same answer as if it
 * answered (nor another the words alone reach). Read by the turn (answerTurn.ts) before the follow-up rules.
 */
import { indexedAnswer, type FaqEntry, type KnowledgeBase } from '../../../knowledge/schema';
import { STOP_WORDS } from '../../../knowledge/text';
import { normalise, stem } from '../core/textMatch';

/** Insisting on the one named: "specifically", "in particular", "exactly". */
const INSISTS = /\b(?:specifically|in particular|particularly|exactly|precisely)\b/;
/** The one it is narrowed to, after a preposition: "at the insurance companies", "in hospitals", "for pediatric care managers". */
const NARROWED_TO = /\b(?:at|in|for|with|within|among) (?:(the|a|an|those|these) )?([a-z]+(?: [a-z]+){0,2})/g;
/** Pointing at the thing in view. */
const POINTS_BACK = /\b(?:it|its|that|this|they|them|those|these|there)\b/;

const guideStems = new WeakMap<KnowledgeBase, ReadonlySet<string>>();
/** Every word some answer of the guide says, stemmed: a place or group the guide knows of elsewhere. */
function saidByTheGuide(kb: KnowledgeBase): ReadonlySet<string> {
  let said = guideStems.get(kb);
  if (!said) {
    said = new Set(kb.faqs.flatMap((entry) => indexedAnswer(entry).split('\n').flatMap((line) => normalise(line).split(' '))).filter(Boolean).map(stem));
    guideStems.set(kb, said);
  }
  return said;
}

/** The words the answer in view says, stemmed. */
const saidByTheAnswer = (entry: FaqEntry): ReadonlySet<string> => new Set([entry.title, ...indexedAnswer(entry).split('\n')].flatMap((line) => normalise(line).split(' ')).filter(Boolean).map(stem));

/** The one the answer in view is narrowed to, as asked ("insurance companies"), when its answer never names it; else null. */
export function narrowedBeyondView(message: string, last: FaqEntry | undefined, kb: KnowledgeBase): string | null {
  const text = normalise(message);
  if (!last || !INSISTS.test(text)) return null;
  const rest = text.replace(/\bin particular\b/g, ' ');
  const own = saidByTheAnswer(last);
  const guide = saidByTheGuide(kb);
  const content = (phrase: string) => phrase.split(' ').filter((word) => /^[a-z]{3,}$/.test(word) && !STOP_WORDS.has(word) && !INSISTS.test(word));
  const found = [...rest.matchAll(NARROWED_TO)].map((match) => ({ article: match[1], words: content(match[2] ?? '') })).find(({ words }) => words.some((word) => !own.has(stem(word))));
  const narrowed = found?.words;
  if (!found || !narrowed || !narrowed.every((word) => guide.has(stem(word)))) return null;
  // A thing with an answer of its own ("the requirements for the CMC exactly" after going without a degree) is a new
  // question for that answer, not the one in view narrowed (ut38c P03-T6).
  if (narrowed.some((word) => word !== last.id && kb.faqById.has(word))) return null;
  // Asked of the thing in view: pointed at, or named by a word its answer says outside what it is narrowed to.
  const beside = content(rest).filter((word) => !narrowed.includes(word));
  const named = `${found.article === 'a' || found.article === 'an' ? `${found.article} ` : ''}${narrowed.join(' ')}`;
  return POINTS_BACK.test(rest) || beside.some((word) => own.has(stem(word))) ? named : null;
}
