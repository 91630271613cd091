/**
 * The part of a two-part message a reply left (session 30, testers ut29a-c): "Am I too old and does banking count"
 * answered on banking alone, "is that chronic disease management, and what extra training would that take?" on the
 * training alone, "can i do this without a degree and how much would i make" on the pay alone. Read after the reply,
 * from the two questions the message asks (clauses.ts twoQuestionsAsked) and the entries the reply has shown: the part
 * the guide answers that the reply left, the part it never covers said plainly, and nothing when the reply answered both.
 * Pure: text in, reading out.
 */
import type { Answer } from '../../../knowledge/answerEngine';
import { ageAsked } from '../../../knowledge/beyondGuide';
import { titleNames } from './aspectInView';
import { clauseActOf, withoutOwnExample } from '../core/clauses';
import { POINTS_AT_THE_STORY } from '../questions/partsAsked';
import { normaliseText, STOP_WORDS } from '../../../knowledge/text';
import { normalise, stem } from '../core/textMatch';
import { sourceOfTheClaimAsked } from '../talk/sourceOfTheClaimAsked';

/** What the reply owes the part it left. */
export type PartLeft =
  /** A question of its own the guide answers: that answer, led by the person's words. */
  | { kind: 'answer'; part: string; answer: Answer }
  /** An age asked ("am I too old at 58"): the guide says nothing of age. */
  | { kind: 'age'; part: string }
  /** A question the guide does not cover: a plain note, never a silent drop. */
  | { kind: 'not-covered'; part: string };

/** A question of its own answered this surely, to be added to a reply that answered the other one. */
const OTHER_QUESTION_SCORE = 0.6;
/** "this" or "that" said of the career itself: "can i do this", "get into this", "this job". */
const THE_CAREER_POINTED = /\b(?:do|doing|into|for) (?:this|that)\b(?! (?:one|ones|stuff|thing|kind)\b)|\b(?:this|that) (?:job|career|role|field|line of work|profession|kind of work)\b/i;

/** How the engine reads one part: its answers. */
export type ReadPart = (part: string) => Answer[];

/** The one answer the engine gives a part this surely, else null. */
function sureAnswer(read: ReadPart, part: string): Answer | null {
  const all = read(part);
  const [one] = all;
  return all.length === 1 && one?.kind === 'answer' && one.entry && one.score >= OTHER_QUESTION_SCORE ? one : null;
}

/**
 * True when a short part points back at the story told before it ("would that count as related?"), not at the career
 * ("can i do this without a degree") and not naming what it asks of itself ("is that chronic disease management").
 */
export function pointsAtTheStory(part: string, read: ReadPart): boolean {
  if (!POINTS_AT_THE_STORY.test(part.trim()) || THE_CAREER_POINTED.test(part)) return false;
  const answer = sureAnswer(read, part);
  return !(answer?.entry && titleNames(answer.entry, part));
}

/** The answer a part reads as on its own words, or without the asker's own example ("like my GDC one"). */
function partAnswer(read: ReadPart, part: string): Answer | null {
  const own = sureAnswer(read, part);
  if (own) return own;
  const plain = withoutOwnExample(part);
  return plain === part ? null : sureAnswer(read, plain);
}

/** True when the engine reads a part as two answers or more, each of which the reply showed. */
const allShown = (answers: readonly Answer[], given: ReadonlySet<string>): boolean =>
  answers.length > 1 && answers.every((answer) => answer.kind === 'answer' && answer.entry !== null && given.has(answer.entry.id));

/** Worded as a question: a question mark, or a question's form ("is it", "how long"); not a remark beside one. */
const asks = (part: string): boolean => clauseActOf(part) === 'asks' && normalise(part).split(' ').length >= 3;

/** Words that say nothing of which part a reply answered: the career's own, and asking's. */
const SAYS_NOTHING_OF_THE_PART: ReadonlySet<string> = new Set(['care', 'manager', 'managers', 'management', 'job', 'work', 'would', 'could', 'need', 'get', 'like', 'much', 'many', 'make', 'really', 'actually', 'one', 'kind', 'sort']);

/** The words of substance of a text, stemmed. */
const wordsOf = (text: string): Set<string> => new Set(normaliseText(text).split(' ').filter((word) => word.length >= 3 && !STOP_WORDS.has(word) && !SAYS_NOTHING_OF_THE_PART.has(word)).map(stem));

/** True when the reply's own words (`shownText`) say a word of substance of the part: the reply answered it. */
const spokenOf = (part: string, shown: ReadonlySet<string>): boolean => [...wordsOf(part)].some((word) => shown.has(word));

/** True when a reply's words (`shownText`) speak of a part ("privacy rules" beside the confidentiality answer). */
export const spokenInReply = (part: string, shownText: string): boolean => spokenOf(part, wordsOf(shownText));

/**
 * What the reply owes the part it left of two questions asked one after the other, given the entries it has shown
 * (`given`) and their words (`shownText`), whether it has already said the guide speaks of no age, and the parts to
 * leave alone (`skip`: weighed against a job the guide never describes, said so elsewhere). Null when the reply answered both, or which part it
 * answered cannot be told.
 */
export function partLeft(parts: readonly [string, string], read: ReadPart, given: ReadonlySet<string>, saidOfAge: boolean, skip: (part: string) => boolean = () => false, shownText = ''): PartLeft | null {
  // "Where does it say that?" beside a question asks of the reply to it, which says what the guide says of it.
  const readings = parts.map((part) => (pointsAtTheStory(part, read) || skip(part) || sourceOfTheClaimAsked(part) ? { part, answer: null, pointer: true } : { part, answer: partAnswer(read, part), pointer: false }));
  const read2 = readings.flatMap((one) => (one.answer?.entry && !given.has(one.answer.entry.id) ? [{ part: one.part, answer: one.answer }] : []));
  // Both parts read as answers the reply has not shown ("could i get into this with no degree and what would i earn at
  // first", answered with the pay by level): the part the reply's own words speak of is the one it answered.
  const shown = wordsOf(shownText);
  const unanswered = read2.length === 2 && shownText !== '' ? read2.filter((one) => !spokenOf(one.part, shown)) : read2;
  const [only] = unanswered;
  if (unanswered.length === 1 && only) {
    // One part the reply left, and the other part not read as that same answer (the reply then answered the other).
    return readings.some((other) => other.answer !== only.answer && other.answer?.entry?.id === only.answer.entry?.id) ? null : { kind: 'answer', part: only.part, answer: only.answer };
  }
  if (unanswered.length > 0) return null;
  // An age asked beside a question the reply answered ("Am I too old to start, and would my banking count?"): the guide
  // says nothing of age, said plainly once.
  const aged = readings.filter((one) => !one.pointer && ageAsked(one.part));
  if (aged.length === 1 && !saidOfAge) return { kind: 'age', part: aged[0]!.part };
  // A question the guide does not cover beside one the reply answered from the guide: a plain note about it.
  // A part read as two answers the reply showed both of ("CMC or CCM - which first", answered side by side) was answered.
  const known = readings.filter((one) => (one.answer?.entry && given.has(one.answer.entry.id)) || (!one.pointer && allShown(read(one.part), given)));
  const left = readings.filter((one) => !one.pointer && !one.answer && !known.includes(one) && asks(one.part) && !ageAsked(one.part));
  return known.length === 1 && left.length === 1 ? { kind: 'not-covered', part: left[0]!.part } : null;
}
