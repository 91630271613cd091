import type { AnswerEngine } from '../../../knowledge/answerEngine';
import { indexedAnswer, type FaqEntry, type KnowledgeBase } from '../../../knowledge/schema';
import { STOP_WORDS } from '../../../knowledge/text';
import { isPadding } from '../core/conversation';
import { ASKS_WHO_GIVES, isNounPhrase, NAMES_A_BODY } from '../core/followUp';
import { lineAnswering } from './linesAsked';
import { normalise, readNumber, stem } from '../core/textMatch';

/**
 * An answer that shows a list (the specialisations, the career path's levels, the responsibilities) lets a person pick
 * from it by its place ("the second one", "tell me more about the third", "number 3", "the last one") or by a word of
 * one item ("the pediatric one", "the director one"). The item picked has its own answer when the guide gives one
 * (the entry its words name, next to the answer in view); else its own words in the list are all the guide says of it.
 */

/** One item of the list an answer shows. */
export interface ListItem {
  /** Its place in the list, from 1. */
  position: number;
  /** How many items the list has. */
  count: number;
  /** The item's words, without the list mark or bold. */
  text: string;
  /** What the item names, before its description ("care manager" of "care manager: more complex cases ..."). */
  head: string;
  /** The entry that answers for the item; null when the list's own words are all the guide says of it. */
  entry: FaqEntry | null;
}

/** The item a message picks, and whether the message asks something of it beyond the pick ("the first one, what does it pay?"). */
export interface PickedItem {
  item: ListItem;
  asksMore: boolean;
  /** The message with the item's name in place of the pick ("what does junior care manager earn"). */
  reading: string;
}

