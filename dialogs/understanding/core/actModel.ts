/**
 * Conversation read by a small learned model, after the rules: a multinomial logistic regression (the knowledge core's
 * `fitClassifier`) over a message's words, word pairs, letter runs and shape, fitted by `npm run train-acts` on every
 * labelled message of the tuning chat and conversation sets (thanks, a complaint, asking for a person ... or a
 * question) with the training phrasings as questions. The rules are the high-precision first pass and stay; the model
 * reads what they leave as a question, and its reading is taken only when it is sure (pipeline.ts).
 *
 * Why a model: each new writer says the acts in words the phrase lists do not hold ("you explain things better than our
 * HR portal", "gotta go, patient just walked up to the desk"); a model of the words and their shape carries over to
 * writers it never saw (dialogs/HISTORY.md, session 14, holding one set out at a time).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classProbabilities, ClassifierFileSchema, weightsOf, type ClassifierWeights } from '../../../knowledge/classifier';
import { chatWords } from './conversation';

/** The class of messages that are not conversation: a question for the guide (or one to decline). */
export const QUESTION_CLASS = 'question';

/** Where the fitted weights are kept (written by `npm run train-acts`). */
export const ACT_MODEL_FILE = join(__dirname, 'actModel.json');

/** How sure the model must be, and how far ahead of the question class, for its reading to be taken. */
export const ACT_MODEL_THRESHOLDS = Object.freeze({ probability: 0.6, overQuestion: 0.3 });

/** The terms a message is classified on: its words, word pairs, the letter runs of each word, and its shape. */
export function actTerms(typed: string): string[] {
  const words = chatWords(typed);
  const terms = new Set<string>();
  const n = words.length;
  terms.add(`n:${n <= 3 ? n : n <= 6 ? 'few' : n <= 12 ? 'some' : 'many'}`);
  if (typed.includes('?')) terms.add('m:?');
  if (/!/.test(typed)) terms.add('m:!');
  if (n > 0) {
    terms.add(`f:${words[0]}`);
    terms.add(`l:${words[n - 1]}`);
  }
  for (let i = 0; i < n; i++) {
    const word = words[i]!;
    terms.add(`w:${word}`);
    if (i > 0) terms.add(`b:${words[i - 1]} ${word}`);
    const padded = `<${word}>`;
    for (let k = 0; k + 4 <= padded.length; k++) terms.add(`c:${padded.slice(k, k + 4)}`);
  }
  return [...terms];
}

/** A reading by the model: the likeliest class and its probability, and the question class's. */
export interface ActReading {
  label: string;
  probability: number;
  question: number;
}

export interface ActModel {
  read(typed: string): ActReading;
}

export function actModelOf(weights: ClassifierWeights): ActModel {
  const questionAt = weights.classes.indexOf(QUESTION_CLASS);
  return {
    read(typed) {
      const p = classProbabilities(weights, actTerms(typed));
      let best = 0;
      for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
      return { label: weights.classes[best] ?? QUESTION_CLASS, probability: p[best]!, question: questionAt >= 0 ? p[questionAt]! : 0 };
    },
  };
}

/** The model's reading when it is sure the message is an act (not a question), else null. */
export function sureAct(model: ActModel, typed: string): ActReading | null {
  const reading = model.read(typed);
  if (reading.label === QUESTION_CLASS) return null;
  if (reading.probability < ACT_MODEL_THRESHOLDS.probability || reading.probability - reading.question < ACT_MODEL_THRESHOLDS.overQuestion) return null;
  return reading;
}

let shipped: ActModel | null | undefined;
let override: ActModel | null | undefined;

/** The shipped model (read once from actModel.json); null when the file is missing. */
export function actModel(): ActModel | null {
  if (override !== undefined) return override;
  if (shipped === undefined) {
    let raw: string;
    try {
      raw = readFileSync(ACT_MODEL_FILE, 'utf8');
    } catch {
      return (shipped = null);
    }
    const parsed = ClassifierFileSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) throw new Error(`${ACT_MODEL_FILE}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}; refit it with npm run train-acts`);
    shipped = actModelOf(weightsOf(parsed.data));
  }
  return shipped;
}

/**
 * Reads with another model (or none, the rules alone) while `run` runs and until the promise it returns settles:
 * labelling the training messages by the rules, and scoring a model fitted without a set.
 */
export async function withActModel<T>(model: ActModel | null, run: () => T | Promise<T>): Promise<T> {
  const before = override;
  override = model;
  try {
    return await run();
  } finally {
    override = before;
  }
}
