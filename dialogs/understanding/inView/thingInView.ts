import type { AnswerEngine } from '../../../knowledge/answerEngine';
import { asksCost, asksPay } from '../../../knowledge/aspects';
import { indexedAnswer, type FaqEntry, type KnowledgeBase } from '../../../knowledge/schema';
import { STOP_WORDS } from '../../../knowledge/text';
import { isPadding } from '../core/conversation';
import { entriesWithWord } from '../core/followUp';
import { answerUnits, listItemsOf } from './listInView';
import { normalise, stem } from '../core/textMatch';

/**
 * A short question about a thing the answer in view names, asked as an option, an example or a check ("would a
 * doctorate be an option?" or "so like doing a doctorate?" after continuing development, "is finding a mentor a good
 * idea?" after it, "so no night shifts at all?" after the hours): asked of that answer, whose line on it is the reply.
 * The words alone name no subject the guide answers for ("a doctorate" reads as nothing, or as the team through
 * "doctor"), so without the answer in view they land anywhere or nowhere.
 *
 * Read by the turn (answerTurn.ts) before the follow-up rules and the learned choice, which are left as they are.
 */

/** A question this short says little beyond the thing it names. */
const MAX_WORDS = 8;
/** Words that ask, weigh or judge and name no thing ("would it be an option", "a good idea", "like doing"). */
const ASKING_OR_WEIGHING = new Set(
  (
    'option options idea ideas good great bad best better possible possibility way ways choice choices route path thing things ' +
    'like doing do does get getting got go going take taking try trying consider considering count counts worth ' +
    'ok okay fine also too then really actually even still never ever always any anything some something kind sort type ' +
    'need needed necessary smart wise sensible useful helpful help helps work working one ones no not none at all ' +
    'mean means meaning include included includes part much many lot point time stage later eventually someday day future sometimes often usually mostly typically normally generally'
  ).split(' '),
);
/**
 * A question that asks for something of the thing rather than whether it is one ("which university has the best program
 * for that?", "who runs it?", "how much is membership?"): what the answer names is not what is asked. Only a yes or no,
 * or "what about ...", asks of the thing itself.
 */
const ASKS_FOR_SOMETHING = /\b(?:which|who|whom|whose|where|when|why|how(?! about\b)|what(?! about\b| if\b)|whats)\b/;
/** A name for the career itself: a question that says it has its own subject. */
const NAMES_THE_CAREER = /\b(?:care|case) (?:manag|coordinat)/;
/** A word said in at most this share of the guide's entries names something particular, not the work in general. */
const PARTICULAR_SHARE = 0.1;

/** An entry's words from some of its texts, stemmed, read once per entry. */
function memoWords(texts: (entry: FaqEntry) => readonly string[], form: (word: string) => string = stem): (entry: FaqEntry) => ReadonlySet<string> {
  const read = new WeakMap<FaqEntry, ReadonlySet<string>>();
  return (entry) => {
    const known = read.get(entry);
    if (known) return known;
    const words = new Set(texts(entry).flatMap((text) => normalise(text).split(' ')).filter(Boolean).map(form));
    read.set(entry, words);
    return words;
  };
}

/** The words an entry says of its thing (answer, title and tags). */
const wordsOf = memoWords((entry) => [entry.title, indexedAnswer(entry), ...entry.tags]);
/** A word with a plural "s" taken off, and nothing else: a stem would make "doctorate" a doctor. */
const singular = (word: string) => word.replace(/(?<=\w{3})s$/, '');
/** The words an entry is named by (title and tags), plurals aside. */
const namedBy = memoWords((entry) => [entry.title, ...entry.tags], singular);
/** The words of an entry's title, stemmed. */
const titledBy = memoWords((entry) => [entry.title]);
const counts = new WeakMap<KnowledgeBase, ReadonlyMap<string, number>>();

/** The words of a message that name a thing: not stop words, padding, or words that ask or weigh. */
function thingWords(text: string): string[] {
  return text.split(' ').filter((word) => word && !STOP_WORDS.has(word) && !isPadding(word) && !ASKING_OR_WEIGHING.has(word));
}

/**
 * The lines of the answer in view that name the thing a short question asks of (the line on a doctorate for "would a
 * doctorate be an option?"); every line when only its title or tags name it. Null when the message is no such question:
 * a word naming a thing that the answer's own texts do not say, none of them particular (said by few of the guide's
 * entries), or words alone surely answered by an entry named for that thing ("what about a master's?" after
 * continuing development is the degrees). A question asking for something ("which one would I start with?") is read
 * by lineOfTheAnswerAsked below.
 */
