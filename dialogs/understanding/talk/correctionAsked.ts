/**
 * A correction of the last answer that names what was wanted instead: "no I meant list all of them", "no. i ask the
 * STEPS how to start", "licensing wasn't really my question. I want to know where to start", "I asked about the pay,
 * not the hours". What was wanted is asked in place of the rejected answer, never the rejected answer again
 * (respond.ts); "all of them" after one item of a list asks for the list.
 */
import type { FaqEntry, KnowledgeBase } from '../../../knowledge/schema';
import type { AnswerEngine } from '../../../knowledge/answerEngine';
import { clauseAsks, clausesOf, sentencesOf } from '../core/clauses';
import { itemOfList, listItemsOf } from '../inView/listInView';
import type { Meaning } from '../core/pipeline';
import { normalise } from '../core/textMatch';

/** The words that say the last answer missed: "no", "I meant", "that wasn't my question", "not what I asked". */
const SAYS_IT_MISSED =
  /^(?:(?:no|nah|nope|not that|wrong|well|oh)\b[\s,.!-]*)+i (?:ask|asked|meant|mean|was asking|am asking|wanted|want)\b|\b(?:(?:was|is) not|wasnt|isnt) (?:really |actually )?(?:my|the) question\b|\bnot what i (?:asked|meant|wanted|was asking)\b|\bi (?:asked|meant|was asking|said)(?: about| for)? [a-z]+(?: [a-z]+){0,3},? not (?:about |the |a )?[a-z]+/;

/**
 * Where the wanted part opens, as typed: after "I meant", "I asked (about)", "I want to know", "my question was". A
 * fact corrected ("I meant the business was his before me") asks nothing; the last opening that asks is taken.
 */
const WANTED_OPENS =
  /\b(?:my (?:real |actual )?question (?:was|is)|what i (?:meant|mean|asked|wanted|want) (?:was|is)|i (?:really |actually )?(?:want|wanted|would like) to know|i (?:was |am )?ask(?:ed|ing)?(?: you)?(?: about| for)?|i (?:meant|mean))\b[\s:,]*/gi;