/** A line of a list: a bullet or a number, then the item. */
const LIST_LINE = /^\s*(?:[-*\u2022]|\d{1,2}[.)])\s+(.+)$/;
/** Where an item's name ends and its description starts: a colon, a bracket, or a clause after a comma. */
const HEAD_END = /:\s|\s\(|,\s(?:for|at|from|which|meaning|so|who|where)\b/;

/** The items of the list an answer shows, in order; empty when it shows none (one line is no list). */
export function listItemsOf(entry: FaqEntry): string[] {
  const items = entry.answer.split('\n').flatMap((line) => {
    const item = LIST_LINE.exec(line)?.[1];
    return item ? [item.replace(/\*\*/g, '').trim()] : [];
  });
  return items.length >= 2 ? items : [];
}

const headOf = (item: string): string => item.split(HEAD_END)[0]!.trim();

/** Ordinal words and their places; a negative place counts from the end. */
const ORDINALS: Readonly<Record<string, number>> = Object.freeze({
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, sixth: 6, '6th': 6, seventh: 7, '7th': 7, eighth: 8, '8th': 8,
  last: -1, final: -1, 'second last': -2, 'second to last': -2, penultimate: -2,
});
const ORDINAL_WORDS = Object.keys(ORDINALS).sort((a, b) => b.length - a.length).join('|');
/** Words for an item of a list, after an ordinal ("the second one", "the first option", "the third level"). */
const ITEM_NOUN = String.raw`(?:one|ones|option|options|item|point|bullet|entry|choice|level|step|stage|rung|area|role|job|skill|duty|kind|type|cert|certification|specialty|speciality|specialization|specialisation|responsibility|setting)`;
/**
 * "the second one", "the first option", "tell me more about the third", "and the last one?": an ordinal with "the",
 * and a word for an item or nothing after it ("the first year", "the first thing i need" are no item). Not after "than":
 * "harder than the first one" weighs two things.
 */
const BY_ORDINAL = new RegExp(String.raw`(?<!\bthan )\bthe (${ORDINAL_WORDS})(?: ${ITEM_NOUN}\b| (?=(?:you|u) (?:said|mentioned|listed|gave|showed)\b)|$)`);
/** An ordinal that picks a button ("the second one", "the first option", "the last"), not a step or a level of something. */
const BY_BUTTON_ORDINAL = new RegExp(String.raw`(?<!\bthan )\bthe (${ORDINAL_WORDS})(?: (?:one|option|button|choice|suggestion|link)\b|$)`);
/** "number 3", "no 3", "option 2", "item 4", "#3" (normalised to "3" after the words), "3rd one". */
const BY_NUMBER = /\b(?:number|no|num|nr|option|item|point|bullet) (\d{1,2}|one|two|three|four|five|six|seven|eight)\b|\b(\d{1,2})(?:st|nd|rd|th) one\b/;
/** A pick by a part of the work ("the documentation part", "the advocacy side", "the records bit"). */
const PART_PICKED = /\b(?:part|side|bit)$/;
/** "the pediatric one", "that director one", "the ccm option", "the documentation part": an item by a word of its name. */
const BY_WORD = /\b(?:the|that|this) ((?:[a-z]+ )?[a-z]+) (?:one|option|level|area|part|side|bit)\b/;
/** Words of a pick by word that name no item. */
const NOT_AN_ITEM_WORD = new Set([
  ...['other', 'same', 'next', 'previous', 'right', 'best', 'better', 'easiest', 'hardest', 'only', 'new', 'old', 'last', 'first', 'second', 'third', 'fourth', 'fifth'],
  // A part weighed, not named: "the hard part", "the fun side", "the worst bit".
  ...['hard', 'easy', 'tough', 'difficult', 'tricky', 'fun', 'boring', 'stressful', 'rewarding', 'main', 'big', 'biggest', 'worst', 'good', 'bad', 'scary', 'emotional', 'whole'],
]);
/**
 * Words that only pick or ask to hear about it ("tell me more about", "what's", "you mentioned"): a message of these
 * and the pick asks nothing more of the item.
 */
const PICK_ONLY = new Set(
  'tell me more about on what whats is that it this and so ok okay then please pls again explain elaborate detail details info information go into expand say said mentioned listed gave showed you u show give hear know want to like read about can could would i one mean by do does'.split(
    ' ',
  ),
);
/** The most words a pick takes, with what it asks of the item ("the first one, care planning, how does that work?"). */
const MAX_PICK_WORDS = 12;

/** The place in a list of this many items that a message names, or null. */
function positionNamed(text: string, count: number): { position: number; said: string } | null {
  const ordinal = BY_ORDINAL.exec(text);
  if (ordinal) {
    const place = ORDINALS[ordinal[1]!]!;
    return { position: place > 0 ? place : count + 1 + place, said: ordinal[0] };
  }
  const numbered = BY_NUMBER.exec(text);
  const value = numbered ? readNumber(numbered[1] ?? numbered[2]!) : null;
  return numbered && value !== null ? { position: value, said: numbered[0] } : null;
}

/** Words for a thing of no kind in particular, after an ordinal ("the second one", "the first option"). */
const ANY_KIND = new Set(['one', 'ones', 'option', 'options', 'item', 'point', 'bullet', 'entry', 'choice', 'part', 'side', 'bit']);
/** Words for a rung of a ladder or a stage of a path, each fitting a list the others fit. */
const RUNG_WORDS = ['level', 'levels', 'step', 'steps', 'stage', 'stages', 'rung', 'rungs', 'rank', 'ranks'];

/**
 * True when the word for the item a pick names fits the list in view: "the first rung" picks from the career path
 * (its levels), not from what professional groups give; "the second one" fits every list.
 */
function kindFits(said: string, list: FaqEntry): boolean {
  const noun = said.split(' ').at(-1) ?? '';
  if (!noun || ANY_KIND.has(noun) || ORDINALS[noun] !== undefined || readNumber(noun) !== null || noun === 'you' || noun === 'u') return true;
  const kinds = RUNG_WORDS.includes(noun) ? RUNG_WORDS : [noun];
  const listed = new Set(stemsOf([list.title, ...list.tags, indexedAnswer(list)].join(' ')));
  return kinds.some((word) => listed.has(stem(word)));
}

const stemsOf = (text: string): string[] => normalise(text).split(' ').filter((word) => word && !STOP_WORDS.has(word)).map(stem);

/** The place of the one item whose name says every word the message picks it by ("the pediatric one"), or null. */
function itemNamed(text: string, items: readonly string[]): { position: number; said: string } | null {
  const picked = BY_WORD.exec(text);
  if (!picked) return null;
  const words = picked[1]!.split(' ').filter((word) => !STOP_WORDS.has(word));
  if (words.length === 0 || words.some((word) => NOT_AN_ITEM_WORD.has(word) || readNumber(word) !== null)) return null;
  const wanted = words.map(stem);
  const matching = items.flatMap((item, at) => {
    const named = new Set(stemsOf(headOf(item)));
    return wanted.every((word) => named.has(word)) ? [at + 1] : [];
  });
  return matching.length === 1 ? { position: matching[0]!, said: picked[0] } : null;
}

/** An answer this sure of an item's name alone is the item's own entry, when its title shares a word of that name. */
const SURE_OF_THE_NAME = 0.9;
/** An answer this sure of an item's name read with the list's title is the item's own, when it is next to the list. */
const CLEAR = 0.75;

/**
 * The entry that answers for an item: an entry next to the list's (listed by it or listing it) whose title's words the
 * item's name all says, the one named first; else the one the engine reads the name as, with the list's title, next to
 * the list; else the one it reads the name alone as, surely, whose title says a word of the name. Never the list's own.
 */
function entryOfItem(head: string, list: FaqEntry, engine: AnswerEngine, kb: KnowledgeBase): FaqEntry | null {
  const near = (entry: FaqEntry) => entry.id !== list.id && (list.related.includes(entry.id) || entry.related.includes(list.id));
  const named = stemsOf(head);
  const titled = kb.faqs
    .filter((entry) => near(entry) && isNounPhrase(entry.title))
    .map((entry) => ({ entry, title: stemsOf(entry.title) }))
    .filter(({ title }) => title.length > 0 && title.every((word) => named.includes(word)))
    .sort((a, b) => Math.min(...a.title.map((word) => named.indexOf(word))) - Math.min(...b.title.map((word) => named.indexOf(word))));
  if (titled[0]) return titled[0].entry;
  const inContext = engine.answer(`${head} ${list.title}`);
  if (inContext.kind === 'answer' && inContext.entry && near(inContext.entry) && inContext.score >= CLEAR && sharesAWord(inContext.entry, named)) return inContext.entry;
  const alone = engine.answer(head);
  if (alone.kind === 'answer' && alone.entry && alone.entry.id !== list.id && alone.score >= SURE_OF_THE_NAME && sharesAWord(alone.entry, named)) return alone.entry;
  // "documentation" of the responsibilities: the entry a one-word name alone surely reads as, when the word is one of its tags.
  if (alone.kind === 'answer' && alone.entry && alone.entry.id !== list.id && alone.score >= SURE_OF_THE_NAME && named.length === 1 && alone.entry.tags.some((tag) => normalise(tag) === normalise(head))) return alone.entry;
  // "a few more years of relevant work experience" after how long it takes: the one entry next to the list whose title
  // says a word of the item that few titles say ("experience", not "client" or "care"), when the engine reads the item
  // as that entry, however unsure.
  const rare = rareTitleWords(kb);
  const read = new Set([alone.entry?.id, ...alone.alternatives.map((alternative) => alternative.id)]);
  const sharing = kb.faqs.filter((entry) => near(entry) && isNounPhrase(entry.title) && stemsOf(entry.title).some((word) => named.includes(word) && rare.has(word)));
  return sharing.length === 1 && read.has(sharing[0]!.id) ? sharing[0]! : null;
}

/** A word in at most this many of the guide's titles names their subject. */
const RARE_IN_TITLES = 2;
const rareTitles = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/** The words (stemmed) of the guide's titles that at most two titles say, read once. */
function rareTitleWords(kb: KnowledgeBase): ReadonlySet<string> {
  let rare = rareTitles.get(kb);
  if (!rare) {
    const counts = new Map<string, number>();
    for (const entry of kb.faqs) for (const word of new Set(stemsOf(entry.title))) counts.set(word, (counts.get(word) ?? 0) + 1);
    rare = new Set([...counts].filter(([, count]) => count <= RARE_IN_TITLES).map(([word]) => word));
    rareTitles.set(kb, rare);
  }
  return rare;
}

/** True when the entry's title says a word of the name: the engine did not reach it through other words ("care manager" is not "About the role"). */
function sharesAWord(entry: FaqEntry, named: readonly string[]): boolean {
  const title = new Set(stemsOf(entry.title));
  return named.some((word) => title.has(word));
}

/** The item at a place of the list an answer shows; null when the answer shows no list that long. */
export function itemOfList(last: FaqEntry, position: number, engine: AnswerEngine, kb: KnowledgeBase): ListItem | null {
  const items = listItemsOf(last);
  const text = items[position - 1];
  if (position < 1 || text === undefined) return null;
  const head = headOf(text);
  return { position, count: items.length, text, head, entry: entryOfItem(head, last, engine, kb) };
}

/**
 * The answer whose list is in view: the one before the last, when the last is the entry of one of its items (the
 * specialisations, then "the first one?": "and the second?" goes on down that list); else the last answer.
 */
export function listInView(last: FaqEntry | undefined, before: FaqEntry | undefined, engine: AnswerEngine, kb: KnowledgeBase): FaqEntry | undefined {
  if (!last || !before || before.id === last.id) return last;
  const items = listItemsOf(before);
  const pickedFromBefore = items.some((_, at) => itemOfList(before, at + 1, engine, kb)?.entry?.id === last.id);
  return pickedFromBefore ? before : last;
}

/**
 * The item of the last answer's list a message picks, by place or by a word of its name; null when the last answer
 * shows no list or the message picks nothing in it.
 */
export function pickedFromList(message: string, last: FaqEntry | undefined, engine: AnswerEngine, kb: KnowledgeBase): PickedItem | null {
  if (!last) return null;
  const items = listItemsOf(last);
  if (items.length === 0) return null;
  const text = normalise(message);
  if (!text || text.split(' ').length > MAX_PICK_WORDS) return null;
  const picked = positionNamed(text, items.length) ?? itemNamed(text, items) ?? itemBeside(text, items);
  if (!picked) return itemAskedOf(text, last, items, engine, kb);
  if (!kindFits(picked.said, last)) return null;
  const item = itemOfList(last, picked.position, engine, kb);
  if (!item) return null;
  const asksMore = asksMoreThan(text, picked.said, item.head);
  // "the documentation part, what's that?": a part picked by its whole name only to hear of it, with an answer of its
  // own ("the case management part" of "care planning and case management" is the engine's to read).
  if (PART_PICKED.test(picked.said) && (asksMore || !item.entry || !stemsOf(item.head).every((word) => stemsOf(picked.said).includes(word)))) return null;
  return { item, asksMore, reading: text.replace(picked.said, ` ${item.head} `).replace(/\s+/g, ' ').trim() };
}

/**
 * "what's the one after care manager?", "and the level above senior care manager", "the step before that one is
 * what": the item next to one the message names by its full name, after (or above) it or before (or below) it in the
 * list in view. The name must be a whole item's ("care manager" is the second level of the career path, not a word of
 * every level), so the place is the list's own.
 */
const BESIDE = /\b(?:(?:the )?(?:one|level|step|stage|rung|role|job|title|position) |(?:what|which|who) (?:comes |is |s )?|whats )?(?:(?:right |just |directly |immediately )?(after|above|past|beyond|before|below|under)|(?:the )?next (?:one |level |step |rung )?(?:up )?(?:after|from))\s+(?:the |a |an )?([a-z]+(?: [a-z]+){0,3}?)(?: (?:one|level|role|stage|step|rung|job|title|position))?(?: then| though| tho)?$/;

function itemBeside(text: string, items: readonly string[]): { position: number; said: string } | null {
  const beside = BESIDE.exec(text);
  if (!beside) return null;
  const name = beside[2]!;
  const at = items.findIndex((item) => namesOfItem(headOf(item)).includes(name));
  if (at < 0 || items.findIndex((item, other) => other !== at && namesOfItem(headOf(item)).includes(name)) >= 0) return null;
  const before = beside[1] === 'before' || beside[1] === 'below' || beside[1] === 'under';
  const position = at + 1 + (before ? -1 : 1);
  return position >= 1 && position <= items.length ? { position, said: beside[0] } : null;
}

/** Whether a thing is among those listed: "is care coordinator one of them?", "is counselor on the list?". */
const AMONG_THEM = /\b(?:one of (?:them|those|these|the ones|the jobs|the options|the roles)|on (?:the|that|this|your) list|in (?:the|that|this|your) list|among (?:them|those|these)|included)\b/;
/** What a listed thing is, asked with its name and nothing else: "care coordinator is what?", "what's a counselor?". */
const WHAT_IT_IS = /^(?:(?:and|so|ok|okay|but|hmm|wait)\s+)*(?:(?:what|whats) (?!about\b)(?:is |does )?(?:a |an |the )?(.+?)(?: mean| do| then)?|(?:a |an |the )?(.+?) (?:is|are|means?) what)$/;
/** An item added to what is in view with an opener and nothing else: "and for pediatric?", "what about the geriatric one". */
const AND_FOR = /^(?:(?:ok|okay|so|but|hmm)\s+)*(?:and|what about|how about)\s+(?:for |with |in |the )?([a-z]+(?: [a-z]+){0,2}?)(?: one| ones| then| too| area| side)?$/;
/** An item's first word names it alone only when it is this long ("pediatric", not "care"). */
const MIN_FIRST_WORD = 5;
/** The names of an item ("care coordinator or case manager": each of the two), a few words each. */
const namesOfItem = (head: string): string[] => normalise(head).split(/ or |, | and /).map((name) => name.trim()).filter((name) => name.split(' ').length <= 4);

/**
 * An item of the list in view asked of by its full name: whether it is among those listed, or what it is ("is care
 * coordinator one of them? that's my title", "care coordinator is what?" after the jobs to start in). Only the item's
 * name and the asking are said; what more is asked of it is the engine's.
 */
function itemAskedOf(text: string, last: FaqEntry, items: readonly string[], engine: AnswerEngine, kb: KnowledgeBase): PickedItem | null {
  const among = AMONG_THEM.test(text);
  const what = among ? null : WHAT_IT_IS.exec(text);
  // "and for pediatric?" at the specialisations: the item with an answer of its own, named by its first word.
  const about = among || what ? null : AND_FOR.exec(text);
  const said = what ? (what[1] ?? what[2] ?? '').trim() : about ? about[1]!.trim() : text;
  if (!among && !what && !about) return null;
  const firstWords = items.map((item) => normalise(headOf(item)).split(' ')[0] ?? '');
  const byFirstWord = (name: string, at: number) => about !== null && said.length >= MIN_FIRST_WORD && name.startsWith(`${said} `) && firstWords.filter((word) => word === said).length === 1 && firstWords[at] === said;
  const found = items.flatMap((item, at) =>
    namesOfItem(headOf(item))
      .filter((name) => (among ? new RegExp(`\\b${name}s?\\b`).test(said) : said === name || said === `${name}s` || byFirstWord(name, at)))
      .map(() => at + 1),
  );
  const positions = [...new Set(found)];
  if (positions.length !== 1) return null;
  const item = itemOfList(last, positions[0]!, engine, kb);
  // What an item with an answer of its own is, the engine reads from its name ("whats case management then").
  // "what about care coordinator?" after the jobs to start in: an item without an answer of its own by its whole name.
  if (!item || (what && item.entry) || (about && !item.entry && !namesOfItem(item.head).some((name) => said === name || said === `${name}s`))) return null;
  return { item, asksMore: false, reading: text };
}

/** True when a pick says more than the pick and the item's own name ("the first one, care planning" says nothing more). */
function asksMoreThan(text: string, said: string, name: string): boolean {
  const rest = text.replace(said, ' ').split(' ').filter((word) => word && !PICK_ONLY.has(word) && !STOP_WORDS.has(word) && !isPadding(word));
  const named = new Set(stemsOf(name));
  return rest.some((word) => !named.has(stem(word)));
}

/**
 * The entry a message picks from the buttons the last reply offered instead of an answer ("did you mean", what the
 * guide says nearby): a menu of buttons is a list too ("the second one", "the first option", "the CMC one"). Null
 * when it picks none of them.
 */
export function pickedFromMenu(message: string, menu: readonly FaqEntry[]): { entry: FaqEntry; asksMore: boolean } | null {
  const text = normalise(message);
  if (menu.length === 0 || !text || text.split(' ').length > MAX_PICK_WORDS) return null;
  const titles = menu.map((entry) => entry.title);
  const ordinal = BY_BUTTON_ORDINAL.exec(text);
  const place = ordinal ? ORDINALS[ordinal[1]!]! : 0;
  const byPlace = ordinal ? { position: place > 0 ? place : titles.length + 1 + place, said: ordinal[0] } : null;
  const numbered = BY_NUMBER.exec(text);
  const value = numbered ? readNumber(numbered[1] ?? numbered[2]!) : null;
  const picked = byPlace ?? (numbered && value !== null ? { position: value, said: numbered[0] } : null) ?? itemNamed(text, titles);
  const entry = picked ? menu[picked.position - 1] : undefined;
  return picked && entry ? { entry, asksMore: asksMoreThan(text, picked.said, entry.title) } : null;
}

/**
 * The entry a pick asks for: the item's own; when the message asks more of it ("what does the first level earn" after
 * the career path), the entry its words reach with the item named, when that is the item's or one next to it.
 */
export function entryPicked(picked: PickedItem, engine: AnswerEngine): FaqEntry | null {
  const own = picked.item.entry;
  if (!own || !picked.asksMore) return own;
  const read = engine.answer(picked.reading);
  const entry = read.kind === 'answer' ? read.entry : null;
  const nextToIt = entry !== null && (entry.id === own.id || own.related.includes(entry.id) || entry.related.includes(own.id));
  return nextToIt && read.score >= CLEAR ? entry : own;
}

/** "which one?", "which ones would you suggest, then?", "what kind": a pick asked for among things an answer names. */
const ASKS_WHICH = /^(?:(?:so|ok|okay|and|but|then|hmm|right|well)\s+)*(?:which|what) (?:one|ones|kind|kinds|type|types|sort)\b/;
const MAX_WHICH_WORDS = 7;
/** Words that only ask for a pick to be made ("would you suggest", "should i go for"). */
const ASKS_FOR_A_PICK = new Set('suggest recommend advise pick choose go get best do should would could you u i then tho though exactly'.split(' '));
/** The thing one of the guide's own "which" questions asks about ("Which degree should I study ...": the degree). */
const WHICH_QUESTION = /^which (\w+)/;

/**
 * The entry a bare "which one?" asks for after an answer that names a kind of thing the guide has its own "which"
 * question for: after "most employers prefer a bachelor's in a related field", which degree; after "certification is
 * highly recommended", which certifications. That entry must be next to the answer; null when none or several are.
 */
export function whichAsked(message: string, last: FaqEntry | undefined, kb: KnowledgeBase): FaqEntry | null {
  const text = normalise(message);
  if (!last || !ASKS_WHICH.test(text) || text.split(' ').length > MAX_WHICH_WORDS) return null;
  const rest = text.replace(ASKS_WHICH, ' ').split(' ').filter((word) => word && !STOP_WORDS.has(word) && !isPadding(word) && !ASKS_FOR_A_PICK.has(word));
  if (rest.length > 0) return null;
  const said = new Set(meaningOf(indexedAnswer(last)));
  const asked = kb.faqs.filter((entry) => {
    const thing = WHICH_QUESTION.exec(normalise(entry.question))?.[1];
    const nextToIt = entry.id !== last.id && (last.related.includes(entry.id) || entry.related.includes(last.id));
    return thing !== undefined && nextToIt && said.has(stem(thing));
  });
  return asked.length === 1 ? asked[0]! : null;
}

/** The words of a text that carry meaning, stemmed (question words and padding aside). */
export const meaningOf = (text: string): string[] => normalise(text).split(' ').filter((word) => word && !STOP_WORDS.has(word) && !isPadding(word)).map(stem);

/** A word said in more than this share of the guide's answers is said of everything, and picks out no part of one. */
const COMMON_SHARE = 0.2;
const commonOf = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/** The words (stemmed) more than a fifth of the guide's answers say, read once. */
export function commonWords(kb: KnowledgeBase): ReadonlySet<string> {
  let common = commonOf.get(kb);
  if (!common) {
    const counts = new Map<string, number>();
    for (const entry of kb.faqs) for (const word of new Set(meaningOf(indexedAnswer(entry)))) counts.set(word, (counts.get(word) ?? 0) + 1);
    common = new Set([...counts].filter(([, count]) => count > COMMON_SHARE * kb.faqs.length).map(([word]) => word));
    commonOf.set(kb, common);
  }
  return common;
}

/** A question of how long something takes or when it comes. */
const ASKS_HOW_LONG = /\bhow (?:long|many (?:years|yrs|months)|soon|quickly|fast)\b|\b(?:until|till|til) when\b/;
/** A time an answer gives: "5+ years", "6 to 8 years", "about two more years", "a few more years". */
const A_DURATION = /\b(?:\d+\+?|\d+\s*(?:\u2013|-|to)\s*\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+(?:more\s+)?(?:years?|yrs?|months?|weeks?)\b/i;

/** What a thing gives the one who takes it ("what do I get out of it?", "what's in it for me", "what are the perks"). */
const ASKS_WHAT_IT_GIVES = /\bwhat (?:do|does|would|will|can|could|did) (?:i|you|u|we|one|they|he|she) (?:get|gain) (?:out of|from)\b|\bwhat(?: s| is) in it for\b|\bwhat (?:are|r) the (?:benefits|perks|advantages)\b|\bwhat (?:do|does|would|will|can|could|did) (?:it|they|them|that|this|those|these|the)(?: \w+)?(?: (?:actually|really|even|ever))? (?:give|offer|provide|bring|do for)\b/;
/** A line saying what a thing gives ("Membership can give you:", "it helps you"). */
const GIVES_IN_TEXT = /\b(?:give|gives|giving) you\b|\bhelps? you\b|\bbenefits?\b/i;

/** A sentence's end inside a paragraph. */
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z])/;