export function thingOfTheAnswerAsked(message: string, last: FaqEntry, engine: AnswerEngine, kb: KnowledgeBase): string[] | null {
  const text = normalise(message);
  // "don't" is read as two words ("do not"): a thing left out may take two more.
  if (!text || text.split(' ').length > MAX_WORDS + (LEAVES_OUT.test(text) ? 2 : 0) || NAMES_THE_CAREER.test(text)) return null;
  if (asksCost(text) || asksPay(text)) return null;
  if (ASKS_FOR_SOMETHING.test(text)) return lineOfTheAnswerAsked(text, message, last, engine, kb);
  const asked = thingWords(text.replace(LEAVES_OUT, ' '));
  // The family, which much of the guide speaks of, is still a particular thing to ask of one answer ("do the families
  // get involved?" after what care managers do): the lines of it that name them.
  // Relatives and parents are the family the guide speaks of.
  const family = asked.some((word) => FAMILY.test(word)) && asked.every((word) => FAMILY.test(word) || INVOLVED.test(word)) ? ['family'] : [];
  const words = family.length > 0 ? family : asked;
  const own = wordsOf(last);
  if (words.length === 0 || !words.every((word) => own.has(stem(word)))) return null;
  const said = entriesWithWord(kb, counts, wordsOf);
  const particular = family.length > 0 ? family : words.filter((word) => (said.get(stem(word)) ?? 0) <= PARTICULAR_SHARE * kb.faqs.length);
  if (particular.length === 0) return null;
  const units = answerUnits(last);
  const stems = particular.map(stem);
  const lines = units.filter((unit) => normalise(unit).split(' ').some((word) => stems.includes(stem(word))));
  // A thing left out that the answer gives only as a choice ("and if I skip the master's?" after how long it takes,
  // whose line says "if the roles you want ask for one"): that line answers it, whatever the words alone read.
  if (LEAVES_OUT.test(text) && lines.length > 0 && lines.every((line) => GIVEN_AS_A_CHOICE.test(line))) return lines;
  // The words alone keep an entry named for the particular thing ("what about a master's?" is the degrees), however
  // unsurely; another they reach through a common word ("finding" a mentor is not finding a job) or a stem ("doctor"
  // of "doctorate" is not the team), however surely, is not what was asked.
  // Words alone that land on the answer in view again ("weekends too?" after the hours) ask of the same thing: its line.
  const alone = family.length > 0 ? null : engine.answer(message);
  if (alone?.kind === 'answer' && alone.entry && alone.entry.id !== last.id) {
    const named = namedBy(alone.entry);
    if (particular.some((word) => named.has(singular(word)))) return null;
  }
  if (family.length > 0) return lines.length > 0 && lines.length < units.length ? lines : null;
  return lines.length > 0 ? lines : units;
}

/**
 * The thing a short question asks of the answer in view that only its title or tags name and no answer of the guide
 * says ("any nights?", "do they ever do night shifts?" after the hours, whose tags name nights for people who ask):
 * those words, in the order asked, for a reply that says the guide does not mention them. Null when every word asked is
 * one some answer says, or the message is no such question.
 */
export function thingNotMentioned(message: string, last: FaqEntry, kb: KnowledgeBase): string | null {
  const text = normalise(message);
  if (!text || ASKS_FOR_SOMETHING.test(text) || NAMES_THE_CAREER.test(text) || asksPay(text) || asksCost(text)) return null;
  const said = entriesWithWord(kb, answerCounts, saidBy);
  // A word with a synonym the answer says ("money" for pay) is mentioned in other words.
  const own = saidBy(last);
  const saidOtherwise = (word: string) => kb.lexicon.synonyms.some((group) => group.some((name) => singular(name) === singular(word)) && group.some((name) => !name.includes(' ') && own.has(stem(name))));
  const words = thingWords(text.replace(LEAVES_OUT, ' '));
  const named = namedBy(last);
  const unsaid = words.filter((word) => named.has(singular(word)) && !said.has(stem(word)));
  const core = unsaid.filter((word) => !saidOtherwise(word));
  return core.length > 0 && unsaid.length === words.filter((word) => !said.has(stem(word))).length ? unsaid.join(' ') : null;
}