/** What the wanted part says it was not: ", not about specialties", "not the hours". */
const NOT_THE_OTHER = /,?\s+(?:and |but )?not (?:about |for |the |a |an )?[^,.;!?]*$/i;
/** A fact about oneself or someone else corrected, not a thing asked: "the business was his", "i have a degree". */
const TELLS_A_FACT = /^(?:the |my |his |her |their |that |it )?[a-z' ]{0,30}\b(?:was|were|is|are|am|had|has|have)\b(?! there)/;
/** All of what the last answer was one of: "list all of them", "all of them please", "the whole list", "every one". */
const ALL_OF_THEM = /^(?:(?:please|pls|can you|could you|just|to)\s+)*(?:list|show|give|tell|name)?(?: me)?\s*(?:all(?: of)?(?: them| those| the options| the ones)?|every one(?: of them)?|each of them|the (?:whole|full|complete) list|the list|them all|all the others|the other ones|the rest)(?: of them)?(?: please| pls)?$/;

/** True when the wanted part asks for all of what the last answer was one of ("list all of them please, then I'll decide"). */
const asksForAll = (wanted: string): boolean => ALL_OF_THEM.test(normalise(wanted).replace(/,? then .*$/, '').trim());

export interface Correction {
  /** What was wanted, as typed; null when the message only says the answer missed. */
  wanted: string | null;
  /** The wanted part with the words that open it ("i ask the STEPS how to start"). */
  said: string | null;
  /** The question asked after the correction ("I asked where to start, not about specialties. With only ... ?"). */
  askedAfter: string | null;
}

/** The correction a message makes of the last answer; null when it makes none. */
export function correctionOf(raw: string): Correction | null {
  const text = normalise(raw);
  if (!SAYS_IT_MISSED.test(text)) return null;
  const sentences = sentencesOf(raw);
  const found = sentences.map((sentence) => ({ sentence, wanted: wantedIn(sentence) })).filter((read) => read.wanted !== null).at(-1);
  const at = found ? sentences.indexOf(found.sentence) : sentences.findIndex((sentence) => SAYS_IT_MISSED.test(normalise(sentence)));
  const after = sentences.slice(at + 1).join(' ').trim();
  return { wanted: found?.wanted?.part ?? null, said: found?.wanted?.said ?? null, askedAfter: after && clausesOf(after).some(clauseAsks) ? after : null };
}

/** The wanted part of one sentence, without what it says was not wanted; null when it names nothing asked. */
function wantedIn(sentence: string): { part: string; said: string } | null {
  const last = [...sentence.matchAll(WANTED_OPENS)].at(-1);
  if (!last) return null;
  const cut = (text: string): string => text.replace(/[.!?]+\s*$/, '').replace(NOT_THE_OTHER, '').trim();
  const part = cut(sentence.slice((last.index ?? 0) + last[0].length));
  const plain = normalise(part);
  if (plain.split(' ').filter(Boolean).length === 0 || TELLS_A_FACT.test(plain)) return null;
  return { part, said: cut(sentence.slice(last.index ?? 0)) };
}

/**
 * The list the last answer is one item of, when the wanted part asks for all of them ("no I meant list all of them"
 * after pediatric care: the specializations); null otherwise.
 */
export function listOfAllAsked(wanted: string, last: FaqEntry | undefined, engine: AnswerEngine, kb: KnowledgeBase): FaqEntry | null {
  if (!last || !asksForAll(wanted)) return null;
  if (listItemsOf(last).length > 0) return last;
  for (const id of last.related) {
    const list = kb.faqById.get(id);
    if (list && listItemsOf(list).some((_, at) => itemOfList(list, at + 1, engine, kb)?.entry?.id === last.id)) return list;
  }
  return null;
}

/** A wanted part that names nothing: "a simple question", "something else", "it", "that", "at all". */
const VAGUE_WANTED = /^(?:(?:a|an|the|my|one|your|you|to|at|for|about) )*(?:simple |different |other |easy |basic |straight |real |actual )?(?:question|questions|thing|something|anything|else|something else|it|that|this|all|at all|you|what i said|what i asked|different)\b/;
/** The most words of a wanted part that only narrows the answer in view ("no i meant per hour"), and is asked of it. */
const NARROWING_WORDS = 3;

/**
 * What to ask in place of the answer a correction rejects (`said` as typed, `read` as the pipeline read it): the list
 * of all, the question asked after the correction, or the wanted part; null when the message corrects nothing, or only narrows the answer in view ("no i meant per
 * hour", asked of it as before).
 */
export function askedInstead(said: string, read: string, last: FaqEntry | undefined, engine: AnswerEngine, kb: KnowledgeBase): AskedInstead | null {
  const correction = correctionOf(said);
  if (!correction) return null;
  const list = correction.wanted ? listOfAllAsked(correction.wanted, last, engine, kb) : null;
  if (list) return { text: list.question, fresh: false };
  const wanted = correction.wanted;
  // Only "not what I asked": the complaint's own reading answers it (a question after it is asked apart from the answer).
  if (!wanted) return null;
  // A question of its own after what was wanted is read as every other question is, with all its readers; as the pipeline read
  // it ("go back to school for a bachelor's" is getting a degree), when it kept the sentences.
  if (correction.askedAfter) return { text: correctionOf(read)?.askedAfter ?? correction.askedAfter, fresh: true };
  const narrows = normalise(wanted).split(' ').length <= NARROWING_WORDS && !/\bnot\b/.test(normalise(said));
  // "I asked a simple question", "I meant something else": nothing of the guide named, a complaint as before.
  return narrows || VAGUE_WANTED.test(normalise(wanted)) || engine.answer(wanted).kind !== 'answer' ? null : { text: wanted, fresh: false };
}

/** What is asked in place of the rejected answer; `fresh` when it is a question of its own, not read against the last answer. */
export interface AskedInstead {
  text: string;
  fresh: boolean;
}

/**
 * What a correction means before any other reading: the flow its wanted part asks for ("no. i ask the STEPS how to
 * start"), as the wanted part alone would start it; a question when it asks for all of a list ("nope, I meant the whole
 * list" is the list the last answer is one of, respond.ts, not the walk); null otherwise. `read` is the pipeline's
 * reading of a message in the same place.
 */
export function correctionMeaning(raw: string, read: (text: string) => Meaning): Meaning | null {
  const correction = correctionOf(raw);
  if (!correction?.wanted || correction.askedAfter) return null;
  if (asksForAll(correction.wanted)) return { kind: 'question', text: raw, acts: [] };
  return [correction.wanted, correction.said ?? ''].map(read).find((reading) => reading.kind === 'flow') ?? null;
}

/** Words that ask for the answer in fewer words: "in short?", "tl;dr", "can you summarise that", "shorter version pls". */
const BRIEF = /\b(?:summar[iy]\w*|sum (?:it|that|this) up|short version|tl ?dr|in short|in brief|briefly|in a nutshell)\b/;
/** Words beside them that ask nothing else ("sorry, that is way too long for me. in short please?"). */
const BRIEF_FILLER = new Set(
  'a an the it that this please pls plz can could you u give me just say put version again so ok okay um hmm well sorry is was way much bit little too for to i in short brief briefly summarise summarize summary sum up shorter tl dr tldr fewer words less text long wordy nutshell main key point points one line sentence thanks thx still of and or lol its thats whats what mean meaning'.split(' '),
);

/** True when a message only asks for the last answer in fewer words ("in short?", "tl;dr", "too long, sum it up pls"). */
export function briefAsked(raw: string): boolean {
  const text = normalise(raw.replace(/tl;dr/gi, 'tldr'));
  return BRIEF.test(text) && text.split(' ').every((word) => BRIEF_FILLER.has(word));
}