/** An answer's list items (as "- item") and the sentences of its paragraphs, in order. */
export function answerUnits(entry: FaqEntry): string[] {
  return entry.answer.split('\n').flatMap((line) => {
    const item = LIST_LINE.exec(line)?.[1];
    if (item) return [`- ${item}`];
    return line.trim() ? line.trim().split(SENTENCE_END) : [];
  });
}

/**
 * The part of an answer already in view that speaks to a follow-up answered by that same entry ("is that good money?"
 * after the pay): its list items and sentences that say a word the message says beyond the entry's own title, one that
 * few of the guide's answers say ("doctorate", not "need"); when none does, or every one does, its first paragraph,
 * which says what it is about. Never the whole answer again.
 */
export function partInView(message: string, entry: FaqEntry, kb: KnowledgeBase): { lines: string[]; closest: boolean; gives: boolean } {
  const title = new Set(meaningOf(entry.title));
  const common = commonWords(kb);
  const asked = new Set(meaningOf(message).filter((word) => !title.has(word) && !common.has(word)));
  const units = answerUnits(entry);
  // "how long till I could get there": asked in words no answer says, answered by the time it gives ("5+ years").
  const timed = ASKS_HOW_LONG.test(normalise(message));
  // "who runs it?": asked of the body behind the thing, answered by the line that names one ("from the NACCM").
  const byWhom = ASKS_WHO_GIVES.test(normalise(message));
  // "what do I get out of it?": what the thing gives, in the line that says what it gives you (with the list it leads into).
  const gain = ASKS_WHAT_IT_GIVES.test(normalise(message));
  // "what experience counts?" after what you need, "is organization one?" after the key skills: the line that says it (linesAsked.ts).
  const asksOfALine = lineAnswering(message);
  const answers = (unit: string) => (byWhom && NAMES_A_BODY.test(unit)) || (gain && GIVES_IN_TEXT.test(unit)) || asksOfALine(unit);
  const speaks = units.map((unit) => (timed && A_DURATION.test(unit)) || answers(unit) || meaningOf(unit).some((word) => asked.has(word)));
  // A sentence that leads into a list ("The guide's median ranges, in dollars a year:") brings the list with it.
  units.forEach((unit, index) => {
    for (let next = index + 1; speaks[index] && unit.endsWith(':') && units[next]?.startsWith('- '); next += 1) speaks[next] = true;
  });
  const speaking = units.filter((_unit, index) => speaks[index]);
  if (speaking.length > 0 && speaking.length < units.length) return { lines: speaking, closest: true, gives: speaking.some(answers) || givesAllAsked(message, asked, speaking) };
  return { lines: openingWithItsList(entry), closest: false, gives: false };
}

