/**
 * A learned choice, after the follow-up rules: is a question asked of the subject in view (the last answer), or of
 * what its own words name? "Which organisation actually awards it?" after the CCM, "Where would I do that?" after
 * volunteering, "Would mentoring come into that?" after continuing development: each is a complete sentence that the
 * engine places elsewhere on its words alone, while the person asks it of the answer just given. The phrase rules of
 * followUp.ts are fitted to the phrasings of the sets read and carried over poorly to new writers; this reads the same
 * kind of evidence as numbers (how surely the words alone land and where, whether the message read with the subject in
 * view lands on it, pointers, how much of the message the last answer's own texts say, whether the message names a
 * subject of its own) and lets a small boosted tree ensemble, fitted by `npm run train-stay` on the tuning
 * conversations and on the question sets' complete questions after other answers, weigh them.
 *
 * Taken only when the model is very sure (its threshold chosen holding one conversation set out at a time): the
 * question sets' complete questions must keep their own answers after every answer in view.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Answer, AnswerEngine } from '../../../knowledge/answerEngine';
import type { TurnEngine } from '../../../knowledge/turnEngine';
import { indexedAnswer, type FaqEntry, type KnowledgeBase } from '../../../knowledge/schema';
import { STOP_WORDS } from '../../../knowledge/text';
import { isPadding } from '../core/conversation';
import { namesTopic } from '../core/pipeline';
import { normalise, stem } from '../core/textMatch';

/** The evidence the model weighs, by name, each a number (most 0 or 1, scores in [0, 1]). */
export const STAY_FEATURES = [
  'aloneScore',
  'aloneAnyScore',
  'aloneAmbiguous',
  'aloneUnsure',
  'aloneDeclined',
  'outOfScope',
  'lastRanked',
  'lastRankedScore',
  'withTitle',
  'withQuestion',
  'withSubject',
  'subjectOverAlone',
  'aloneNear',
  'aloneNearScore',
  'aloneConfident',
  'thingPointer',
  'peoplePointer',
  'weakPointer',
  'placePointer',
  'opener',
  'anyPointer',
  'namesTopic',
  'namesCareer',
  'words',
  'contentWords',
  'noContent',
  'unknownShare',
  'saidByLast',
  'saidByAlone',
  'saidMoreByLast',
  'namesLastSubject',
  'namesAloneSubject',
  'lastIsThing',
] as const;
export type StayFeature = (typeof STAY_FEATURES)[number];

/** Where the fitted trees are kept (written by `npm run train-stay`). */
export const STAY_MODEL_FILE = join(__dirname, 'stayModel.json');

/** A split on one feature (at or below `at` goes left), or a leaf's value. */
export type StayTree = { feature: number; at: number; left: StayTree; right: StayTree } | { value: number };
const StayTreeSchema: z.ZodType<StayTree> = z.lazy(() => z.union([z.object({ feature: z.number().int().min(0), at: z.number(), left: StayTreeSchema, right: StayTreeSchema }).strict(), z.object({ value: z.number() }).strict()]));

export const StayModelFileSchema = z
  .object({
    about: z.string(),
    features: z.array(z.string()),
    rate: z.number().positive(),
    threshold: z.number().min(0).max(1),
    trees: z.array(StayTreeSchema),
    fingerprint: z.string(),
    measured: z.record(z.unknown()).optional(),
  })
  .strict();
export type StayModelFile = z.infer<typeof StayModelFileSchema>;

/** The model: the sum of its trees' leaves, times the rate, is the log-odds that the message asks of the subject in view. */
export interface StayModel {
  rate: number;
  threshold: number;
  trees: readonly StayTree[];
}

/** The value of the leaf a message's numbers reach in one tree. */
export function leafOf(tree: StayTree, values: ArrayLike<number>): number {
  let node = tree;
  while (!('value' in node)) node = values[node.feature]! <= node.at ? node.left : node.right;
  return node.value;
}

/** The probability the model gives that the message asks of the subject in view. */
export function stayProbability(model: StayModel, values: ArrayLike<number>): number {
  let sum = 0;
  for (const tree of model.trees) sum += leafOf(tree, values);
  return 1 / (1 + Math.exp(-model.rate * sum));
}

