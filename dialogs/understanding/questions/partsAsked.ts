/**
 * Reading the parts of a message: two questions asked one after the other, a remark beside a question, the question
 * without its padding or its story, and a part asked beyond the guide beside another. Pure readers: no sending.
 * Moved out of dialogs/answerTurn.ts, behaviour unchanged.
 */
import { questionParts, type Answer } from '../../../knowledge/answerEngine';
import { beyondAsked, mostSpelled, placeNamed, type BeyondAsked } from '../../../knowledge/beyondGuide';
import { askedAspect } from '../../../knowledge/aspects';
import type { FaqEntry, KnowledgeBase } from '../../../knowledge/schema';
import { normaliseText, STOP_WORDS } from '../../../knowledge/text';
import type { TurnEngine } from '../../../knowledge/turnEngine';
import type { DialogDeps } from '../../deps';
import { clauseActOf, questionBeforeRemark, sentencesOf, questionBeforeStory, questionWithoutStory, twoQuestionsAsked } from '../core/clauses';
import { namesTopic } from '../core/pipeline';
import { CERTIFICATION_NEEDED_ENTRY, CERTIFICATION_WORTH_ENTRY, certificationNeededAsked, certificationWorthAsked } from './worthPayingAsked';

/** A short part that points at what was told before it ("would that count as related?"), which its words alone do not say. */
export const POINTS_AT_THE_STORY = /^(?=(?:\S+\s+){0,6}\S+$).*\b(?:that|this|those|these)\b/i;

/**
 * A part of the message beside the question that only tells and names nothing of the guide ("How stressful is the job?
 * Can't be worse than patrol."): a remark the person makes, not a question the guide fails to cover, so it is neither
 * declined nor logged.
 */
export function remarkBeside(part: Answer, deps: DialogDeps): boolean {
  return part.kind !== 'answer' && !part.question.includes('?') && clauseActOf(part.question) === 'tells' && !namesTopic(deps.kb, part.question);
}

/**
 * The answers to two questions asked one after the other (understanding/core/clauses.ts twoQuestionsAsked), when the engine
 * answers each on its own words with a different answer, and what it read in the whole message, if anything, is one
 * of them: the message then asked both. Null otherwise.
 */
export function askedApart(engine: TurnEngine, text: string, whole: Answer | undefined, kb?: KnowledgeBase): Answer[] | null {
  const parts = twoQuestionsAsked(text);
  if (!parts || parts.some((part) => POINTS_AT_THE_STORY.test(part.trim()) || NOT_ASKED.test(normaliseText(part)))) return null;
  const answers = parts.map((part) => (kb ? withWorthOfCertification(engine.answerAll(part), part, kb, true) : engine.answerAll(part)));
  if (answers.some((read) => read.length !== 1)) return null;
  const [one, other] = answers.map((read) => read[0]!);
  if (!one || !other) return null;
  if (whole?.kind !== 'answer' && oneKnownOneNot(one, other)) return [one, other];
  if (one.kind !== 'answer' || other.kind !== 'answer' || !one.entry || !other.entry || one.entry.id === other.entry.id) return null;
  const wholeEntry = whole?.kind === 'answer' ? whole.entry : null;
  if (wholeEntry && wholeEntry.id !== one.entry.id && wholeEntry.id !== other.entry.id) return null;
  return [one, other];
}

/** A part that says what was not asked ("I didn't ask how long", "i wasnt asking about pay"): pushback, no question. */
const NOT_ASKED = /^(?:(?:no|nah|but|ok|okay|um+|lol|sorry|wait)\s+)*i (?:did not|was not|am not|do not|never) (?:ask|asking|asked|want|wanting|mean|meaning|say|said)\b/;

/** The declines that say the guide does not cover a part, not that the engine is unsure which answer it asks. */
const NOT_COVERED: ReadonlySet<string> = new Set(['not-covered', 'unknown-words', 'other-subject']);
/** A part that points at the other's thing ("... and how long is it"): asked of it, not on its own. */
const POINTS_AT_THE_OTHER = /\b(?:it|its|that|this|they|them|those|these)\b/i;
/** A part the engine answers surely enough to give beside a part it declines. */
const KNOWN_PART_SCORE = 0.6;

/**
 * One part the guide answers and one it does not cover, where the whole message read as neither ("Could I study part
 * time, or get in without a degree?"): the known one is answered and the other said plainly, never both declined.
 */
