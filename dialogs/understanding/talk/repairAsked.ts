/**
 * Readers of repair after pushback: a question of one's own said to be skipped ("you skipped my RRT question"), a
 * complaint that the bot repeats itself said before a new question ("you said that already. what about ...?"), a
 * correction that narrows the answer in view to a thing the guide never speaks of ("I meant high school"), and a
 * complaint closed with thanks and a plan of one's own ("that's not what I asked. anyway thanks, I'll ask at work").
 */
import type { KnowledgeBase } from '../../../knowledge/schema';
import { stem } from '../../../knowledge/phrases';
import { asksSomething } from '../core/clauses';
import { correctsTheAnswer, type ChatAct } from '../core/conversation';
import { correctionOf } from './correctionAsked';
import { normalise } from '../core/textMatch';

/**
 * A question or part the person calls their own, named ("you skipped my RRT question", "you ignored my question about
 * licensing", "you never answered the part about my visa"): asked of the guide whatever it names, as one after "about"
 * is, so what the guide does not cover is said plainly instead of a menu.
 */
const OWN_PART_NAMED = /\bmy (?:[a-z0-9]+ ){1,3}(?:question|part|bit|point|q)\b|\bmy (?:question|part|bit|point|q) (?:about|on|re|regarding) [a-z]/;

/** True when a clause names the part it says was missed as the writer's own question ("my RRT question"). */
export function namesOwnQuestion(clause: string): boolean {
  return OWN_PART_NAMED.test(normalise(clause));
}

/** Words too common to say what a part is about. */
const PLAIN_WORDS = new Set(
  'a an the my your our their his her its this that these those of for to in on at by with about and or is are was be do does did can could would should will i me you it they we what how which who when where why if whether any some one question part bit point q credential credentials certificate cert license licence degree job work experience'.split(' '),
);

/** Each knowledge base's words, as the engine's stemmer reads them. */
const GUIDE_WORDS = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

function guideWords(kb: KnowledgeBase): ReadonlySet<string> {
  const held = GUIDE_WORDS.get(kb);
  if (held) return held;
  const words = new Set(kb.faqs.flatMap((entry) => normalise(`${entry.title} ${entry.question} ${entry.answer}`).split(' ')).map(stem));
  GUIDE_WORDS.set(kb, words);
  return words;
}

/**
 * The thing a part names that the guide never uses, as typed ("RRT" in "the RRT credential", "CNA"): a word that is no
 * everyday English, or typed in capitals, and that no answer of the guide uses; null when every word is the guide's.
 */
export function unknownToTheGuide(part: string, raw: string, kb: KnowledgeBase): string | null {
  const typed = new Map(raw.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => [word.toLowerCase(), word] as const));
  const known = guideWords(kb);
  return (
    normalise(part)
      .split(' ')
      .filter((word) => word.length > 1 && !PLAIN_WORDS.has(word) && !known.has(stem(word)))
      .find((word) => !kb.english.words.has(word) || /^[A-Z0-9]{2,}$/.test(typed.get(word) ?? '')) ?? null
  );
}

/** "I meant high school", "no, I was asking about high school tho": the thing meant, at the end of the message. */
const MEANT_AT_THE_END =
  /(?:^|[.,;!?]\s*|\b(?:but|though|tho|no|sorry|well|oh|nah)\s+)i (?:meant|mean|was asking about|am asking about|was talking about|am talking about|was asking for|asked about)\s+((?:[a-z0-9-]+\s*){1,4}?)(?:\s+(?:though|tho|lol|please|pls|instead|actually|not that))*[.!?]*$/i;
/** Words after the thing meant that are not part of it: "tho", "lol". */
const TRAILING_WORDS = /(?:\s+(?:though|tho|lol|please|pls|instead|actually|then))+\s*$/i;
/** What was meant that names no thing of its own: all of a list, the rest, something else (correctionAsked.ts reads those). */
const NOT_A_THING = /\b(?:all|every|each|everything|list|them|rest|other|others|both|whole|something|anything|question|it|that|this|what)\b/;
/** Words before the thing meant that are not part of it: "for", "in", "the". */
const BEFORE_THE_THING = /^(?:(?:for|in|about|at|the|a|an|during|before|while in)\s+)+/;

/** The thing a message says was meant, at its end ("i meant the money": "the money"); null when it says none. */
export function meantAtTheEnd(raw: string): string | null {
  const meant = MEANT_AT_THE_END.exec(raw.trim())?.[1]?.replace(TRAILING_WORDS, '').trim();
  return meant && !TELLS_OF_ONESELF.test(meant) ? meant : null;
}
/** What was meant told of oneself, not asked ("I meant I have a degree", "i meant my son"). */
const TELLS_OF_ONESELF = /^(?:i|my|me|we|our|he|she|his|her|it was|that i)\b/i;