/** A question of a measure or a reason ("when", "how often", "why"): a line that names the thing does not give it. */
const ASKS_A_MEASURE = /\b(?:when|why|how)\b/;

/**
 * True when the lines say every word the question asks beyond the answer's subject ("what skills should I work on for
 * that?" after moving up: its line on building leadership skills), so they give what was asked rather than only coming
 * closest; never for a question of a measure or a reason, which a line naming the thing does not answer.
 */
function givesAllAsked(message: string, asked: ReadonlySet<string>, lines: readonly string[]): boolean {
  if (asked.size === 0 || ASKS_A_MEASURE.test(normalise(message))) return false;
  const said = new Set(lines.flatMap(meaningOf));
  return [...asked].every((word) => said.has(word));
}

/**
 * The answer's first line, and when it leads into a list ("To earn it you need:", "Jobs you can start in include:")
 * the list too: a line that ends in a colon, shown alone, cuts the answer off where it starts to say anything.
 */
function openingWithItsList(entry: FaqEntry): string[] {
  const [first = '', ...rest] = entry.answer.split('\n').map((line) => line.trim());
  if (!first.endsWith(':')) return [first];
  const end = rest.findIndex((line) => !/^[-*]\s/.test(line));
  return [first, ...(end < 0 ? rest : rest.slice(0, end))];
}