function oneKnownOneNot(one: Answer, other: Answer): boolean {
  const known = (answer: Answer) => answer.kind === 'answer' && answer.entry !== null && answer.score >= KNOWN_PART_SCORE && !POINTS_AT_THE_OTHER.test(answer.question);
  const notCovered = (answer: Answer) => (answer.kind === 'no-match' || answer.kind === 'out-of-scope') && NOT_COVERED.has(answer.declined ?? '') && clauseActOf(answer.question) === 'asks';
  return (known(one) && notCovered(other)) || (notCovered(one) && known(other));
}

/**
 * The engine's answers to a message, or, when it answers nothing and the message closes with padding ("worth it
 * though?", "do i need a degree for that tho", read as unsure and as another job), to the message without it.
 */
/** Verbs that say nothing of what is asked: "what should I do?", "what do I do now?". */
const LIGHT_VERBS: ReadonlySet<string> = new Set(['do', 'does', 'did', 'doing', 'done', 'get', 'go', 'make', 'think', 'know', 'say', 'tell', 'now', 'then']);

/** A question that asks something without the story around it: a subject or aspect of the guide, or any word that says what. */
function asksOfItsOwn(question: string, kb: KnowledgeBase): boolean {
  if (namesTopic(kb, question) || askedAspect(question, kb)) return true;
  return normaliseText(question).split(' ').some((word) => word.length > 1 && !STOP_WORDS.has(word) && !LIGHT_VERBS.has(word));
}

export function answersOf(engine: TurnEngine, text: string, kb: KnowledgeBase): Answer[] {
  return withWorthOfCertification(answersRead(engine, text, kb), text, kb);
}

/** Certification answers that describe one, which a part asking its worth or need is read as by the engine alone. */
const CERTIFICATE_ENTRIES: ReadonlySet<string> = new Set(['ccm', 'cmc', 'certifications', 'certification-required']);

/**
 * The answers with a part that asks whether a certification is worth it ("... and is the CMC worth it on top of that?")
 * or needed at all ("Do I need the CCM or is my NP license enough?") given the guide's answer to that (what
 * certification brings; that it isn't always required) instead of the certification's description, which says neither.
 */
function withWorthOfCertification(answers: Answer[], text: string, kb: KnowledgeBase, apart = false): Answer[] {
  const asked = (question: string): string | null =>
    certificationWorthAsked(question) ? CERTIFICATION_WORTH_ENTRY : certificationNeededAsked(question) ? CERTIFICATION_NEEDED_ENTRY : null;
  const wanted = asked(text);
  const entry = wanted ? kb.faqById.get(wanted) : undefined;
  if (!entry || answers.some((answer) => answer.entry?.id === entry.id)) return answers;
  const asking = answers.filter((answer) => answer.kind === 'answer' && answer.entry && CERTIFICATE_ENTRIES.has(answer.entry.id));
  // Only a part asked on its own words: a whole message read as one answer may ask more of it ("what is the CMC and is it worth it").
  const part = asking.find((answer) => (apart || answer.question !== text) && asked(answer.question) === wanted);
  return part ? answers.map((answer) => (answer === part ? { ...answer, entry } : answer)) : answers;
}

function answersRead(engine: TurnEngine, text: string, kb: KnowledgeBase): Answer[] {
  // "the number one skill" is read as "the most important skill".
  const answers = engine.answerAll(mostSpelled(text));
  if (answers.some((answer) => answer.kind === 'answer')) return answers;
  const plain = text.replace(CLOSING_PADDING, '');
  const without = plain !== text && /\w/.test(plain) ? engine.answerAll(plain) : [];
  if (without.some((answer) => answer.kind === 'answer')) return without;
  // A question closed by a remark the engine cannot place ("mid level pay? less than my night shift pay prob"): the question.
  const question = questionBeforeRemark(text) ?? questionBeforeStory(text);
  const asked = question ? engine.answerAll(question) : [];
  if (asked.some((answer) => answer.kind === 'answer')) return asked;
  // A question with the asker's story around it that the engine cannot place ("how long would it take me, im 20 and just
  // doing barista work rn"): the question, and what it is asked of, without the story, when it asks something of the
  // guide on its own (a subject or an aspect: "how long"); "what should I do?" after "I get chest pain at work" asks
  // about the story, which the guide does not cover.
  const unstoried = questionWithoutStory(text);
  const alone = unstoried && asksOfItsOwn(unstoried, kb) ? engine.answerAll(unstoried) : [];
  return alone.some((answer) => answer.kind === 'answer') ? alone : answers;
}

