import { z } from 'zod';

/**
 * The third view: a linear classifier (multinomial logistic regression) over a message's words, which learns which words
 * tell sibling entries apart ("what degree" is the fields of study, "do I need a degree" whether one is needed) where
 * the nearest phrasings vote by surface likeness. Its terms are the words as the engine reads them (normalised, spelled
 * right, question words kept, the lexicon's fillers left out), their pairs, and the lexicon's stems and stem pairs.
 */

/** The terms a text is classified on, each once: words, word pairs, stems and stem pairs. */
export function classifierTerms(words: readonly string[], stems: readonly string[]): string[] {
  const terms = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    terms.add(`w:${words[i]}`);
    if (i > 0) terms.add(`b:${words[i - 1]} ${words[i]}`);
  }
  for (let i = 0; i < stems.length; i++) {
    terms.add(`s:${stems[i]}`);
    if (i > 0) terms.add(`t:${stems[i - 1]} ${stems[i]}`);
  }
  return [...terms];
}

/** A fitted classifier: per term, the classes it moves and by how much; classes are entry ids, null for "decline". */
export interface ClassifierWeights {
  classes: ReadonlyArray<string | null>;
  bias: readonly number[];
  /** term -> [class index, weight, class index, weight, ...] */
  terms: ReadonlyMap<string, ArrayLike<number>>;
}

/** The probability of each class for a text's terms (softmax over the summed weights). */
export function classProbabilities(model: ClassifierWeights, terms: readonly string[]): Float64Array {
  const z = Float64Array.from(model.bias);
  for (const term of terms) {
    const row = model.terms.get(term);
    if (!row) continue;
    for (let k = 0; k < row.length; k += 2) z[row[k]!]! += row[k + 1]!;
  }
  softmaxInPlace(z);
  return z;
}

function softmaxInPlace(z: Float64Array | number[]): void {
  let max = -Infinity;
  for (const value of z) if (value > max) max = value;
  let sum = 0;
  for (let c = 0; c < z.length; c++) {
    z[c] = Math.exp(z[c]! - max);
    sum += z[c]!;
  }
  for (let c = 0; c < z.length; c++) z[c]! /= sum;
}

export interface TrainingExample {
  terms: readonly string[];
  /** Index into the classes. */
  label: number;
  weight?: number;
}

/** A 32-bit hash of a text (FNV-1a), mixed. */
function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix(h);
}

/** A 32-bit integer's bits spread (murmur3's finaliser), as an unsigned number. */
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A deterministic random number generator (mulberry32): the same fit and the same folds on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FitOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  seed?: number;
  /** Terms in fewer examples than this are left out. */
  minCount?: number;
  /** A class whose gradient for an example is smaller than this is not updated: most classes stay untouched by most terms. */
  gradientFloor?: number;
  /**
   * Each epoch's order from a hash of each example's own terms and label, instead of a shuffle of their positions: an
   * example added or left out then moves no other example's place, so a few new messages change the fit a little.
   */
  orderByExample?: boolean;
  /** Fits in this many orders (seeds), their weights averaged. */
  fits?: number;
}

/**
 * Fits the softmax by AdaGrad over shuffled examples with an L2 penalty; deterministic (a fixed shuffle, or an order
 * from each example's own hash: `orderByExample`), averaged over `fits` orders. Small enough
 * for a few thousand examples and a few dozen classes to fit in seconds.
 */
export function fitClassifier(classes: ReadonlyArray<string | null>, examples: readonly TrainingExample[], options: FitOptions = {}): ClassifierWeights {
  const fits = options.fits ?? 1;
  if (fits <= 1) return fitOnce(classes, examples, options);
  // Several fits in different orders, their weights averaged: a message near a boundary moves less with the data.
  const all = Array.from({ length: fits }, (_, k) => fitOnce(classes, examples, { ...options, seed: (options.seed ?? 20261204) + k }));
  const sums = new Map<string, Float64Array>();
  for (const fit of all) {
    for (const [term, row] of fit.terms) {
      let sum = sums.get(term);
      if (!sum) sums.set(term, (sum = new Float64Array(classes.length)));
      for (let k = 0; k < row.length; k += 2) sum[row[k]!]! += row[k + 1]! / fits;
    }
  }
  const terms = new Map<string, number[]>();
  for (const [term, sum] of sums) {
    const row: number[] = [];
    sum.forEach((w, c) => {
      if (Math.abs(w) >= 1e-3) row.push(c, w);
    });
    if (row.length > 0) terms.set(term, row);
  }
  return { classes, bias: classes.map((_, c) => all.reduce((total, fit) => total + fit.bias[c]! / fits, 0)), terms };
}

