import type { AnswerEngine } from '../../../knowledge/answerEngine';
import { indexedAnswer, type FaqEntry, type KnowledgeBase } from '../../../knowledge/schema';
import { STOP_WORDS } from '../../../knowledge/text';
import { isPadding } from '../core/conversation';
import { answerUnits, itemOfList, listItemsOf } from './listInView';
import { normalise, stem } from '../core/textMatch';

/**
 * Questions asked of the items of a list whose items each have their own answer (the certifications: the CCM and the
 * CMC), in view or named: "explain me the two certifications", "tell me about both", "what are the CCM and CMC
 * certifications?" ask for what each one is (both answers, side by side), not for the list that only names them; "which
 * one covers the financial and legal side?" asks which item's own answer says that (the CMC's), not the list again.
 */

/** The most items a list may have for "each of them" to be answered with every item's answer. */
const MAX_ITEMS = 3;
/** The most items a list may have for one to be picked by what its answer says. */
const MAX_PICKED_FROM = 6;
/** A question this long asks more than what the items are. */
const MAX_WORDS = 14;

/** Words that weigh items against each other or set one apart ("what does the CCM cover that the CMC does not?"): the weighing's own readings answer those (knowledge/comparison.ts). */
const WEIGHS = /\b(?:not|unlike|better|best|worse|worst|easier|easiest|harder|hardest|differ|differs|difference|differences|different|vs|versus|compare|compared|comparison|than|same|similar|more|most|less|least|quicker|faster|cheaper|prefer|rather|pick|choose|recommend|should i)\b/;
/** "the two certifications", "both", "each one", "all three of them": every item asked of. */
const EVERY_ITEM = /\b(?:both|each|either|the (?:two|2|three|3)|(?:two|three) of them|all (?:of )?(?:them|three|3))\b/;
/** The count a message gives the items ("the two", "all three"), when it gives one. */
const COUNT_SAID = /\b(two|2|three|3)\b/;
/** Asking what each is or holds ("explain", "tell me about", "what are", "what do they cover"), not whether one is needed. */
const ASKS_WHAT_THEY_ARE = /^(?:(?:ok|okay|so|and|but|hmm|please|pls|just|can you|could you|would you|now)\s+)*(?:explain|describe|tell|detail|go (?:into|through)|walk me through|say more|more (?:on|about)|what (?:are|r|is|s|do|does|about)|whats|info|information|details)\b/;

/** An item a list names, with its own answer. */
interface ItemAnswer {
  head: string;
  entry: FaqEntry;
}

/** The items of a list, each with its own answer; empty unless every item has one and there are at most `most`. */
function itemAnswersOf(list: FaqEntry, engine: AnswerEngine, kb: KnowledgeBase, most: number): ItemAnswer[] {
  const count = listItemsOf(list).length;
  if (count < 2 || count > most) return [];
  const items = Array.from({ length: count }, (_, i) => itemOfList(list, i + 1, engine, kb));
  const answered = items.flatMap((item) => (item?.entry && item.entry.id !== list.id ? [{ head: item.head, entry: item.entry }] : []));
  return answered.length === count && new Set(answered.map((item) => item.entry.id)).size === count ? answered : [];
}

/** The list asked of: the answer in view, else the one the message's own words read as; only one whose items have their own answers. */
function listAsked(message: string, last: FaqEntry | undefined, engine: AnswerEngine, kb: KnowledgeBase, most: number): { list: FaqEntry; items: ItemAnswer[] } | null {
  const inView = last ? itemAnswersOf(last, engine, kb, most) : [];
  if (last && inView.length > 0) return { list: last, items: inView };
  const read = engine.answer(message);
  const named = read.kind === 'answer' && read.entry ? itemAnswersOf(read.entry, engine, kb, most) : [];
  return read.kind === 'answer' && read.entry && named.length > 0 ? { list: read.entry, items: named } : null;
}

const wordsOf = (text: string): string[] => normalise(text).split(' ').filter((word) => word && !STOP_WORDS.has(word) && !isPadding(word));

/** The items the message names by their names' own first word ("the CCM and CMC"). */
function itemsNamed(text: string, items: readonly ItemAnswer[]): ItemAnswer[] {
  const said = new Set(wordsOf(text));
  return items.filter((item) => {
    const first = wordsOf(item.head)[0];
    return first !== undefined && said.has(first);
  });
}