/** The words an entry's answer says, stemmed. */
const saidBy = memoWords((entry) => [indexedAnswer(entry)]);
const answerCounts = new WeakMap<KnowledgeBase, ReadonlyMap<string, number>>();

/** The client's family, asked of by name. */
const FAMILY = /^(?:family|families|relatives?|parents?|loved)$/;
/** Words that only ask whether someone takes part ("get involved", "part of it"), or finish a name for them ("loved ones"). */
const INVOLVED = /^(?:ones?|involved?|involves|involving|included|include|includes|part|taking|take|takes|get|gets|role|say)$/;

/** Leaving a thing out of the route in view ("if I skip the master's", "what if I don't do it", "and without the master's?"). */
const LEAVES_OUT = /\b(?:if (?:i|you|u|one|we) (?:skip|skipped|drop|dropped|leave out|left out|don t (?:do|get|take)|didn t (?:do|get|take)|do not (?:do|get|take)|never (?:do|get|take))|skip(?:ping)?|without)\b/;
/** A line that gives its thing as a choice, not as part of every route ("if the roles you want ask for one", "possibly a certification"). */
const GIVEN_AS_A_CHOICE = /\b(?:if|possibly|optional|may|might|some roles|depending)\b/i;

/** Words of a question that ask, point or say who: what is left names what is asked of the answer in view. */
const ASKING_OR_POINTING = new Set(
  'which who whom whose where when why how what whats one ones kind kinds sort type types would will do does did can could should might must need get go going best good better'.split(' '),
);

/**
 * "which one would I start with?" after whether certification is required ("A good one to start with is the CCM"),
 * "lead who?" or "how should they guide that team?" after the leadership skills: a short question asking for something
 * the answer in view says in its own words, with only a pointer at that answer for its subject. The lines that say every
 * word it asks with; null when another answer is named by one of those words (the words alone read it), a word is not
 * said in one line of the answer, or the question neither points at the answer in view nor is three words or fewer.
 */
function lineOfTheAnswerAsked(text: string, message: string, last: FaqEntry, engine: AnswerEngine, kb: KnowledgeBase): string[] | null {
  const all = text.split(' ');
  // With no pointer, only a word of the answer asked back ("lead who?", "coordinate with whom?"): the asking word last.
  const lastAsked = all.findLastIndex((word) => ASKS_FOR_SOMETHING.test(word));
  const bare = all.length <= MAX_BARE_WORDS && all.slice(lastAsked + 1).every((word) => STOP_WORDS.has(word) || isPadding(word) || PADDING_AFTER.has(word));
  if (!POINTS_AT_THE_ANSWER.test(text) && !bare) return null;
  // The answer's own subject ("the plan" of "who do they work out the plan with?" after care planning) is the pointer.
  // A bare question of the subject alone ("lead who?" after leadership) asks it of the lines that say it.
  const subject = namedBy(last);
  const asking = all.filter((word) => word && !STOP_WORDS.has(word) && !isPadding(word) && !ASKING_OR_POINTING.has(word) && !PARTICLES.has(word) && !POINTER_NOUNS.has(word));
  const beyond = asking.filter((word) => !subject.has(singular(word)));
  // Only the subject asked of: by a bare question, or of the people who do it ("who do they lead?").
  const words = beyond.length > 0 ? beyond : bare || /\b(?:they|them|their)\b/.test(text) ? asking : [];
  // A word most of the guide says ("is it working?") names nothing the answer in view says of its own.
  const said = entriesWithWord(kb, counts, wordsOf);
  if (words.length === 0 || words.some((word) => (said.get(stem(word)) ?? 0) > COMMON_SHARE * kb.faqs.length)) return null;
  const stems = words.map(stem);
  const units = answerUnits(last);
  const items = new Set(listItemsOf(last).map((item) => normalise(item)));
  const lines = units.flatMap((unit, at) => {
    const said = new Set(normalise(unit).split(' ').map(stem));
    if (!stems.every((word) => said.has(word))) return [];
    // A line that leads into a list ("It's a demanding, varied job that also calls for:") is said with its list.
    if (!unit.trim().endsWith(':')) return [unit];
    const after = units.slice(at + 1);
    const end = after.findIndex((next) => !items.has(normalise(next)));
    return [unit, ...(end < 0 ? after : after.slice(0, end))];
  });
  if (lines.length === 0) return null;
  // Words alone that name another answer by its title ("which degree would I start with?" is the degrees) ask of it,
  // not of this one; its tags are how people ask for it ("what job should i start with"), not what it is.
  const alone = engine.answer(message);
  if (alone.kind === 'answer' && alone.entry && alone.entry.id !== last.id) {
    const named = titledBy(alone.entry);
    if (words.some((word) => named.has(stem(word)))) return null;
  }
  return lines;
}