const textWords = new WeakMap<FaqEntry, ReadonlySet<string>>();

/** Every word an entry's own texts say (title, question, phrasings, answer, tags), stemmed. */
function wordsOf(entry: FaqEntry): ReadonlySet<string> {
  let words = textWords.get(entry);
  if (!words) {
    words = new Set([entry.title, entry.question, indexedAnswer(entry), ...entry.alternates, ...entry.tags].flatMap((text) => normalise(text).split(' ')).map(stem));
    textWords.set(entry, words);
  }
  return words;
}

const subjectWords = new WeakMap<FaqEntry, ReadonlySet<string>>();

/** The words that name an entry's subject: its title's and tags' words, stemmed, without stop words. */
function subjectOf(entry: FaqEntry): ReadonlySet<string> {
  let words = subjectWords.get(entry);
  if (!words) {
    words = new Set([entry.title, ...entry.tags].flatMap((text) => normalise(text).split(' ')).filter((word) => word && !STOP_WORDS.has(word)).map(stem));
    subjectWords.set(entry, words);
  }
  return words;
}

const guideWords = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

function allGuideWords(kb: KnowledgeBase): ReadonlySet<string> {
  let words = guideWords.get(kb);
  if (!words) {
    words = new Set(kb.faqs.flatMap((entry) => [...wordsOf(entry)]));
    guideWords.set(kb, words);
  }
  return words;
}

const related = (a: FaqEntry, b: FaqEntry) => a.related.includes(b.id) || b.related.includes(a.id);
const placed = (answer: Answer): FaqEntry | null => (answer.kind === 'answer' ? answer.entry : null);

/** A title that names a thing ("CCM certification", "Internships"), not a clause ("Where they work", "Is it stressful?"). */
const NAMES_A_THING = /^(?!(?:what|how|is|who|where|why|without|about|must|moving|keeping|working|keep)\b)(?!.*(?:\?|\b(?:it|they)\b))/i;
const THING_POINTER = /\b(?:them|those|these|its|that one|this one|one)\b/;
const PEOPLE_POINTER = /\b(?:they|their)\b/;
const WEAK_POINTER = /\b(?:it|that|this)\b/;
/** "there" as a place ("where would that be ... there"), not "is there", "there are". */
const PLACE_POINTER = /\bthere\b(?<!\b(?:is|are) there)(?! (?:is|are|s|was|were)\b)/;
const OPENER = /^(?:and|but|so|what about|how about|also)\b/;
const NAMES_THE_CAREER = /\b(?:care|case) (?:manag|coordinat)/;

