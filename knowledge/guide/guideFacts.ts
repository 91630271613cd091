import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * What the project keeps from the source guide, so checks run on a clone with nothing beside it: its section headings,
 * its figures, the proper names it lists, and fingerprints (short hashes) of every run of RUN_WORDS words, never the
 * text itself. `scripts/guide-facts.ts <guide.txt>` regenerates both files from the guide.
 */
export const GUIDE_FACTS_DIR = __dirname;
export const GUIDE_FACTS_FILE = 'guide-facts.json';
export const RUN_FINGERPRINTS_FILE = 'run-fingerprints.txt';

/** Runs of this many words are fingerprinted; an answer sharing one with the guide copies it. */
export const RUN_WORDS = 10;
/** Hex characters kept from each SHA-256: 48 bits, so a chance match among ~4,500 runs is about 1 in 60 billion. */
const HASH_HEX = 12;
/** Stands in for a proper name, so a list of bodies' names is not taken for copied prose. */
const NAME_TOKEN = 'xname';

export const GuideSalarySchema = z
  .object({
    /** The heading above the figure in the guide's "Care Manager Salary" section. */
    heading: z.string().min(1),
    minUsd: z.number().int().positive(),
    maxUsd: z.number().int().positive(),
    openEnded: z.boolean(),
  })
  .strict();
export type GuideSalary = z.infer<typeof GuideSalarySchema>;

export const GuideFactsSchema = z
  .object({
    /** Short lines of the guide that title a part of it ("Step 5: Acquire Certifications", "Care Planning"). */
    headings: z.array(z.string().min(1)).min(10),
    /** Names of bodies and credentials, as the guide spells them; copying them is naming, not copying prose. */
    properNames: z.array(z.string().min(1)),
    salaries: z.array(GuideSalarySchema).min(1),
    /** Every span of years the guide gives ("four years", "0-2 years", "6 to 8 years"), lower case. */
    durations: z.array(z.string().min(1)),
  })
  .strict();
export type GuideFacts = z.infer<typeof GuideFactsSchema>;

export interface LoadedGuideFacts extends GuideFacts {
  /** Fingerprints of every RUN_WORDS-word run of the guide (see runFingerprint). */
  runFingerprints: ReadonlySet<string>;
}

const BRITISH_TO_AMERICAN: ReadonlyArray<[RegExp, string]> = [
  [/(\w{2})is(e|es|ed|ing|ation|ations|er|ers)$/, '$1iz$2'],
  [/(\w)ll(ing|ed|or|ors)$/, '$1l$2'],
  [/^centre(s|d)?$/, 'center$1'],
  [/^(behavi|col|fav|hon|lab)our(s|ed|ing)?$/, '$1or$2'],
];

/** Words as the fingerprints see them: lower case, letters and digits only, one spelling convention. */
export function fingerprintWords(text: string, properNames: readonly string[] = []): string[] {
  let plain = ` ${plainWords(text).join(' ')} `;
  // Longest names first, so "Certified Case Manager" inside a longer name is not replaced half-way.
  for (const name of [...properNames].sort((a, b) => b.length - a.length)) {
    const words = plainWords(name).join(' ');
    if (words.length > 0) plain = plain.split(` ${words} `).join(` ${NAME_TOKEN} `);
  }
  return plain.trim().split(' ').filter((word) => word.length > 0);
}

function plainWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc'`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => BRITISH_TO_AMERICAN.reduce((w, [pattern, replacement]) => w.replace(pattern, replacement), word));
}

export function runFingerprint(words: readonly string[]): string {
  return createHash('sha256').update(words.join(' ')).digest('hex').slice(0, HASH_HEX);
}

/** The sorted, distinct fingerprints of every RUN_WORDS-word run of a text. */
export function runFingerprints(text: string, properNames: readonly string[]): string[] {
  const words = fingerprintWords(text, properNames);
  const hashes = new Set<string>();
  for (let i = 0; i + RUN_WORDS <= words.length; i++) hashes.add(runFingerprint(words.slice(i, i + RUN_WORDS)));
  return [...hashes].sort();
}

