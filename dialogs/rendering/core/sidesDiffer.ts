/**
 * A side by side only when the two sides differ: of two answers where one holds every figure of the other ("pay
 * starting out vs later": the entry-level pay and the whole pay ladder), the one that holds both is shown alone, never
 * the entry level twice in a double card (tester ut35c, P01 m7).
 */
import type { FaqEntry } from '../../../knowledge/schema';

/** A dollar figure or range ("$40,000–$60,000", "$130,000+") or a span of years ("0–2 years", "5+ years"). */
const FIGURE = /\$[\d,]+(?:\s*[–-]\s*\$[\d,]+)?\+?|\b\d+(?:\s*[–-]\s*\d+)?\+?\s+years?\b/g;

const figuresOf = (entry: FaqEntry): string[] => [...entry.answer.matchAll(FIGURE)].map((found) => found[0].replace(/\s+/g, ' ').replace(/-/g, '–'));

/** The one of two answers that holds every figure of the other, when the other gives some; null when both add their own. */
export function holdingBoth(a: FaqEntry, b: FaqEntry): FaqEntry | null {
  const [ofA, ofB] = [figuresOf(a), figuresOf(b)];
  const holds = (outer: readonly string[], inner: readonly string[]) => inner.length > 0 && inner.every((figure) => outer.includes(figure));
  if (holds(ofB, ofA) && ofB.length > ofA.length) return b;
  if (holds(ofA, ofB) && ofA.length > ofB.length) return a;
  return null;
}
