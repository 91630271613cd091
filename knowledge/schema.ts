import { z } from 'zod';
import type { ArbiterModel } from './arbiter';
import type { ClassifierWeights } from './classifier';

/** Limits that content, cards and the linter share. Teams truncates button titles past 20 characters. */
export const CONTENT_LIMITS = Object.freeze({
  buttonTitle: 20,
  answerChars: 700,
  minAlternates: 5,
  maxRelated: 5,
});

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single dashes');
const text = z.string().trim().min(1, 'must not be empty');
const buttonTitle = text.max(CONTENT_LIMITS.buttonTitle, `must be at most ${CONTENT_LIMITS.buttonTitle} characters (the Teams button limit)`);
/** Where in the source guide a piece of content comes from, e.g. "Step 5: Acquire Certifications" (one of knowledge/guide's headings). */
const section = text;

export const FaqEntrySchema = z
  .object({
    id,
    title: buttonTitle,
    question: text,
    alternates: z.array(text).min(CONTENT_LIMITS.minAlternates, `needs at least ${CONTENT_LIMITS.minAlternates} alternate phrasings`),
    answer: text.max(CONTENT_LIMITS.answerChars, `must be at most ${CONTENT_LIMITS.answerChars} characters to stay chat-sized`),
    /**
     * Words the index reads that the reply does not show. A clause struck from \`answer\` because the guide does not
     * support it ("pay varies from country to country") stays here, word for word, so the answer engine reads the entry
     * exactly as before (see \`indexedAnswer\`): every score, reading and model fingerprint is unchanged. Never shown.
     */
    indexWords: text.optional(),
    tags: z.array(text).default([]),
    related: z.array(id).max(CONTENT_LIMITS.maxRelated).default([]),
    section,
  })
  .strict();
export type FaqEntry = z.infer<typeof FaqEntrySchema>;

/**
 * The text the answer engine indexes for an entry: the answer a person is shown, then the words the index reads that the
 * reply does not show (\`indexWords\`). Replies read \`entry.answer\`; only the index reads this.
 */
export function indexedAnswer(entry: Pick<FaqEntry, 'answer' | 'indexWords'>): string {
  return entry.indexWords === undefined ? entry.answer : `${entry.answer}\n${entry.indexWords}`;
}

export const FaqFileSchema = z.object({ entries: z.array(FaqEntrySchema).min(1) }).strict();

export const CareerStepSchema = z
  .object({
    number: z.number().int().min(1).max(10),
    id,
    title: text,
    shortTitle: buttonTitle,
    summary: text.max(400),
    todo: z.array(text).min(1),
    tips: z.array(text).default([]),
    /** Words the index reads that the step card does not show: struck from a tip, kept for the engine (as on an FAQ entry). */
    indexWords: text.optional(),
    /** Words people use for this step ("certification", "license"), for "skip to the certification step". */
    keywords: z.array(text).default([]),
    /** FAQ entries that go deeper on this step. */
    related: z.array(id).default([]),
    section,
  })
  .strict();
export type CareerStep = z.infer<typeof CareerStepSchema>;

export const StepsFileSchema = z.object({ steps: z.array(CareerStepSchema).length(10) }).strict();

export const SpecialisationIdSchema = z.enum(['geriatric', 'pediatric', 'psychiatric', 'chronic-disease']);
export type SpecialisationId = z.infer<typeof SpecialisationIdSchema>;

export const SpecialisationSchema = z
  .object({
    id: SpecialisationIdSchema,
    name: text,
    title: buttonTitle,
    serves: text,
    work: text,
    training: text,
    /** Words in a user's own answer that point to this specialisation ("older people", "kids", "diabetes"). */
    keywords: z.array(text).min(3),
    faqId: id,
    section,
  })
  .strict();
export type Specialisation = z.infer<typeof SpecialisationSchema>;

export const SpecialisationsFileSchema = z.object({ specialisations: z.array(SpecialisationSchema).length(4) }).strict();

export const CareerLevelSchema = z
  .object({
    id,
    order: z.number().int().min(1),
    title: text,
    summary: text,
    focus: z.array(text).default([]),
    section,
  })
  .strict();
export type CareerLevel = z.infer<typeof CareerLevelSchema>;