function fitOnce(classes: ReadonlyArray<string | null>, examples: readonly TrainingExample[], options: FitOptions): ClassifierWeights {
  const { epochs = 12, rate = 0.5, l2 = 1e-5, seed = 20261204, minCount = 1, gradientFloor = 0, orderByExample = false } = options;
  const C = classes.length;
  const counts = new Map<string, number>();
  for (const example of examples) for (const term of example.terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  const termIds = new Map<string, number>();
  const rows = examples.map((example) =>
    Int32Array.from(
      example.terms.filter((term) => counts.get(term)! >= minCount),
      (term) => {
        let id = termIds.get(term);
        if (id === undefined) {
          id = termIds.size;
          termIds.set(term, id);
        }
        return id;
      },
    ),
  );
  const W = new Float64Array(termIds.size * C);
  const G = new Float64Array(termIds.size * C).fill(1e-8);
  const bias = new Float64Array(C);
  const biasG = new Float64Array(C).fill(1e-8);
  const order = Array.from(examples.keys());
  const random = seededRandom(seed);
  const keys = orderByExample ? examples.map((example) => hashText(`${example.label} ${example.terms.join(' ')}`)) : [];
  const p = new Float64Array(C);
  for (let epoch = 0; epoch < epochs; epoch++) {
    if (orderByExample) {
      const place = keys.map((key) => mix(key ^ Math.imul(epoch + 1, 0x9e3779b1) ^ seed));
      order.sort((a, b) => place[a]! - place[b]! || a - b);
    } else {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
    }
    for (const e of order) {
      const row = rows[e]!;
      const { label, weight = 1 } = examples[e]!;
      for (let c = 0; c < C; c++) p[c] = bias[c]!;
      for (const t of row) for (let c = 0; c < C; c++) p[c]! += W[t * C + c]!;
      let max = -Infinity;
      for (let c = 0; c < C; c++) if (p[c]! > max) max = p[c]!;
      let sum = 0;
      for (let c = 0; c < C; c++) {
        p[c] = Math.exp(p[c]! - max);
        sum += p[c]!;
      }
      for (let c = 0; c < C; c++) {
        const g = weight * (p[c]! / sum - (c === label ? 1 : 0));
        if (Math.abs(g) < gradientFloor) continue;
        biasG[c]! += g * g;
        bias[c]! -= (rate * g) / Math.sqrt(biasG[c]!);
        for (const t of row) {
          const at = t * C + c;
          const gw = g + l2 * W[at]!;
          G[at]! += gw * gw;
          W[at]! -= (rate * gw) / Math.sqrt(G[at]!);
        }
      }
    }
  }
  const terms = new Map<string, number[]>();
  for (const [term, t] of termIds) {
    const row: number[] = [];
    for (let c = 0; c < C; c++) {
      const w = W[t * C + c]!;
      if (Math.abs(w) >= 1e-3) row.push(c, w);
    }
    if (row.length > 0) terms.set(term, row);
  }
  return { classes, bias: [...bias], terms };
}

/**
 * classifier.json as written by `npm run train-arbiter`: the classes (entry ids, null for "decline"), their biases, and
 * per term the classes it moves with the weights rounded, terms whose weights are all small left out.
 */
export const ClassifierFileSchema = z
  .object({
    about: z.string(),
    classes: z.array(z.string().nullable()).min(2),
    bias: z.array(z.number()),
    terms: z.array(z.string()),
    /** One row per term: class index, weight, class index, weight, ... */
    rows: z.array(z.array(z.number())),
    measured: z.record(z.string(), z.unknown()).optional(),
  })
  .strict()
  .refine((file) => file.bias.length === file.classes.length && file.rows.length === file.terms.length, { message: 'bias needs one number per class and rows one row per term' })
  .refine((file) => file.rows.every((row) => row.length % 2 === 0 && row.every((value, i) => i % 2 === 1 || (Number.isInteger(value) && value >= 0 && value < file.classes.length))), {
    message: 'each row must hold pairs of a class index and a weight',
  });
export type ClassifierFile = z.infer<typeof ClassifierFileSchema>;

export function weightsOf(file: ClassifierFile): ClassifierWeights {
  // Rows as typed arrays: the per-message sum then reads flat numbers (about a third of the time of plain arrays). Each
  // row is a view into one buffer for the whole model: a buffer of its own per row cost 150-200 bytes more each
  // (classifier.json and actModel.json hold 45,000 rows).
  const all = new Float64Array(file.rows.reduce((size, row) => size + row.length, 0));
  let at = 0;
  const rows = file.rows.map((row) => {
    all.set(row, at);
    at += row.length;
    return all.subarray(at - row.length, at);
  });
  return { classes: file.classes, bias: file.bias, terms: new Map(file.terms.map((term, i) => [term, rows[i]!])) };
}

/**
 * How the shipped classifier is fitted and kept (chosen with each source held out, npm run train-arbiter): terms in one
 * example only are left out, a class is not updated for an example it hardly competes for (a sparser model that also
 * generalised better: classifier alone 96.5% -> 97.1% answered right held out), and weights under 0.05 are dropped, the
 * rest kept to 3 decimals (about 240,000 weights, 2 MB, for the same held-out figures as the unpruned model).
 * Since session 13 each epoch's order comes from the examples themselves (`orderByExample`: leaving out 5 phrasings of
 * 7,848 changed 99 held-out readings of the others with a shuffle, 22 in example order) and three fits are averaged
 * (`fits: 3`: classifier alone held out 97.3% -> 98.1% answered right; knowledge/HISTORY.md, session 12).
 */
export const CLASSIFIER_FIT: Readonly<FitOptions> = Object.freeze({ minCount: 2, gradientFloor: 0.01, orderByExample: true, fits: 3 });
export const CLASSIFIER_PRUNE = 0.05;
export const CLASSIFIER_DIGITS = 3;

/** The weights as classifier.json keeps them, so held-out figures are those of what ships. */
export function pruneWeights(weights: ClassifierWeights): ClassifierWeights {
  return weightsOf(fileOf(weights, '', CLASSIFIER_PRUNE, CLASSIFIER_DIGITS));
}

/** The file for fitted weights: weights under `prune` left out, the rest rounded to `digits` decimals. */
export function fileOf(weights: ClassifierWeights, about: string, prune: number, digits: number, measured?: Record<string, unknown>): ClassifierFile {
  const round = (value: number) => Math.round(value * 10 ** digits) / 10 ** digits;
  const terms: string[] = [];
  const rows: number[][] = [];
  for (const [term, row] of [...weights.terms].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const kept: number[] = [];
    for (let k = 0; k < row.length; k += 2) if (Math.abs(row[k + 1]!) >= prune) kept.push(row[k]!, round(row[k + 1]!));
    if (kept.length === 0) continue;
    terms.push(term);
    rows.push(kept);
  }
  return { about, classes: [...weights.classes], bias: weights.bias.map(round), terms, rows, ...(measured ? { measured } : {}) };
}

/** The classifier's reading of a text: its likeliest entry (messages to decline aside) and each class's probability. */
export function classify(model: ClassifierWeights, terms: readonly string[]): Classified {
  const p = classProbabilities(model, terms);
  let top: string | null = null;
  let best = -1;
  model.classes.forEach((id, c) => {
    if (id !== null && p[c]! > best) {
      best = p[c]!;
      top = id;
    }
  });
  const indexOf = classIndex(model);
  return { top, probability: (id) => p[indexOf.get(id) ?? -1] ?? 0 };
}

/**
 * The classifier as the engine reads it: words and stems numbered, each term's weights in flat arrays, so a message's
 * terms are found by two numbers instead of a string built per term. The sums are those of `classProbabilities` over
 * `classifierTerms`: the same terms, each once, added in the same order.
 */
export interface CompiledClassifier {
  classify(words: readonly string[], stems: readonly string[]): Classified;
}

/** The classifier's probabilities for a text: its likeliest entry (messages to decline aside) and each class's share. */
export interface Classified {
  top: string | null;
  probability(id: string | null): number;
}

/** A reading by the compiled classifier. */
class ClassReading implements Classified {
  constructor(
    readonly top: string | null,
    private readonly p: readonly number[],
    private readonly indexOf: ReadonlyMap<string | null, number>,
  ) {}
  probability(id: string | null): number {
    return this.p[this.indexOf.get(id) ?? -1] ?? 0;
  }
}

/** Token ids and, per first token, the second tokens of its pairs (sorted) with their rows: a few numbers read per pair. */
interface TokenTable {
  ids: Map<string, number>;
  /** The row of each token's own term, -1 for none. */
  row: Int32Array;
  /** Token id -> where its pairs start in `second` and `pairRow` (up to the next token's start). */
  pairStart: Int32Array;
  second: Int32Array;
  pairRow: Int32Array;
}

function tokenTable(tokens: ReadonlyMap<string, number>, singles: ReadonlyArray<readonly [number, number]>, pairs: ReadonlyArray<readonly [number, number, number]>): TokenTable {
  const row = new Int32Array(tokens.size).fill(-1);
  for (const [id, r] of singles) row[id] = r;
  const sorted = [...pairs].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const pairStart = new Int32Array(tokens.size + 1);
  for (const [first] of sorted) pairStart[first + 1]! += 1;
  for (let id = 0; id < tokens.size; id++) pairStart[id + 1]! += pairStart[id]!;
  return { ids: new Map(tokens), row, pairStart, second: Int32Array.from(sorted, (pair) => pair[1]), pairRow: Int32Array.from(sorted, (pair) => pair[2]) };
}

/** The row of the pair (first, second), -1 for none. */
function pairRowOf(table: TokenTable, first: number, second: number): number {
  for (let k = table.pairStart[first]!, end = table.pairStart[first + 1]!; k < end; k++) {
    const other = table.second[k]!;
    if (other === second) return table.pairRow[k]!;
    if (other > second) break;
  }
  return -1;
}

/** Weights kept as thousandths (2 bytes, the class 1) when every weight is one: a quarter of the memory to read per message. */
const THOUSANDTHS = 1000;

export function compileClassifier(model: ClassifierWeights): CompiledClassifier {
  const words = new Map<string, number>();
  const stems = new Map<string, number>();
  const idOf = (ids: Map<string, number>, token: string) => {
    let id = ids.get(token);
    if (id === undefined) {
      id = ids.size;
      ids.set(token, id);
    }
    return id;
  };
  const wordSingles: Array<[number, number]> = [];
  const stemSingles: Array<[number, number]> = [];
  const wordPairs: Array<[number, number, number]> = [];
  const stemPairs: Array<[number, number, number]> = [];
  const rows: Array<ArrayLike<number>> = [];
  for (const [term, row] of model.terms) {
    const kind = term.slice(0, 2);
    const tokens = term.slice(2).split(' ');
    const pair = kind === 'b:' || kind === 't:';
    if ((kind !== 'w:' && kind !== 's:' && !pair) || tokens.length !== (pair ? 2 : 1)) throw new Error(`classifier term ${JSON.stringify(term)} is not w:word, b:word word, s:stem or t:stem stem`);
    const ids = kind === 'w:' || kind === 'b:' ? words : stems;
    const r = rows.length;
    rows.push(row);
    if (kind === 'w:') wordSingles.push([idOf(ids, tokens[0]!), r]);
    else if (kind === 's:') stemSingles.push([idOf(ids, tokens[0]!), r]);
    else (kind === 'b:' ? wordPairs : stemPairs).push([idOf(ids, tokens[0]!), idOf(ids, tokens[1]!), r]);
  }
  const wordTable = tokenTable(words, wordSingles, wordPairs);
  const stemTable = tokenTable(stems, stemSingles, stemPairs);
  const rowStart = new Int32Array(rows.length + 1);
  for (let r = 0; r < rows.length; r++) rowStart[r + 1] = rowStart[r]! + rows[r]!.length / 2;
  const size = rowStart[rows.length]!;
  // Thousandths when every weight is one (classifier.json's are): k / 1000 is the double nearest k thousandths, as the
  // weight read from the file is, so the sums are the same to the bit.
  const exact = model.classes.length <= 256 && rows.every((row) => {
    for (let k = 1; k < row.length; k += 2) if (Math.round(row[k]! * THOUSANDTHS) / THOUSANDTHS !== row[k] || Math.abs(row[k]! * THOUSANDTHS) > 32767) return false;
    return true;
  });
  const rowClass = exact ? new Uint8Array(size) : new Int32Array(size);
  const thousandths = exact ? new Int16Array(size) : null;
  const weights = exact ? null : new Float64Array(size);
  rows.forEach((row, r) => {
    for (let k = 0, at = rowStart[r]!; k < row.length; k += 2, at++) {
      rowClass[at] = row[k]!;
      if (thousandths) thousandths[at] = Math.round(row[k + 1]! * THOUSANDTHS);
      else weights![at] = row[k + 1]!;
    }
  });
  const indexOf = classIndex(model);
  const C = model.classes.length;
  const bias = [...model.bias];
  // A term found twice in a message counts once (as in classifierTerms): rows added are marked with the message's number.
  const addedIn = new Uint32Array(rows.length);
  let message = 0;
  const found = { rows: new Int32Array(64), count: 0 };
  /** The rows of a text's tokens and their neighbouring pairs, in the order classifierTerms names them, each once. */
  const findRows = (tokens: readonly string[], table: TokenTable) => {
    if (found.rows.length < found.count + 2 * tokens.length) {
      const grown = new Int32Array(2 * (found.count + 2 * tokens.length));
      grown.set(found.rows);
      found.rows = grown;
    }
    let previous = -1;
    for (let i = 0; i < tokens.length; i++) {
      const id = table.ids.get(tokens[i]!) ?? -1;
      if (id >= 0) {
        const r = table.row[id]!;
        if (r >= 0 && addedIn[r] !== message) {
          addedIn[r] = message;
          found.rows[found.count++] = r;
        }
        const pair = previous >= 0 ? pairRowOf(table, previous, id) : -1;
        if (pair >= 0 && addedIn[pair] !== message) {
          addedIn[pair] = message;
          found.rows[found.count++] = pair;
        }
      }
      previous = id;
    }
  };
  return {
    classify(wordsRead, stemsRead) {
      message = message === 0xffffffff ? 1 : message + 1;
      if (message === 1) addedIn.fill(0);
      found.count = 0;
      findRows(wordsRead, wordTable);
      findRows(stemsRead, stemTable);
      // A plain array: allocating a typed one costs more than the sums.
      const z = bias.slice();
      if (thousandths) sumThousandths(z, found.rows, found.count, rowStart, rowClass, thousandths);
      else sumRows(z, found.rows, found.count, rowStart, rowClass, weights!);
      softmaxInPlace(z);
      let top: string | null = null;
      let best = -1;
      for (let c = 0; c < C; c++) {
        const id = model.classes[c]!;
        if (id !== null && z[c]! > best) {
          best = z[c]!;
          top = id;
        }
      }
      return new ClassReading(top, z, indexOf);
    },
  };
}

/** Adds each found row's weights to its classes, row after row. */
function sumRows(z: number[], found: Int32Array, count: number, rowStart: Int32Array, rowClass: Uint8Array | Int32Array, rowWeight: Float64Array): void {
  for (let f = 0; f < count; f++) {
    const r = found[f]!;
    for (let k = rowStart[r]!, end = rowStart[r + 1]!; k < end; k++) z[rowClass[k]!]! += rowWeight[k]!;
  }
}

/** The same sums with the weights kept as thousandths. */
function sumThousandths(z: number[], found: Int32Array, count: number, rowStart: Int32Array, rowClass: Uint8Array | Int32Array, thousandths: Int16Array): void {
  for (let f = 0; f < count; f++) {
    const r = found[f]!;
    for (let k = rowStart[r]!, end = rowStart[r + 1]!; k < end; k++) z[rowClass[k]!]! += thousandths[k]! / THOUSANDTHS;
  }
}

const classIndexes = new WeakMap<ClassifierWeights, Map<string | null, number>>();
function classIndex(model: ClassifierWeights): Map<string | null, number> {
  let index = classIndexes.get(model);
  if (!index) {
    index = new Map(model.classes.map((id, c) => [id, c]));
    classIndexes.set(model, index);
  }
  return index;
}