/**
 * The thing a correction narrows the answer in view to, when the guide never speaks of it ("those are college courses
 * though, I meant high school": "high school"): no answer of the guide holds those words, so the reply says so plainly
 * instead of the answer again; null otherwise (a thing the guide speaks of is asked of the answer as before).
 */
export function meantNotInGuide(raw: string, kb: KnowledgeBase): string | null {
  const meant = meantAtTheEnd(raw);
  if (!meant) return null;
  const thing = normalise(meant).replace(BEFORE_THE_THING, '').trim();
  if (thing === '' || NOT_A_THING.test(thing) || thing.split(' ').every((word) => PLAIN_WORDS.has(word))) return null;
  const said = guideText(kb);
  return said.includes(` ${thing} `) || said.includes(` ${thing.replace(/s\b/g, '')} `) ? null : meant.replace(/^(?:for|in|about|at)\s+/i, '');
}

/** Each knowledge base's answers as one normalised text, spaced at both ends. */
const GUIDE_TEXT = new WeakMap<KnowledgeBase, string>();

function guideText(kb: KnowledgeBase): string {
  const held = GUIDE_TEXT.get(kb);
  if (held !== undefined) return held;
  const text = ` ${kb.faqs.map((entry) => normalise(`${entry.title} ${entry.question} ${entry.answer}`)).join(' ')} `;
  GUIDE_TEXT.set(kb, text);
  return text;
}

/** The fewest words of a story told beside a complaint; a thing named alone ("SALARY PER YEAR", "the CMC then") is asked. */
const STORY_WORDS = 6;
/** Words that tell of the writer: "I think I need to ...", "I'll ask my supervisor". */
const OF_THE_WRITER = /\b(?:i|im|ill|ive|id|my|me|we|our)\b/;

/** True when words tell something (of the writer, or a story), rather than name a thing to be answered. */
function tellsSomething(text: string): boolean {
  const words = normalise(text);
  return OF_THE_WRITER.test(words) || words.split(' ').length >= STORY_WORDS;
}

/**
 * The acts of a complaint said beside words that ask nothing ("thats not what I asked. anyway thanks, I think I need to
 * talk to the nurse case managers at work"; "ugh. long night, patient threw a chair at the nurses station. sorry,
 * venting"): conversation, never "Let me try again" with an answer to the words. A complaint kept only when the message
 * says the last answer missed; null when the message asks something (the question is answered as before).
 */
export function complaintAsksNothing(acts: readonly ChatAct[], text: string, raw: string): ChatAct[] | null {
  if (!acts.includes('complaint') || raw.includes('?') || asksSomething(text) || !tellsSomething(text) || correctionOf(raw)?.wanted || correctsTheAnswer(raw)) return null;
  const kept = correctionOf(raw) !== null ? [...acts] : acts.filter((act) => act !== 'complaint');
  // Thanks after the complaint, with nothing asked, close the conversation ("anyway thanks, I'll ask at work").
  if (kept.includes('complaint') && kept.includes('thanks') && !kept.includes('bye')) kept.push('bye');
  return kept.length > 0 ? kept : ['remark'];
}

/** A sentence of a reply that declines: "doesn't say whether ...", "won't guess". */
const DECLINES = /\b(?:does not|doesn t|doesn't) (?:say|cover|mention|speak|give|name|list)\b|\bwon t guess\b|\bwon't guess\b|\bgives no\b/;
/** The fewest words a part shares with a declining sentence of the reply for that sentence to have declined it. */
const SHARED_WORDS = 2;

/**
 * True when this turn's reply has already declined the part in a sentence of its own ("The guide ... doesn't say whether
 * years before care management count toward it" for "Do my 10 years in hospital social work count toward that"): a
 * second note on it would only repeat and muddle the first.
 */
export function declinedAlready(part: string, said: readonly string[]): boolean {
  const words = new Set(normalise(part).split(' ').filter((word) => word.length > 2 && !PLAIN_WORDS.has(word)).map(stem));
  return said
    .flatMap((text) => text.split(/(?<=[.!?])\s+/))
    .filter((sentence) => DECLINES.test(sentence.toLowerCase()))
    .some((sentence) => new Set(normalise(sentence).split(' ').map(stem).filter((word) => words.has(word))).size >= SHARED_WORDS);
}
