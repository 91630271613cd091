import type { FaqEntry } from '../../../knowledge/schema';
import { answerUnits } from './listInView';
import { normalise } from '../core/textMatch';

/**
 * What a short form the answer in view spells out stands for (session 37, followupsAV): "what does the first one stand
 * for?" after the professional groups (the CMSA), "what's CCM short for?" after the certifications, "what does EHR
 * mean?" after the computer skills. The answer gives each name with its short form in brackets, so the name is said
 * back, not a line of its list picked by "first". Null when no short form of the answer is asked for.
 */

/** Asks what letters stand for. */
const STANDS_FOR = /\bstands? for\b|\bshort for\b|\b(?:acronyms?|abbreviations?|initials|letters)\b/;
/** "what does CMSA mean?": a meaning asked of a word. */
const MEANS = /\bwhat (?:does|do|is|s) (\w+) (?:mean|means|meaning)\b|\bwhat is the meaning of (\w+)\b/;
/** An order asked of the short forms ("the first one", "the second"). */
const ORDINALS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(?:first|1st)\b/, 0],
  [/\b(?:second|2nd|other)\b/, 1],
  [/\b(?:third|3rd)\b/, 2],
];
/** Small words a name may hold that its short form skips ("Society of America"). */
const SMALL = /^(?:of|for|and|the|in|on|to|a)$/i;

export interface ShortForm {
  short: string;
  name: string;
  /** The line of the answer that spells it out. */
  line: string;
}

/** The short forms an answer spells out: "Case Management Society of America (CMSA)", "electronic health records (EHR)". */
export function shortFormsOf(entry: FaqEntry): ShortForm[] {
  const found: ShortForm[] = [];
  for (const unit of answerUnits(entry)) {
    const inLine: Array<ShortForm & { at: number }> = [];
    const line = unit.replace(/\*\*/g, '');
    for (const match of line.matchAll(/\(([A-Z]{2,6})s?\)/g)) {
      const short = match[1] ?? '';
      const before = line.slice(0, match.index).trim().split(/\s+/);
      const name: string[] = [];
      let letters = short.length;
      for (let at = before.length - 1; at >= 0 && letters > 0; at -= 1) {
        const word = before[at] ?? '';
        name.unshift(word);
        if (SMALL.test(word)) continue;
        if (word.charAt(0).toUpperCase() !== short.charAt(letters - 1)) break;
        letters -= 1;
      }
      if (letters === 0 && !SMALL.test(name[0] ?? '')) inLine.push({ short, name: name.join(' '), line: unit, at: match.index - name.join(' ').length });
    }
    // The short form first, its name in brackets: "CCM (Certified Case Manager)".
    for (const match of line.matchAll(/\b([A-Z]{2,6}) \(([A-Z][^)]*)\)/g)) {
      const [, short = '', name = ''] = match;
      const initials = name.split(/\s+/).filter((word) => !SMALL.test(word)).map((word) => word.charAt(0).toUpperCase()).join('');
      if (initials === short) inLine.push({ short, name, line: unit, at: match.index });
    }
    // In the order the line says them ("the first one").
    found.push(...inLine.sort((a, b) => a.at - b.at).map(({ short, name, line: said }) => ({ short, name, line: said })));
  }
  return found;
}

/** The short form of the answer in view asked for; null when the message asks no such thing. */
export function acronymAsked(message: string, last: FaqEntry | undefined): ShortForm | null {
  if (!last) return null;
  const text = normalise(message);
  const meant = MEANS.exec(text);
  if (!STANDS_FOR.test(text) && !meant) return null;
  const forms = shortFormsOf(last);
  if (forms.length === 0) return null;
  const named = forms.find((form) => new RegExp(`\\b${form.short.toLowerCase()}s?\\b`).test(text));
  if (named) return named;
  // "what does it mean?" asks of the whole answer, not of letters.
  if (meant && !STANDS_FOR.test(text)) return null;
  const ordinal = ORDINALS.find(([word]) => word.test(text));
  if (ordinal) return forms[ordinal[1]] ?? null;
  return forms.length === 1 ? forms[0]! : null;
}
