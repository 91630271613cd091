/**
 * The editorial rules the content lint applies, as data: phrasings an editor struck out (each with why) and how a text's
 * first sentence and a messages module's strings are read.
 */

export interface BannedPhrasing {
  pattern: RegExp;
  why: string;
  /** Only in knowledge content: the bot's own messages may say it lacks an answer when that is what was asked. */
  contentOnly?: boolean;
}

const BRITISH = 'the product writes American English, as the guide does';

export const BANNED_PHRASINGS: readonly BannedPhrasing[] = [
  { pattern: /\bUS dollars\b/i, why: 'the guide prints "$" only: say "dollars"' },
  {
    pattern: /\b(?:vary|varies|differ|differs|change|changes)\b[^.]*\b(?:country|countries|state to state|place to place|from place|by (?:place|state|location|region))\b/i,
    why: 'the guide gives no rule of a country or place (pay, certifying bodies, privacy laws, licensing): it says only that a license depends on your location and the role',
  },
  { pattern: /\bI (?:don't|do not) have\b/i, why: 'an unasked disclaimer: answer what was asked, or say what the guide covers', contentOnly: true },
  { pattern: /\bharder route\b/i, why: 'the guide does not rank the routes' },
  { pattern: /\bclearly up\b/i, why: 'the guide says demand is expected to grow, no more' },
  { pattern: /\bheart of the job\b/i, why: 'filler the guide does not support' },
  { pattern: /\bcheck with (?:the )?(?:CCMC|NACCM|certifying body|licensing authority)\b/i, why: 'the guide sends nobody to the certifying bodies or a licensing authority' },
  { pattern: /\bwell-known\b/i, why: 'the guide does not rank the certifications or bodies it names' },
  { pattern: /\bmost care managers (?:have|hold)\b/i, why: 'the guide says what is typically required, not what most care managers hold' },
  { pattern: /\bruns through the whole job\b/i, why: 'filler the guide does not support' },
  { pattern: /\bsets the details\b/i, why: 'the guide does not say who sets the details' },
  { pattern: /\brenewal rules\b/i, why: 'the guide gives no renewal rules' },
  { pattern: /\bnot the same (?:thing )?as certification/i, why: 'the guide does not compare licenses and certifications' },
  { pattern: /\bmost\b[^.]*\bstandard business hours\b/i, why: 'the guide says hours "often" follow business hours' },
  { pattern: /\bready to learn\b/i, why: 'the guide asks for a deep understanding of healthcare systems' },
  { pattern: /\bfour common\b/i, why: 'the guide does not say which areas are common' },
  { pattern: /\bafter you graduate\b[^.]*\b(?:intern|volunteer)/i, why: 'the guide does not place interning after graduation' },
  { pattern: /\bthrough your degree\b/i, why: 'the guide builds these skills through work, volunteering and courses' },
  { pattern: /\bspecialis/i, why: BRITISH },
  { pattern: /\borganis(?:e|ed|es|ing|ation)/i, why: BRITISH },
  { pattern: /\b(?:prioritis|recognis|personalis|familiaris)/i, why: BRITISH },
  { pattern: /\bcentre/i, why: BRITISH },
  { pattern: /\bcounsell/i, why: BRITISH },
  { pattern: /\b(?:behaviour|colour|favour|honour|labour)/i, why: BRITISH },
  { pattern: /\bprogramme/i, why: BRITISH },
  { pattern: /\b(?:ageing|paediatric|licence|practise|judgement|whilst|fulfil|towards)\b/i, why: BRITISH },
];

/** The first sentence of a text: up to the first full stop, question mark or exclamation mark, or the end of its first line. */
export function firstSentence(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  const end = /[.!?](?=\s|$)/.exec(line);
  return end ? line.slice(0, end.index + 1) : line;
}

/**
 * Every string a messages module can show, with its path ("Messages.smallTalk.greeting"). Sentence builders are called
 * with "x" for each argument, which shows their fixed words.
 */
export function userVisibleStrings(modules: Record<string, unknown>): Array<{ where: string; text: string }> {
  const out: Array<{ where: string; text: string }> = [];
  const walk = (where: string, value: unknown): void => {
    if (typeof value === 'string') out.push({ where, text: value });
    else if (typeof value === 'function') {
      const args: string[] = Array.from({ length: value.length }, () => 'x');
      walk(where, (value as (...a: string[]) => unknown)(...args));
    } else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(`${where}.${key}`, inner);
  };
  for (const [name, value] of Object.entries(modules)) walk(name, value);
  return out;
}