/**
 * The answers of every item asked of ("explain me the two certifications", "what are the CCM and CMC certifications?",
 * "tell me about both" after the certifications), in the list's order; null when the message weighs them, asks of one,
 * or no list with answers for its items is in view or named.
 */
export function everyItemAsked(message: string, last: FaqEntry | undefined, engine: AnswerEngine, kb: KnowledgeBase): FaqEntry[] | null {
  const text = normalise(message);
  if (!text || text.split(' ').length > MAX_WORDS || WEIGHS.test(text) || !ASKS_WHAT_THEY_ARE.test(text)) return null;
  const asked = listAsked(message, last, engine, kb, MAX_ITEMS) ?? listOfTheNamed(text, message, engine, kb);
  if (!asked) return null;
  const named = itemsNamed(text, asked.items);
  if (named.length === asked.items.length) return named.map((item) => item.entry);
  if (named.length > 0 || !EVERY_ITEM.test(text)) return null;
  // "the two certifications" after a list of three is not this list; "both" fits a list of two only.
  const count = COUNT_SAID.exec(text)?.[1];
  const said = count === undefined ? (/\bboth\b|\beither\b/.test(text) ? 2 : asked.items.length) : count === 'two' || count === '2' ? 2 : 3;
  if (said !== asked.items.length) return null;
  // A kind named must be the list's ("the two certifications", not "the two degrees" after the certifications).
  const listWords = new Set(wordsOf([asked.list.title, ...asked.list.tags].join(' ')).map(stem));
  const kinds = wordsOf(text.replace(EVERY_ITEM, ' ').replace(ASKS_WHAT_THEY_ARE, ' ')).filter((word) => !KIND_FREE.has(word));
  if (kinds.some((word) => !listWords.has(stem(word)))) return null;
  return asked.items.map((item) => item.entry);
}

/**
 * The list whose every item the message names ("what are CMC and CCM exactly?", which the words alone read as one of
 * them): the list next to the answer the words read as.
 */
function listOfTheNamed(text: string, message: string, engine: AnswerEngine, kb: KnowledgeBase): { list: FaqEntry; items: ItemAnswer[] } | null {
  const read = engine.answer(message);
  if (read.kind !== 'answer' || !read.entry) return null;
  for (const list of [read.entry, ...read.entry.related.flatMap((id) => kb.faqById.get(id) ?? [])]) {
    const items = itemAnswersOf(list, engine, kb, MAX_ITEMS);
    if (items.length > 0 && itemsNamed(text, items).length === items.length) return { list, items };
  }
  return null;
}

/** Words beside "the two" that name no kind ("explain them to me", "the two of them", "in detail"). */
const KIND_FREE = new Set('them they me ones one two three please pls detail details more bit little again properly briefly exactly actually really cover covers require requires need needs involve involves mean means get take'.split(' '));

/** A pick asked for: "which" or "what", and the word after it when it names a kind ("which certification"). */
const WHICH = /\b(?:which|what)(?: (\w+))?/;
/** What an item's answer is asked to say: "covers", "includes", "deals with", "needs", "is the one for". */
const ASKS_WHAT_IT_COVERS = /\b(?:covers?|covered|covering|includes?|including|needs?|requires?|asks? for|deals? with|is about|looks? at|goes? into|handles?|focus(?:es)? on|teaches|tests?|involves?|touches on|gets? into)\b/;
/** Having a thing ("which one has an exam?"), read as a pick by what an item says too. */
const HAS = /\b(?:has|have|comes? with)\b/;
const SAYS = new RegExp(`${ASKS_WHAT_IT_COVERS.source}|${HAS.source}`);
/** The most words a pick by what an item says may take, with a wish beside it ("ideally one that covers ..."). */
const MAX_PICK_WORDS = 20;
/** Words of the thing asked that say nothing of it ("the side of things", "stuff", "issues"). */
const VAGUE = new Set('side sides things thing stuff issues issue matters matter topics topic areas area aspects aspect part parts bit bits kind sort type of the'.split(' '));