/** The evidence for one message after one answer in view, in the order of STAY_FEATURES. */
export function stayFeatures(message: string, last: FaqEntry, engine: AnswerEngine, kb: KnowledgeBase): number[] {
  const text = normalise(message);
  const words = text.split(' ').filter(Boolean);
  const content = words.filter((word) => !STOP_WORDS.has(word) && !isPadding(word));
  const alone = engine.answer(message);
  const own = placed(alone);
  const ranked = alone.ranked ?? alone.alternatives;
  const at = ranked.findIndex((alternative) => alternative.id === last.id);
  const landsOnLast = (reading: string) => {
    const answer = engine.answer(reading);
    return placed(answer)?.id === last.id ? answer.score : 0;
  };
  const withTitle = landsOnLast(`${message} ${last.title.replace(/\?$/, '')}`);
  const withQuestion = landsOnLast(`${message} ${last.question.replace(/\?$/, '')}`);
  const share = (said: ReadonlySet<string>) => (content.length === 0 ? 0 : content.filter((word) => said.has(stem(word))).length / content.length);
  const names = (subject: ReadonlySet<string>) => (content.some((word) => subject.has(stem(word))) ? 1 : 0);
  const aloneScore = own ? alone.score : 0;
  const unsure = alone.declined === 'weak-match' || alone.declined === 'unknown-words';
  const near = own !== null && related(own, last);
  const pointers = [THING_POINTER, PEOPLE_POINTER, WEAK_POINTER, PLACE_POINTER].map((pointer) => (pointer.test(text) ? 1 : 0));
  const opener = OPENER.test(text) ? 1 : 0;
  const saidByLast = share(wordsOf(last));
  const saidByAlone = own ? share(wordsOf(own)) : 0;
  const known = allGuideWords(kb);
  const values: Record<StayFeature, number> = {
    aloneScore,
    aloneAnyScore: alone.score,
    aloneAmbiguous: alone.kind === 'ambiguous' ? 1 : 0,
    aloneUnsure: unsure ? 1 : 0,
    aloneDeclined: alone.declined !== undefined && !unsure ? 1 : 0,
    outOfScope: alone.kind === 'out-of-scope' ? 1 : 0,
    lastRanked: at >= 0 ? 1 / (1 + at) : 0,
    lastRankedScore: at >= 0 ? ranked[at]!.score : 0,
    withTitle,
    withQuestion,
    withSubject: Math.max(withTitle, withQuestion),
    subjectOverAlone: Math.max(withTitle, withQuestion) - aloneScore,
    aloneNear: near ? 1 : 0,
    aloneNearScore: near ? alone.score : 0,
    aloneConfident: own && alone.score >= 0.75 ? 1 : 0,
    thingPointer: pointers[0]!,
    peoplePointer: pointers[1]!,
    weakPointer: pointers[2]!,
    placePointer: pointers[3]!,
    opener,
    anyPointer: Math.max(opener, ...pointers),
    namesTopic: namesTopic(kb, message) ? 1 : 0,
    namesCareer: NAMES_THE_CAREER.test(text) ? 1 : 0,
    words: Math.min(words.length, 20) / 10,
    contentWords: Math.min(content.length, 10) / 5,
    noContent: content.length === 0 ? 1 : 0,
    unknownShare: content.length === 0 ? 0 : content.filter((word) => !known.has(stem(word))).length / content.length,
    saidByLast,
    saidByAlone,
    saidMoreByLast: saidByLast - saidByAlone,
    namesLastSubject: names(subjectOf(last)),
    namesAloneSubject: own ? names(subjectOf(own)) : 0,
    lastIsThing: NAMES_A_THING.test(last.title) ? 1 : 0,
  };
  return STAY_FEATURES.map((feature) => values[feature]);
}

/**
 * True when the message can be weighed at all: one question (two in one are read each on its own words), after an
 * answer that is not already the words' own.
 */
export function weighable(message: string, last: FaqEntry, engine: TurnEngine): boolean {
  if (engine.questionsIn(message) > 1) return false;
  return placed(engine.answer(message))?.id !== last.id;
}

let shipped: StayModel | null | undefined;
let override: StayModel | null | undefined;

/** The shipped model (read once from stayModel.json); null when the file is missing. */
export function stayModel(): StayModel | null {
  if (override !== undefined) return override;
  if (shipped === undefined) {
    let raw: string;
    try {
      raw = readFileSync(STAY_MODEL_FILE, 'utf8');
    } catch {
      return (shipped = null);
    }
    const parsed = StayModelFileSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) throw new Error(`${STAY_MODEL_FILE}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}; refit it with npm run train-stay`);
    if (parsed.data.features.join(',') !== STAY_FEATURES.join(',')) throw new Error(`${STAY_MODEL_FILE}: fitted on other features than stayInView.ts reads; refit it with npm run train-stay`);
    shipped = { rate: parsed.data.rate, threshold: parsed.data.threshold, trees: parsed.data.trees };
  }
  return shipped;
}

/** Reads with another model (or none) while `run` runs: fitting, and scoring a model fitted without a set. */
export function withStayModel<T>(model: StayModel | null, run: () => T): T {
  const before = override;
  override = model;
  try {
    return run();
  } finally {
    override = before;
  }
}

/** The last answer, when the model is sure the message asks of it rather than of what its own words name; else null. */
export function stayedInView(message: string, last: FaqEntry | undefined, engine: TurnEngine, kb: KnowledgeBase): FaqEntry | null {
  const model = stayModel();
  if (!model || !last || !weighable(message, last, engine)) return null;
  return stayProbability(model, stayFeatures(message, last, engine, kb)) > model.threshold ? last : null;
}