export const SalaryLevelSchema = z
  .object({
    id,
    order: z.number().int().min(1),
    title: text,
    shortTitle: buttonTitle,
    minUsd: z.number().int().positive(),
    maxUsd: z.number().int().positive(),
    /** The guide writes "+" after the top of the range ("$90,000 – $130,000+"). */
    openEnded: z.boolean().default(false),
    experience: text,
    needs: text,
    faqId: id,
    section,
  })
  .strict()
  .refine((level) => level.minUsd <= level.maxUsd, { message: 'minUsd must not be above maxUsd', path: ['minUsd'] });
export type SalaryLevel = z.infer<typeof SalaryLevelSchema>;

export const CareersFileSchema = z
  .object({
    ladder: z.array(CareerLevelSchema).min(3),
    salaries: z.array(SalaryLevelSchema).min(3),
  })
  .strict();

export const LexiconSchema = z
  .object({
    /** Each group: the first word is the canonical form; the others are rewritten to it before searching. */
    synonyms: z.array(z.array(text).min(2)),
    /** Abbreviations expanded before searching, e.g. CCM -> certified case manager. Keys are lower case. */
    abbreviations: z.record(z.string().regex(/^[a-z0-9]+$/), text),
    /** Other occupations and fields: a question about them is outside the topic ("how do I become a pilot"). */
    otherOccupations: z.array(text).min(1),
    /** The same, matched on the words as written, for jobs whose stem is a field the guide names (nurse, nursing). */
    otherOccupationsAsWritten: z.array(text).default([]),
    /** Words that show a question is about this topic (care management, the career, its settings). */
    topicWords: z.array(text).min(1),
    /**
     * What the guide has no facts about (costs and fees, per-state rules, other countries, benefits packages, medical
     * advice): a question asking for these gets an honest "not covered" instead of a near-miss answer.
     */
    notCovered: z.array(text).default([]),
    /** The same, matched on the words as written (stop words kept, no synonyms): "which university" is not "education". */
    notCoveredAsWritten: z.array(text).default([]),
    /** "my mum", "my husband": a question about someone in the user's life, not the career, ... */
    personalContext: z.array(text).default([]),
    /** ...is advice the bot does not give unless it also uses one of these career words ("become", "job", "degree"). */
    careerWords: z.array(text).default([]),
    /**
     * Words only another subject uses (programming, mathematics): a question naming one, and not this career, is about
     * that subject ("how do I center a div in css"). Matched as written, lower case.
     */
    otherSubjects: z.array(text).default([]),
    /**
     * Places beyond the countries (states, provinces, regions, short forms such as "nz"), which the engine knows by name:
     * pay, hiring, licences and rules asked of a place are not in the guide. Matched as written, lower case.
     */
    places: z.array(text).default([]),
    /** The guide's own country: its figures are in dollars, so a place here is no other place ("salary range in the US"). */
    homePlaces: z.array(text).default([]),
  })
  .strict();
export type Lexicon = z.infer<typeof LexiconSchema>;

/** Questions the bot must not answer with an entry: the "none of the above" examples. */
export const OffTopicFileSchema = z.object({ examples: z.array(text).min(1) }).strict();

/** Training phrasings: many more ways people ask for each entry, and messages to decline (phrasings.yaml). */
export const PhrasingsFileSchema = z
  .object({
    entries: z.record(z.string(), z.array(text).min(1)),
    offTopic: z.array(text).default([]),
  })
  .strict();
export type PhrasingsFile = z.infer<typeof PhrasingsFileSchema>;

/** The whole knowledge base once loaded and validated. */
export interface KnowledgeBase {
  faqs: readonly FaqEntry[];
  steps: readonly CareerStep[];
  specialisations: readonly Specialisation[];
  ladder: readonly CareerLevel[];
  salaries: readonly SalaryLevel[];
  lexicon: Lexicon;
  offTopic: readonly string[];
  /** Training phrasings per entry id, and more messages to decline, for the nearest-phrasing match. */
  phrasings: { entries: ReadonlyMap<string, readonly string[]>; offTopic: readonly string[] };
  /** The arbiter between the engine's words and the nearest phrasings (arbiter.json, written by npm run train-arbiter); null: none. */
  arbiter: ArbiterModel | null;
  /** The classifier's weights (classifier.json, written by npm run train-arbiter with the arbiter); null: none. */
  classifier: ClassifierWeights | null;
  /** A dictionary's everyday English words and proper names, lower case (english.txt, written by scripts/english-words.ts). */
  english: EnglishWords;
  faqById: ReadonlyMap<string, FaqEntry>;
}

/** Words of everyday English and names, to tell a name the guide never mentions from a word it never uses. */
export interface EnglishWords {
  words: ReadonlySet<string>;
  names: ReadonlySet<string>;
}
