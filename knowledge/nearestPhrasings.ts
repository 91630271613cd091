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
/** Grams in more than this share of phrasings ("ing", " the") say almost nothing and cost the most: left out. */
const COMMON_GRAM_SHARE = 0.2;

/** The text as the match sees it: normalised, letters and digits only, single spaces, padded so word edges count. */
function gramText(text: string): string {
  return ` ${normaliseText(text).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim()} `;
}

function countGrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const padded = gramText(text);
  for (const size of GRAM_SIZES) {
    for (let i = 0; i + size <= padded.length; i++) {
      const gram = padded.slice(i, i + size);
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
  }
  return counts;
}

export function createNearestPhrasings(phrasings: readonly LabelledPhrasing[]): NearestPhrasings {
  // Grams get small integer ids, and the postings are one flat array per field (offsets per gram): a few large typed
  // arrays instead of thousands of small ones keep the build well under the engine's budget.
  const gramIds = new Map<string, number>();
  const df: number[] = [];
  const docGrams: Int32Array[] = [];
  const docCounts: Uint16Array[] = [];
  for (const phrasing of phrasings) {
    const counts = countGrams(phrasing.text);
    const grams = new Int32Array(counts.size);
    const tallies = new Uint16Array(counts.size);
    let k = 0;
    for (const [gram, count] of counts) {
      let id = gramIds.get(gram);
      if (id === undefined) {
        id = df.length;
        gramIds.set(gram, id);
        df.push(0);
      }
      df[id]!++;
      grams[k] = id;
      tallies[k++] = Math.min(count, 65535);
    }
    docGrams.push(grams);
    docCounts.push(tallies);
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
      const counts = countGrams(question);
      const query: Array<[number, number]> = [];
      let norm = 0;
      for (const [gram, count] of counts) {
        const id = gramIds.get(gram);
        if (id === undefined || idf[id] === 0) continue;
        const weight = (1 + Math.log(count)) * idf[id]!;
        query.push([id, weight]);
        norm += weight * weight;
      }
      norm = Math.sqrt(norm) || 1;
      for (const [id, weight] of query) {
        const scaled = weight / norm;
        for (let at = offsets[id]!, end = offsets[id + 1]!; at < end; at++) {
          const doc = postingDocs[at]!;
          if (scores[doc] === 0) touched[touchedCount++] = doc;
          scores[doc] += scaled * postingWeights[at]!;
        }
      }
      // The few closest, kept in order without sorting everything touched.
      const best: Array<{ doc: number; score: number }> = [];
      for (let t = 0; t < touchedCount; t++) {
        const doc = touched[t]!;
        const score = scores[doc]!;
        scores[doc] = 0;
        if (best.length === VOTERS && best[VOTERS - 1]!.score >= score) continue;
        let at = best.length;
        while (at > 0 && best[at - 1]!.score < score) at--;
        best.splice(at, 0, { doc, score });
        if (best.length > VOTERS) best.pop();
      }
      const votes = new Map<string | null, number>();
      let sum = 0;
      for (const { doc, score } of best) {
        votes.set(ids[doc]!, (votes.get(ids[doc]!) ?? 0) + score);
        sum += score;
      }
      let id: string | null = null;
      let top = -1;
      for (const [candidate, score] of votes) {
        if (score > top) {
          top = score;
          id = candidate;
        }
      }
      return { id, nearest: Math.min(1, best[0]?.score ?? 0), agreement: sum > 0 ? top / sum : 0, votes };
    },
  };
}
