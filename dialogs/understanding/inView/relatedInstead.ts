import { indexedAnswer, type FaqEntry, type KnowledgeBase } from '../../../knowledge/schema';
import { STOP_WORDS } from '../../../knowledge/text';
import { isPadding } from '../core/conversation';
import { normalise, stem } from '../core/textMatch';

/**
 * A follow-up the words alone read as the answer just given, which asks it of something that answer never speaks of
 * and an answer the guide relates to it is named for ("what kind of places should I apply to?" after where care managers
 * work: applying is finding a job, whose answer says where to search and which roles to aim for). That related answer,
 * rather than "the guide says nothing more". Null when no word of the message is of that kind, or several related
 * answers are named for it.
 */

/** A word named by more entries than this names nothing particular. */
const FEW_NAMED = 3;

const wordsIn = (texts: readonly string[]): Set<string> =>
  new Set(texts.flatMap((text) => normalise(text).split(' ')).filter((word) => word && !STOP_WORDS.has(word) && !isPadding(word)).map(stem));

/** What an entry says or is asked by (its title, question, answer, tags and alternates), stemmed. */
const allWordsOf = (entry: FaqEntry): Set<string> => wordsIn([entry.title, entry.question, indexedAnswer(entry), ...entry.tags, ...entry.alternates]);
/** What an entry is named or asked by (its title, tags and alternates), stemmed. */
const namingWordsOf = (entry: FaqEntry): Set<string> => wordsIn([entry.title, ...entry.tags, ...entry.alternates]);

export function relatedAskedInstead(message: string, inView: FaqEntry, kb: KnowledgeBase): FaqEntry | null {
  const own = allWordsOf(inView);
  const beyond = [...wordsIn([message])].filter((word) => !own.has(word));
  if (beyond.length === 0) return null;
  const naming = kb.faqs.map((entry) => ({ entry, words: namingWordsOf(entry) }));
  const particular = beyond.filter((word) => naming.filter(({ words }) => words.has(word)).length <= FEW_NAMED);
  if (particular.length === 0) return null;
  const related = inView.related.flatMap((id) => kb.faqById.get(id) ?? []);
  const named = related.filter((entry) => particular.some((word) => namingWordsOf(entry).has(word)));
  return named.length === 1 ? named[0]! : null;
}