/**
 * Words that close a question and say nothing of its subject ("tho", "though", "lol"), or only of its order ("what
 * should I study first?" asks what to study, not the first jobs).
 */
const CLOSING_PADDING = /(?:[\s,]+(?:tho|though|lol|lool|lmao|haha|hahaha|hehe|tbh|ngl|first|first of all|at first|to start with|to begin with|for a start|initially))+(?=[\s?!.]*$)/i;

/** Words that join a second question to the first ("and", "also"): no part of what it asks. */
const JOINING = /^(?:and|also|plus|n|&)\s+/i;

/**
 * The two questions of a message, when one of them asks what the guide covers only at its edges and the other asks
 * something else (knowledge/beyondGuide.ts); null for one question, or two that ask the same kind of thing beyond it.
 */
export function partsBeyond(deps: DialogDeps, text: string, last: FaqEntry | undefined): Array<{ part: string; beyond: BeyondAsked | null }> | null {
  const [first, second] = questionParts(text)[0] ?? [];
  if (!first || !second) return null;
  const parts = [first, second.replace(JOINING, '')];
  // A part that names a place and points back ("which certificate do I need? and is it accepted in Germany?") asks it
  // of what the other part names: read with that part's words.
  const read = parts.map((part, i) => ({
    part,
    beyond: beyondAsked(part, deps.kb, last) ?? (placeNamed(part, deps.kb) === 'elsewhere' ? beyondAsked(`${part} ${parts[1 - i]}`, deps.kb, last) : null),
  }));
  // A part that asks one thing and tells another ("is it stressful. i get paid in pounds"): what it tells belongs to
  // the other part when that part asks of it ("whats the pay like"), and this part asks only its question.
  for (const [i, one] of read.entries()) {
    const other = read[1 - i]!;
    const sentences = sentencesOf(one.part);
    const asking = sentences.filter((sentence) => clauseActOf(sentence) === 'asks');
    const told = sentences.filter((sentence) => clauseActOf(sentence) === 'tells');
    if (!one.beyond || other.beyond || asking.length === 0 || told.length === 0 || beyondAsked(asking.join(' '), deps.kb, last)) continue;
    const moved = beyondAsked(`${other.part} ${told.join(' ')}`, deps.kb, last);
    if (!moved) continue;
    read[1 - i] = { part: other.part, beyond: moved };
    read[i] = { part: asking.join(' '), beyond: null };
  }
  const kinds = read.map((one) => one.beyond?.kind);
  return kinds.some((kind) => kind !== undefined) && kinds[0] !== kinds[1] ? read : null;
}

/** A first part asking whether what the person has will do: "would my degree be enough", "does my associate's count". */
const WILL_IT_DO = /^(?:(?:so|and|but|ok|okay|well)\s+)*(?:would|will|is|are|does|do|could|can)\b.*\b(?:enough|count|counts|ok|okay|sufficient|fine|acceptable|cut it|work|do)\b/;
/** A qualification weighed in the first part: the second then asks of the same thing ("my degree", "an associate's"). */
const QUALIFICATION = /\b(?:degree|bachelor|bachelors|associate|associates|diploma|bsn|bsw|msn|msw|ba|bs|bsc|ma|ms|msc|mba|mph|qualification|qualifications|education|schooling|certificate)\b/;
/** A second part asking what more it would take: "would I need to go back to school", "do I have to study again". */
const OR_MORE_NEEDED = /^(?:would|will|do|does|must|should|could)?\s*(?:i|you|one|we)?\s*(?:need|have|got|must|be required)\b(?: to)?\s*(?:go back|return|study|retrain|get|do|take|start|finish|complete)?\b.*\b(?:again|school|college|university|uni|degree|bachelor(?: s)?|bachelors|masters?|master s|msn|msw|bsn|bsw|course|training|more|another|further|extra|new one)\b/;

/**
 * The second of two parts that is only the other side of the first ("Would my communications degree be enough to get
 * in, or would I need to go back to school?"): the answer to whether it is enough answers both, so the second part is
 * not answered again on its own (the route without a degree to someone who has one; tester ut34c, fa #4).
 */
export function otherSideOfTheFirst(text: string, parts: readonly [string, string]): boolean {
  const [first, second] = parts;
  const between = text.slice(text.indexOf(first) + first.length, text.indexOf(second, text.indexOf(first) + first.length));
  if (!/\bor\b/i.test(between)) return false;
  return WILL_IT_DO.test(normaliseText(first)) && QUALIFICATION.test(normaliseText(first)) && OR_MORE_NEEDED.test(normaliseText(second));
}
