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
function gramCodes(text: string): Int32Array {
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
  const postingDocs = new Int32Array(offsets[df.length]!);
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
  const scores = new Float64Array(total);
  const touched = new Int32Array(total);

  return {
    vote(question) {
      let touchedCount = 0;
      const queryIds: number[] = [];
      const queryWeights: number[] = [];
      let norm = 0;
      forEachGram(gramCodes(question), (code, count) => {
        const id = gramIds.get(code);
        if (id === undefined || idf[id] === 0) return;
        const weight = (1 + Math.log(count)) * idf[id]!;
        queryIds.push(id);
        queryWeights.push(weight);
        norm += weight * weight;
      });
      norm = Math.sqrt(norm) || 1;
      // A long message's rarest grams decide its neighbours; its common ones cost the most and move little: only the
      // QUERY_GRAMS heaviest are looked up (the norm still counts all, so a long message never looks closer than it is).
      let order: number[] | null = null;
      if (queryIds.length > QUERY_GRAMS) order = queryIds.map((_, q) => q).sort((a, b) => queryWeights[b]! - queryWeights[a]!).slice(0, QUERY_GRAMS);
      const looked = order ?? queryIds.map((_, q) => q);
      for (const q of looked) {
        const id = queryIds[q]!;
        const scaled = queryWeights[q]! / norm;
        for (let at = offsets[id]!, end = offsets[id + 1]!; at < end; at++) {
          const doc = postingDocs[at]!;
          if (scores[doc] === 0) touched[touchedCount++] = doc;
          scores[doc] += scaled * postingWeights[at]!;
        }
      }
      // The closest, kept in order without sorting everything touched.
      const wide: Array<{ doc: number; score: number }> = [];
      for (let t = 0; t < touchedCount; t++) {
        const doc = touched[t]!;
        const score = scores[doc]!;
        scores[doc] = 0;
        if (wide.length === WIDE_VOTERS && wide[WIDE_VOTERS - 1]!.score >= score) continue;
        let at = wide.length;
        while (at > 0 && wide[at - 1]!.score < score) at--;
        wide.splice(at, 0, { doc, score });
        if (wide.length > WIDE_VOTERS) wide.pop();
      }
      const best = wide.slice(0, VOTERS);
      const votes = new Map<string | null, number>();
      let sum = 0;
      for (const { doc, score } of best) {
        votes.set(ids[doc]!, (votes.get(ids[doc]!) ?? 0) + score);
        sum += score;
      }
      const wideShares = new Map<string | null, number>();
      let wideSum = 0;
      for (const { score } of wide) wideSum += score;
      for (const { doc, score } of wide) wideShares.set(ids[doc]!, (wideShares.get(ids[doc]!) ?? 0) + score / wideSum);
      let id: string | null = null;
      let top = -1;
      for (const [candidate, score] of votes) {
        if (score > top) {
          top = score;
          id = candidate;
        }
      }
      return { id, nearest: Math.min(1, best[0]?.score ?? 0), agreement: sum > 0 ? top / sum : 0, votes, wideShares };
    },
  };
}