/**
 * The longest stretches of `text` (at least `minWords` words, never fewer than RUN_WORDS) whose every RUN_WORDS-word run
 * is in the guide, as the words the fingerprints saw. Empty when the text is in its own words.
 */
export function copiedRuns(text: string, facts: LoadedGuideFacts, minWords: number = RUN_WORDS): string[] {
  const words = fingerprintWords(text, facts.properNames);
  const copied: string[] = [];
  let start = -1;
  let end = -1;
  const flush = (): void => {
    if (start >= 0 && end - start >= Math.max(minWords, RUN_WORDS)) copied.push(words.slice(start, end).join(' '));
    start = -1;
  };
  for (let i = 0; i + RUN_WORDS <= words.length; i++) {
    if (facts.runFingerprints.has(runFingerprint(words.slice(i, i + RUN_WORDS)))) {
      if (start < 0 || i > end - RUN_WORDS + 1) {
        flush();
        start = i;
      }
      end = i + RUN_WORDS;
    }
  }
  flush();
  return copied;
}

/** Reads the guide facts kept in the project. Throws naming the file and what to run when one is missing or malformed. */
export function loadGuideFacts(dir: string = GUIDE_FACTS_DIR): LoadedGuideFacts {
  const factsPath = join(dir, GUIDE_FACTS_FILE);
  const fingerprintsPath = join(dir, RUN_FINGERPRINTS_FILE);
  const regenerate = 'regenerate it with `npx tsx scripts/guide-facts.ts <path to care-manager-guide.txt>`';
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(factsPath, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the guide facts in ${factsPath} (${(error as Error).message}); ${regenerate}.`);
  }
  const parsed = GuideFactsSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new Error(`The guide facts in ${factsPath} are malformed (${problems.join('; ')}); ${regenerate}.`);
  }
  const lines = readFileSync(fingerprintsPath, 'utf8').split('\n').filter((line) => line.length > 0);
  const bad = lines.findIndex((line) => !new RegExp(`^[0-9a-f]{${HASH_HEX}}$`).test(line));
  if (bad >= 0) throw new Error(`${fingerprintsPath} line ${bad + 1} is not a ${HASH_HEX}-character hex fingerprint; ${regenerate}.`);
  return { ...parsed.data, runFingerprints: new Set(lines) };
}

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * Extracts the facts from the guide's text. `properNames` are the names to exempt from the no-copy check; each must
 * occur in the guide, so a typo cannot silently exempt nothing.
 */
export function extractGuideFacts(guide: string, properNames: readonly string[]): { facts: GuideFacts; fingerprints: string[] } {
  const lines = guide.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
  const headings = [...new Set(lines.filter((line) => line.length < 90 && !/[.!:]$/.test(line) && !line.startsWith('•')))];
  const missing = properNames.filter((name) => !guide.includes(name));
  if (missing.length > 0) throw new Error(`These proper names are not in the guide as written: ${missing.join(', ')}`);

  const salaries: GuideSalary[] = [];
  let heading = '';
  for (const line of lines) {
    const range = /\$([\d,]+)\s*[–-]\s*\$([\d,]+)(\+?)/.exec(line);
    if (range && /salary/i.test(line)) {
      salaries.push({
        heading,
        minUsd: Number(range[1]!.replace(/,/g, '')),
        maxUsd: Number(range[2]!.replace(/,/g, '')),
        openEnded: range[3] === '+',
      });
    } else if (headings.includes(line)) {
      heading = line;
    }
  }
  if (salaries.length === 0) throw new Error('Found no salary ranges ("Median Salary: $40,000 – $60,000") in the guide.');

  const number = `(?:\\d+(?:\\s*(?:-|–|to)\\s*\\d+|\\+)?|${NUMBER_WORDS.join('|')})`;
  const durations = [...new Set([...guide.toLowerCase().matchAll(new RegExp(`\\b${number}\\s+years\\b`, 'g'))].map((m) => m[0]))];

  return {
    facts: { headings, properNames: [...properNames], salaries, durations },
    fingerprints: runFingerprints(guide, properNames),
  };
}
