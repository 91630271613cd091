import { normaliseText } from './text';

/**
 * Nearest phrasings on characters: every phrasing (an entry's question, alternates and training phrasings, and the
 * messages to decline) is a bag of character 3- to 5-grams weighted by TF-IDF; a question's closest phrasings vote for
 * their entries. Characters carry what words miss: misspellings ("sallary", "manger"), run-together words, plurals and
 * word forms, without a list of synonyms tuned to anyone's test questions.
 */
export interface PhrasingVote {
  /** The entry id the closest phrasings point to, or null when they are messages to decline. */
  id: string | null;
  /** Cosine similarity of the single closest phrasing, in [0, 1]. */
  nearest: number;
  /** The winning id's share of the similarity of the closest phrasings, in [0, 1]: how much they agree. */
  agreement: number;
  /** Summed similarity per id among the closest phrasings (decline votes under the null key). */
  votes: ReadonlyMap<string | null, number>;
  /**
   * Each id's share of the similarity of a wider circle of closest phrasings (WIDE_VOTERS), in [0, 1]: steadier than the
   * closest few when an entry has many phrasings near the question but not the very nearest one.
   */
  wideShares: ReadonlyMap<string | null, number>;
}

export interface NearestPhrasings {
  vote(question: string): PhrasingVote;
}

export interface LabelledPhrasing {
  text: string;
  /** The entry it asks for, or null for a message to decline. */
  id: string | null;
}

const GRAM_SIZES = [3, 4, 5] as const;
/** How many of the closest phrasings vote. */
export const NEAREST_VOTERS = 5;
const VOTERS = NEAREST_VOTERS;
/** How many of the closest phrasings make up the wider circle whose shares rank and calibrate candidates. */
export const WIDE_VOTERS = 20;
/** Grams in more than this share of phrasings ("ing", " the") say almost nothing and cost the most: left out. */
const COMMON_GRAM_SHARE = 0.2;
/** At most this many of a question's grams are looked up (the heaviest). */
const QUERY_GRAMS = 256;
/** Letters, digits and the space each get a digit in base 38 (0 is left unused, so grams of different sizes never share a code). */
const GRAM_BASE = 38;

/** The text as the match sees it: normalised, letters and digits only, single spaces, padded so word edges count. */
function gramText(text: string): string {
  return ` ${normaliseText(text).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim()} `;
}

function digitOf(code: number): number {
  if (code === 32) return 1;
  if (code >= 48 && code <= 57) return code - 46;
  return code - 85;
}

/**
 * Each 3- to 5-gram of the text as an integer (its characters as digits in base 38: 38^5 fits in 31 bits), sorted, so
 * equal grams sit side by side: counting them needs no strings and no map.
 */
export function gramCodes(text: string): Int32Array {
  const padded = gramText(text);
  const digits = new Int32Array(padded.length);
  for (let i = 0; i < padded.length; i++) digits[i] = digitOf(padded.charCodeAt(i));
  let total = 0;
  for (const size of GRAM_SIZES) total += Math.max(0, padded.length - size + 1);
  const codes = new Int32Array(total);
  let k = 0;
  for (const size of GRAM_SIZES) {
    for (let i = 0; i + size <= padded.length; i++) {
      let code = 0;
      for (let j = size - 1; j >= 0; j--) code = code * GRAM_BASE + digits[i + j]!;
      codes[k++] = code;
    }
  }
  return codes.sort();
}

/** Calls `each(code, count)` once per distinct gram of sorted codes. */
function forEachGram(codes: Int32Array, each: (code: number, count: number) => void): void {
  for (let i = 0; i < codes.length; ) {
    const code = codes[i]!;
    let j = i + 1;
    while (j < codes.length && codes[j] === code) j++;
    each(code, j - i);
    i = j;
  }
}