/**
 * The item whose own answer says what the message asks for ("which certification covers the financial and legal side?":
 * the CMC, whose answer names financial and legal issues), with the words it says; null when no item's answer or more
 * than one says every word asked, or the message is no such pick.
 */
export function itemSayingAsked(message: string, last: FaqEntry | undefined, engine: AnswerEngine, kb: KnowledgeBase): FaqEntry | null {
  const pick = pickAsked(message, last, engine, kb);
  const saying = pick ? pick.items.filter((item) => item.lines.length > 0) : [];
  return saying.length === 1 ? saying[0]!.entry : null;
}

/**
 * Which item says a thing, asked where more than one item's answer says it ("which one has an exam?" after the
 * certifications: the CMC asks for a pass in its exam, and both are kept up through re-exams): each item with the lines
 * of its answer that say it (none when it says nothing of it), in the list's order. Null when fewer than two say it,
 * or the message is no such pick.
 */
export function itemsSayingEach(message: string, last: FaqEntry | undefined, engine: AnswerEngine, kb: KnowledgeBase): ItemLines[] | null {
  // Only "has" or "comes with" ("which one has an exam?"): a pick by what one covers or needs is read as before.
  const text = normalise(message);
  const pick = HAS.test(text) && !ASKS_WHAT_IT_COVERS.test(text) ? pickAsked(message, last, engine, kb) : null;
  return pick && pick.items.filter((item) => item.lines.length > 0).length > 1 ? pick.items : null;
}

/** An item of a list with the lines of its answer that say what was asked. */
export interface ItemLines {
  entry: FaqEntry;
  lines: string[];
}

/** A pick by what an item says ("which one covers ..."): every item of the list asked, with its lines that say every word asked. */
function pickAsked(message: string, last: FaqEntry | undefined, engine: AnswerEngine, kb: KnowledgeBase): { items: ItemLines[] } | null {
  const text = normalise(message);
  if (!text || text.split(' ').length > MAX_PICK_WORDS || WEIGHS_ONLY.test(text)) return null;
  const which = WHICH.exec(text);
  const says = SAYS.exec(text);
  if (!which || !says || says.index < which.index) return null;
  const asked = listAsked(message, last, engine, kb, MAX_PICKED_FROM);
  if (!asked) return null;
  // A kind named ("which certification") must be the list's.
  const kind = which[1];
  const listWords = new Set(wordsOf([asked.list.title, ...asked.list.tags, indexedAnswer(asked.list)].join(' ')).map(stem));
  if (kind !== undefined && !STOP_WORDS.has(kind) && !NO_KIND.has(kind) && !listWords.has(stem(kind))) return null;
  const thing = wordsOf(text.slice(says.index + says[0].length)).filter((word) => !VAGUE.has(word)).map(stem);
  if (thing.length === 0) return null;
  return { items: asked.items.map((item) => ({ entry: item.entry, lines: linesSaying(item.entry, thing) })) };
}

/**
 * The lines of an answer that say every word (stemmed) when its answer as a whole does, a list item with the sentence
 * that leads into it ("To earn it you need:" before "a pass in its exam"); else the units that say any of them.
 * Empty when the answer does not say every word.
 */
function linesSaying(entry: FaqEntry, thing: readonly string[]): string[] {
  const own = new Set(wordsOf(entry.answer).map(stem));
  if (!thing.every((word) => own.has(word))) return [];
  const units = answerUnits(entry);
  const says = (unit: string) => wordsOf(unit).some((word) => thing.includes(stem(word)));
  const lines = units.flatMap((unit, at) => {
    if (!says(unit)) return [];
    const lead = unit.startsWith('- ') ? units.slice(0, at).findLast((before) => !before.startsWith('- ')) : undefined;
    return lead?.endsWith(':') ? [lead, unit] : [unit];
  });
  return [...new Set(lines)];
}

/** Words after "which" that name no kind ("which one", "which of those"). */
const NO_KIND = new Set('one ones of those these them two both'.split(' '));
/** Weighing words that make the pick a ranking ("which one covers more?"), which the weighing's readings answer. */
const WEIGHS_ONLY = /\b(?:better|best at|worse|easier|harder|more|most|less|least|vs|versus|than)\b/;
