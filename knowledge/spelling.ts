/**
 * Typo correction against the knowledge base's own vocabulary, SymSpell style: every word's deletions are indexed once,
 * so a lookup costs a handful of map reads instead of a scan of the vocabulary.
 */
export interface SpellCorrector {
  /** The known word closest to `token`, the token itself when known, or null when nothing is close enough. */
  correct(token: string): string | null;
  has(token: string): boolean;
}

/** How many edits a token of this length may need: short words change meaning with one letter. */
export function maxEditsFor(length: number): number {
  if (length <= 2) return 0;
  if (length <= 7) return 1;
  return 2;
}

/** Up to this length a correction keeps the first letter. */
const SHORT_WORD = 5;

export function createSpellCorrector(frequencies: ReadonlyMap<string, number>): SpellCorrector {
  const deletesIndex = new Map<string, string[]>();
  for (const word of frequencies.keys()) {
    for (const variant of deletions(word, maxEditsFor(word.length))) {
      const bucket = deletesIndex.get(variant);
      if (bucket) bucket.push(word);
      else deletesIndex.set(variant, [word]);
    }
  }
  return {
    has: (token) => frequencies.has(token),
    correct(token) {
      if (frequencies.has(token)) return token;
      const maxEdits = maxEditsFor(token.length);
      if (maxEdits === 0) return null;
      let best: string | null = null;
      let bestDistance = maxEdits + 1;
      let bestFrequency = -1;
      for (const variant of deletions(token, maxEdits)) {
        const words = deletesIndex.get(variant);
        if (!words) continue;
        for (const word of words) {
          if (Math.abs(word.length - token.length) > maxEdits) continue;
          // A short word with another first letter is more often a real word the content lacks ("walk", "heard") than a typo.
          if (token.length <= SHORT_WORD && word[0] !== token[0]) continue;
          const distance = editDistance(token, word, bestDistance);
          const frequency = frequencies.get(word) ?? 0;
          if (distance < bestDistance || (distance === bestDistance && frequency > bestFrequency)) {
            best = word;
            bestDistance = distance;
            bestFrequency = frequency;
          }
        }
      }
      return bestDistance <= Math.min(maxEdits, maxEditsFor(best?.length ?? 0)) ? best : null;
    },
  };
}

/** The word itself and every string made by deleting up to `maxEdits` characters. */
function deletions(word: string, maxEdits: number): Set<string> {
  const result = new Set<string>([word]);
  let frontier = [word];
  for (let edit = 0; edit < maxEdits; edit++) {
    const next: string[] = [];
    for (const current of frontier) {
      for (let i = 0; i < current.length; i++) {
        const variant = current.slice(0, i) + current.slice(i + 1);
        if (!result.has(variant)) {
          result.add(variant);
          next.push(variant);
        }
      }
    }
    frontier = next;
  }
  return result;
}

/** The distance table, kept between calls up to this many cells (two 100-letter texts); larger ones are made for the call. */
const KEPT_CELLS = 101 * 101;
let table = new Int32Array(32 * 32);

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions: "lnog" -> "long" is one edit). */
export function editDistance(a: string, b: string, ceiling = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  // The distance is at least the difference in length: past the ceiling, that is answer enough.
  if (Math.abs(a.length - b.length) > ceiling) return Math.abs(a.length - b.length);
  const rows = a.length + 1;
  const cols = b.length + 1;
  // One table serves every call (each cell is written before it is read): no array made per word compared.
  if (table.length < rows * cols && rows * cols <= KEPT_CELLS) table = new Int32Array(KEPT_CELLS);
  const d = table.length >= rows * cols ? table : new Int32Array(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = value;
      if (value < rowMin) rowMin = value;
    }
    // Past the ceiling the distance can only grow; at or under it the value must be exact, since callers compare ties.
    if (rowMin > ceiling) return rowMin;
  }
  return d[rows * cols - 1]!;
}