export function createNearestPhrasings(phrasings: readonly LabelledPhrasing[]): NearestPhrasings {
  // Grams get small integer ids, and the postings are one flat array per field (offsets per gram): a few large typed
  // arrays instead of thousands of small ones keep the build well under the engine's budget.
  const gramIds = new Map<number, number>();
  const df: number[] = [];
  const docGrams: Int32Array[] = [];
  const docCounts: Uint16Array[] = [];
  for (const phrasing of phrasings) {
    const codes = gramCodes(phrasing.text);
    const grams: number[] = [];
    const tallies: number[] = [];
    forEachGram(codes, (code, count) => {
      let id = gramIds.get(code);
      if (id === undefined) {
        id = df.length;
        gramIds.set(code, id);
        df.push(0);
      }
      df[id]!++;
      grams.push(id);
      tallies.push(Math.min(count, 65535));
    });
    docGrams.push(Int32Array.from(grams));
    docCounts.push(Uint16Array.from(tallies));
  }
  const total = phrasings.length;
  const idf = new Float64Array(df.length);
  for (let id = 0; id < df.length; id++) if (df[id]! <= total * COMMON_GRAM_SHARE) idf[id] = Math.log(1 + total / df[id]!);

  const offsets = new Int32Array(df.length + 1);
  for (let id = 0; id < df.length; id++) offsets[id + 1] = offsets[id]! + (idf[id]! > 0 ? df[id]! : 0);
  // Phrasing numbers fit in 16 bits for up to 65,536 phrasings: half the memory read per posting.
  const postingDocs = total <= 0x10000 ? new Uint16Array(offsets[df.length]!) : new Int32Array(offsets[df.length]!);
  const postingWeights = new Float32Array(offsets[df.length]!);
  const filled = offsets.slice(0, df.length);
  for (let doc = 0; doc < total; doc++) {
    const grams = docGrams[doc]!;
    const tallies = docCounts[doc]!;
    let norm = 0;
    for (let k = 0; k < grams.length; k++) {
      const weight = (1 + Math.log(tallies[k]!)) * idf[grams[k]!]!;
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < grams.length; k++) {
      const id = grams[k]!;
      if (idf[id] === 0) continue;
      const at = filled[id]!++;
      postingDocs[at] = doc;
      postingWeights[at] = ((1 + Math.log(tallies[k]!)) * idf[id]!) / norm;
    }
  }

  const ids = phrasings.map((phrasing) => phrasing.id);
  const table = createGramTable(gramIds);
  // Per-message scratch, reused (vote never runs inside itself): a message's grams, their ids and weights, the
  // phrasings it touches and the closest kept so far, with no array or object made per gram or per phrasing.
  let scratch = createScratch(MAX_GRAM_TEXT);
  const index: PostingIndex = { offsets, postingDocs, postingWeights, scores: new Float64Array(total), touched: new Int32Array(total) };
  const { scores, touched } = index;
  const wideDocs = new Int32Array(WIDE_VOTERS);
  const wideScores = new Float64Array(WIDE_VOTERS);

  return {
    vote(question) {
      const normalised = normaliseText(question);
      if (normalised.length + 2 > scratch.capacity) scratch = createScratch(normalised.length + 2);
      const { queryIds, queryWeights } = scratch;
      const codeCount = sortedGramCodes(normalised, scratch);
      const codes = scratch.codes;
      let queryCount = 0;
      let norm = 0;
      // Each distinct gram once (the codes are sorted), in ascending code order as the index was built.
      for (let i = 0; i < codeCount; ) {
        const code = codes[i]!;
        let j = i + 1;
        while (j < codeCount && codes[j] === code) j++;
        const id = table.get(code);
        if (id >= 0 && idf[id]! > 0) {
          const weight = (1 + Math.log(j - i)) * idf[id]!;
          queryIds[queryCount] = id;
          queryWeights[queryCount++] = weight;
          norm += weight * weight;
        }
        i = j;
      }
      norm = Math.sqrt(norm) || 1;
      // A long message's rarest grams decide its neighbours; its common ones cost the most and move little: only the
      // QUERY_GRAMS heaviest are looked up (the norm still counts all, so a long message never looks closer than it is).
      const looked = queryCount > QUERY_GRAMS ? heaviest(queryWeights, queryCount, QUERY_GRAMS) : null;
      let touchedCount = 0;
      if (looked) {
        for (const q of looked) touchedCount = accumulate(index, queryIds[q]!, queryWeights[q]! / norm, touchedCount);
      } else {
        for (let q = 0; q < queryCount; q++) touchedCount = accumulate(index, queryIds[q]!, queryWeights[q]! / norm, touchedCount);
      }
      // The closest, kept in order (a later phrasing of an equal score after an earlier one) without sorting everything touched.
      let kept = 0;
      for (let t = 0; t < touchedCount; t++) {
        const doc = touched[t]!;
        const score = scores[doc]!;
        scores[doc] = 0;
        if (kept === WIDE_VOTERS && wideScores[WIDE_VOTERS - 1]! >= score) continue;
        let at = kept;
        while (at > 0 && wideScores[at - 1]! < score) at--;
        for (let k = kept === WIDE_VOTERS ? WIDE_VOTERS - 1 : kept; k > at; k--) {
          wideScores[k] = wideScores[k - 1]!;
          wideDocs[k] = wideDocs[k - 1]!;
        }
        wideScores[at] = score;
        wideDocs[at] = doc;
        if (kept < WIDE_VOTERS) kept++;
      }
      const votes = new Map<string | null, number>();
      let sum = 0;
      for (let k = 0; k < Math.min(kept, VOTERS); k++) {
        const id = ids[wideDocs[k]!]!;
        votes.set(id, (votes.get(id) ?? 0) + wideScores[k]!);
        sum += wideScores[k]!;
      }
      const wideShares = new Map<string | null, number>();
      let wideSum = 0;
      for (let k = 0; k < kept; k++) wideSum += wideScores[k]!;
      for (let k = 0; k < kept; k++) {
        const id = ids[wideDocs[k]!]!;
        wideShares.set(id, (wideShares.get(id) ?? 0) + wideScores[k]! / wideSum);
      }
      let id: string | null = null;
      let top = -1;
      for (const [candidate, score] of votes) {
        if (score > top) {
          top = score;
          id = candidate;
        }
      }
      return { id, nearest: Math.min(1, kept > 0 ? wideScores[0]! : 0), agreement: sum > 0 ? top / sum : 0, votes, wideShares };
    },
  };
}