/** A pointer at the answer in view or what it names ("they", "it", "that team", "which one"). */
const POINTS_AT_THE_ANSWER = /\b(?:it|its|they|them|their|theirs|that|this|those|these|one|ones)\b/;
/** Nouns a pointer goes with that name nothing of the answer in view ("how do I get into that area?" asks how to specialise). */
const POINTER_NOUNS = new Set('area areas field fields side sides thing things stuff part parts kind sort type bit role roles job jobs path route line one ones'.split(' '));
/** A word said in more than this share of the guide's entries is said of the work in general. */
const COMMON_SHARE = 1 / 3;
/** Words that only finish a verb ("work out", "set up"). */
const PARTICLES = new Set('out up off over back through along'.split(' '));
/** Words that close a bare question and ask nothing ("lead who exactly?"). */
const PADDING_AFTER = new Set('exactly then though tho again even actually'.split(' '));
/** A bare question this short ("lead who?", "with whom?") asks of the answer in view with no pointer. */
const MAX_BARE_WORDS = 4;

/**
 * What doing the thing in view teaches, asked with a pointer at it ("what would I learn doing that?", "what would that
 * teach me?", "what skills would I pick up from it?", "what skills would that build?" after gaining experience or the
 * first jobs). The engine reads the words alone as what the courses teach, what care managers teach clients or the key
 * skills, none of which the person asked.
 */
const ASKS_WHAT_IT_TEACHES = new RegExp(
  [
    String.raw`\bwhat (?:\w+ )?(?:would|will|do|does|did|can|could|might) (?:i|you|u|one|people|someone|they) (?:actually |really |even )?(?:learn|pick up|develop|build)\b`,
    String.raw`\bwhat (?:\w+ )?(?:would|will|does|do|did|can|could|might) (?:it|that|this|those|these|they|them|doing (?:it|that|this|those|them)) (?:actually |really |even )?(?:teach|teaches|show|build|builds|develop|develops)\b`,
    // Gaining or being given skills ("what skills would those give me?"); without the skills it asks what it is worth.
    String.raw`\bwhat (?:skills?|knowledge|abilities) (?:would|will|does|do|did|can|could|might) (?:\w+ ){1,2}(?:give|gain|get)\b`,
  ].join('|'),
);
/** The pointer at the thing in view, as the end of what is asked or its subject. */
const AT_THE_THING = /\b(?:it|that|this|those|these|them|there|that one|this one)\b/;
/** Words such a question may say beside asking and pointing: what is learnt, and who learns it. */
const LEARNING_WORDS = new Set('learn learning pick up gain get out take away develop build teach teaches show give skills skill experience knowledge from doing there me'.split(' '));
/** A line of an answer saying what the thing teaches or builds. */
const TEACHING_LINE = /\b(?:shows? you|you(?:'ll| will) practi[cs]e|builds?|learns?|teach(?:es)?)\b/i;
/** Lines that only say where to build a skill ("You build them through work experience ...") say nothing of what the thing teaches. */
const WHERE_TO_BUILD = /\bthrough\b/i;

/** The answer that says what the thing in view teaches (its own, else the first the guide relates to it that does), and those lines. */
export function learnedFromTheThing(message: string, last: FaqEntry, kb: KnowledgeBase): { entry: FaqEntry; lines: string[] } | null {
  const text = normalise(message);
  if (!text || text.split(' ').length > MAX_WORDS + 2 || NAMES_THE_CAREER.test(text)) return null;
  if (!ASKS_WHAT_IT_TEACHES.test(text) || !AT_THE_THING.test(text)) return null;
  // Nothing else named: "what would I learn in the degree" names its own subject.
  if (thingWords(text).some((word) => !LEARNING_WORDS.has(word))) return null;
  const teaching = (entry: FaqEntry) => answerUnits(entry).filter((unit) => TEACHING_LINE.test(unit) && !WHERE_TO_BUILD.test(unit));
  for (const entry of [last, ...last.related.flatMap((id) => kb.faqById.get(id) ?? [])]) {
    const lines = teaching(entry);
    if (lines.length > 0) return { entry, lines };
  }
  return null;
}