/** A word said by at most this many of the guide's answers can point at one of them. */
const RARELY_SAID = 3;

/**
 * A follow-up kept on the answer in view that asks of something that answer never says, and exactly one other answer
 * does and is about ("do they ever work with schools?" after who they work with: pediatric care is tagged schools):
 * that answer and its lines that say it. Null when the answer in view says it, no other answer or several do, or no
 * line of it stands out.
 */
export function saidElsewhere(message: string, inView: FaqEntry, kb: KnowledgeBase): { entry: FaqEntry; lines: string[] } | null {
  const common = commonWords(kb);
  const own = new Set(meaningOf([inView.title, inView.question, indexedAnswer(inView), ...inView.tags, ...inView.alternates].join(' ')));
  // Words no answer of the guide says ("alongside") point nowhere, so they choose no other answer; a word many answers
  // say ("helps") names no thing of one of them.
  const answered = kb.faqs.map((entry) => new Set(meaningOf(indexedAnswer(entry))));
  const sayers = (word: string) => answered.filter((words) => words.has(word)).length;
  const unsaid = [...new Set(meaningOf(message))].filter((word) => !common.has(word) && !own.has(word) && sayers(word) > 0);
  if (unsaid.length === 0 || unsaid.some((word) => sayers(word) > RARELY_SAID)) return null;
  // The other answer must be about it (a tag of its own is the word, as pediatric care's "schools"), not only use the word.
  const about = (entry: FaqEntry) => entry.tags.some((tag) => !normalise(tag).includes(' ') && meaningOf(tag).some((word) => unsaid.includes(word)));
  const saying = kb.faqs.filter((entry) => entry.id !== inView.id && unsaid.every((word) => meaningOf(indexedAnswer(entry)).includes(word)) && about(entry));
  const [entry, ...others] = saying;
  if (!entry || others.length > 0) return null;
  const part = partInView(message, entry, kb);
  return part.closest ? { entry, lines: part.lines } : null;
}