interface PostingIndex {
  offsets: Int32Array;
  postingDocs: Uint16Array | Int32Array;
  postingWeights: Float32Array;
  /** Each phrasing's score so far for the message, and the phrasings scored, in the order first touched. */
  scores: Float64Array;
  touched: Int32Array;
}

/** Adds one gram's postings, `scaled` by the message's weight of it, to the scores; returns the count touched. */
function accumulate(index: PostingIndex, id: number, scaled: number, touchedCount: number): number {
  const { offsets, postingDocs, postingWeights, scores, touched } = index;
  let count = touchedCount;
  for (let at = offsets[id]!, end = offsets[id + 1]!; at < end; at++) {
    const doc = postingDocs[at]!;
    if (scores[doc] === 0) touched[count++] = doc;
    scores[doc] += scaled * postingWeights[at]!;
  }
  return count;
}

/** A message's text is at most this long once normalised (MAX_QUESTION_CHARS, padded): the scratch fits it. */
const MAX_GRAM_TEXT = 512;

interface Scratch {
  capacity: number;
  digits: Int32Array;
  codes: Int32Array;
  queryIds: Int32Array;
  queryWeights: Float64Array;
}

function createScratch(capacity: number): Scratch {
  const grams = GRAM_SIZES.length * capacity;
  return { capacity, digits: new Int32Array(capacity), codes: new Int32Array(grams), queryIds: new Int32Array(grams), queryWeights: new Float64Array(grams) };
}

/**
 * The grams of a normalised text, as `gramCodes` makes them, into the scratch's codes (sorted): the text's runs of
 * letters and digits, one space between them and one at each end, read in one pass with no string made.
 */
function sortedGramCodes(normalised: string, scratch: Scratch): number {
  const { digits, codes } = scratch;
  let length = 0;
  digits[length++] = 1;
  for (let i = 0; i < normalised.length; i++) {
    const c = normalised.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (letter) digits[length++] = digitOf(c);
    else if (digits[length - 1] !== 1) digits[length++] = 1;
  }
  if (digits[length - 1] !== 1) digits[length++] = 1;
  // A text with no letter or digit is "  " (two spaces), as gramText makes it.
  if (length === 1) digits[length++] = 1;
  let k = 0;
  for (const size of GRAM_SIZES) {
    for (let i = 0; i + size <= length; i++) {
      let code = 0;
      for (let j = size - 1; j >= 0; j--) code = code * GRAM_BASE + digits[i + j]!;
      codes[k++] = code;
    }
  }
  codes.subarray(0, k).sort();
  return k;
}

/** `sortedGramCodes` for one text, as a fresh array: for checking that the one-pass scan and `gramCodes` agree. */
export function scannedGramCodes(text: string): Int32Array {
  const normalised = normaliseText(text);
  const scratch = createScratch(normalised.length + 2);
  return scratch.codes.slice(0, sortedGramCodes(normalised, scratch));
}

/** The indices of the `count` heaviest weights, heaviest first (equal weights in their order). */
function heaviest(weights: Float64Array, length: number, count: number): number[] {
  const order: number[] = [];
  for (let q = 0; q < length; q++) order.push(q);
  return order.sort((a, b) => weights[b]! - weights[a]!).slice(0, count);
}

/** Gram code -> id, open addressing over typed arrays: a message's ~100 lookups without a Map's hashing. */
function createGramTable(ids: ReadonlyMap<number, number>): { get(code: number): number } {
  let size = 1;
  while (size < ids.size * 2) size <<= 1;
  const mask = size - 1;
  const keys = new Int32Array(size);
  const values = new Int32Array(size);
  const slot = (code: number) => Math.imul(code, 0x9e3779b1) >>> 0;
  for (const [code, id] of ids) {
    let at = slot(code) & mask;
    while (keys[at] !== 0) at = (at + 1) & mask;
    keys[at] = code;
    values[at] = id;
  }
  return {
    get(code) {
      for (let at = slot(code) & mask; ; at = (at + 1) & mask) {
        const key = keys[at]!;
        if (key === code) return values[at]!;
        if (key === 0) return -1;
      }
    },
  };
}