/** A thing asked for by its kind: "which certificate", "is there a certificate", "a particular certificate". */
const ASKED_BY_ITS_KIND =
  /\b(?:(?:which|what|any)\s+(?:(?:particular|specific|special|certain|extra|separate|different|specialist|specialized|specialised)\s+)?|(?:is there|are there|do i need|would i need|will i need)\s+(?:a|an|any)\s+(?:(?:particular|specific|special|certain|extra|separate|different|specialist|specialized|specialised)\s+)?|\ban?\s+(?:particular|specific|special|certain|separate|different|specialist|specialized|specialised)\s+)([a-z]+)\b/g;
/** A word in more of the guide's titles than this names no one answer ("care"). */
const FEW_TITLES = 3;

const titleWordsOf = (entry: FaqEntry): ReadonlySet<string> => new Set(meaningOf(entry.title));

/**
 * A follow-up that narrows the answer in view to a thing another answer is named for ("which certificate is needed
 * for psychiatric care management?" after mental health care, "is there a particular certificate for older people?"
 * after geriatric care), where the answer in view only mentions it ("possibly a certification, in this area"): that
 * other answer (the one its title names with the fewest words, the certifications) and the lines in view that
 * mention it. Null when no such thing is asked for, several answers are named for it alike, or the answer in view
 * never mentions it (other readers decide then).
 */
export function narrowedTo(message: string, inView: FaqEntry, kb: KnowledgeBase): { general: FaqEntry; own: string[] } | null {
  const inViewTitle = titleWordsOf(inView);
  for (const [, word] of normalise(message).matchAll(ASKED_BY_ITS_KIND)) {
    if (!word || STOP_WORDS.has(word)) continue;
    const kind = stem(word);
    if (inViewTitle.has(kind)) continue;
    const named = kb.faqs.filter((entry) => entry.id !== inView.id && titleWordsOf(entry).has(kind));
    if (named.length === 0 || named.length > FEW_TITLES) continue;
    const fewest = Math.min(...named.map((entry) => titleWordsOf(entry).size));
    const [general, ...alike] = named.filter((entry) => titleWordsOf(entry).size === fewest);
    if (!general || alike.length > 0) continue;
    const own = answerUnits(inView).filter((unit) => meaningOf(unit).includes(kind));
    if (own.length > 0) return { general, own };
  }
  return null;
}
