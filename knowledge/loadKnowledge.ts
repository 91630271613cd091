import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { ArbiterModelSchema } from './arbiter';
import { ClassifierFileSchema, weightsOf } from './classifier';
import {
  CareersFileSchema,
  FaqFileSchema,
  LexiconSchema,
  OffTopicFileSchema,
  PhrasingsFileSchema,
  SpecialisationsFileSchema,
  StepsFileSchema,
  type EnglishWords,
  type KnowledgeBase,
} from './schema';

/** The content folder shipped with the project. */
export const DEFAULT_CONTENT_DIR = join(__dirname, 'content');

export const CONTENT_FILES = Object.freeze({
  faq: 'faq.yaml',
  steps: 'steps.yaml',
  specialisations: 'specialisations.yaml',
  careers: 'careers.yaml',
  lexicon: 'lexicon.yaml',
  offTopic: 'offTopic.yaml',
  phrasings: 'phrasings.yaml',
  arbiter: 'arbiter.json',
  classifier: 'classifier.json',
  english: 'english.txt',
});

export interface ContentProblem {
  file: string;
  /** The id of the entry the problem is in, when there is one. */
  entryId: string | null;
  /** Dotted path inside the file, e.g. entries.3.title */
  field: string;
  message: string;
}

export class KnowledgeLoadError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(
      `The knowledge base has ${problems.length} problem(s); fix them in the content files and start again:\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'KnowledgeLoadError';
  }
}

export function formatProblem(problem: ContentProblem): string {
  const entry = problem.entryId ? ` entry "${problem.entryId}"` : '';
  return `  - ${problem.file}${entry}, field ${problem.field || '(file)'}: ${problem.message}`;
}

/**
 * Reads and validates every content file, reporting all problems at once. `withArbiter: false` leaves arbiter.json
 * unread (kb.arbiter null): `npm run train-arbiter` writes that file, so it must load without it.
 */
export function loadKnowledge(contentDir: string = DEFAULT_CONTENT_DIR, { withArbiter = true }: { withArbiter?: boolean } = {}): KnowledgeBase {
  const problems: ContentProblem[] = [];
  const faq = readContent(contentDir, CONTENT_FILES.faq, FaqFileSchema, problems);
  const steps = readContent(contentDir, CONTENT_FILES.steps, StepsFileSchema, problems);
  const specialisations = readContent(contentDir, CONTENT_FILES.specialisations, SpecialisationsFileSchema, problems);
  const careers = readContent(contentDir, CONTENT_FILES.careers, CareersFileSchema, problems);
  const lexicon = readContent(contentDir, CONTENT_FILES.lexicon, LexiconSchema, problems);
  const offTopic = readContent(contentDir, CONTENT_FILES.offTopic, OffTopicFileSchema, problems);
  const phrasings = readContent(contentDir, CONTENT_FILES.phrasings, PhrasingsFileSchema, problems);
  // JSON is YAML, so the same reader names the line of a broken file.
  const arbiter = withArbiter ? readContent(contentDir, CONTENT_FILES.arbiter, ArbiterModelSchema, problems) : null;
  const classifier = withArbiter ? readJson(contentDir, CONTENT_FILES.classifier, ClassifierFileSchema, problems) : null;
  const english = englishWordsOf(contentDir, problems);
  if (!faq || !steps || !specialisations || !careers || !lexicon || !offTopic || !phrasings || !english || (withArbiter && (!arbiter || !classifier)) || problems.length > 0) {
    throw new KnowledgeLoadError(problems);
  }
  const faqById = new Map(faq.entries.map((entry) => [entry.id, entry]));
  problems.push(...crossReferenceProblems({ faqs: faq.entries, steps: steps.steps, specialisations: specialisations.specialisations, ...careers, faqById }));
  for (const id of Object.keys(phrasings.entries)) {
    if (!faqById.has(id)) problems.push({ file: CONTENT_FILES.phrasings, entryId: id, field: `entries.${id}`, message: `names an entry that faq.yaml does not have; use one of its ids` });
  }
  if (problems.length > 0) throw new KnowledgeLoadError(problems);
  return {
    faqs: faq.entries,
    steps: [...steps.steps].sort((a, b) => a.number - b.number),
    specialisations: specialisations.specialisations,
    ladder: [...careers.ladder].sort((a, b) => a.order - b.order),
    salaries: [...careers.salaries].sort((a, b) => a.order - b.order),
    lexicon,
    offTopic: offTopic.examples,
    phrasings: { entries: new Map(Object.entries(phrasings.entries)), offTopic: phrasings.offTopic },
    arbiter,
    classifier: classifier ? weightsOf(classifier) : null,
    english,
    faqById,
  };
}

/** Each folder's english.txt, read once: the knowledge base and the chat rules' spelling share the same sets. */
const englishByDir = new Map<string, EnglishWords>();

/** The everyday words and names of a content folder's english.txt (read once per folder); null with a problem noted when unreadable. */
export function englishWordsOf(dir: string = DEFAULT_CONTENT_DIR, problems: ContentProblem[] = []): EnglishWords | null {
  const known = englishByDir.get(dir);
  if (known) return known;
  const read = readEnglish(dir, problems);
  if (read) englishByDir.set(dir, read);
  return read;
}

/** english.txt: everyday words in lower case, names with a capital first, comment lines after "#". */
function readEnglish(dir: string, problems: ContentProblem[]): EnglishWords | null {
  let raw: string;
  try {
    raw = readFileSync(join(dir, CONTENT_FILES.english), 'utf8');
  } catch (error) {
    problems.push({ file: CONTENT_FILES.english, entryId: null, field: '', message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); run npx tsx scripts/english-words.ts to write it` });
    return null;
  }
  const words = new Set<string>();
  const names = new Set<string>();
  for (const line of raw.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    if (line === line.toLowerCase()) words.add(line);
    else names.add(line.toLowerCase());
  }
  return { words, names };
}

/** A large JSON file written by a script (the classifier's weights): parsed as JSON, which is many times faster than YAML. */
function readJson<S extends z.ZodTypeAny>(dir: string, file: string, schema: S, problems: ContentProblem[]): z.infer<S> | null {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (error) {
    problems.push({ file, entryId: null, field: '', message: `cannot be read as JSON (${(error as Error).message}); run npm run train-arbiter to write it again` });
    return null;
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues.slice(0, 5)) problems.push({ file, entryId: null, field: issue.path.join('.'), message: issue.message });
    return null;
  }
  return result.data;
}

function readContent<S extends z.ZodTypeAny>(
  dir: string,
  file: string,
  schema: S,
  problems: ContentProblem[],
): z.infer<S> | null {
  let raw: string;
  try {
    raw = readFileSync(join(dir, file), 'utf8');
  } catch (error) {
    problems.push({ file, entryId: null, field: '', message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); is the content folder ${dir} complete?` });
    return null;
  }
  const document = parseDocument(raw, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const where = error.linePos?.[0];
      problems.push({
        file,
        entryId: null,
        field: where ? `line ${where.line}, column ${where.col}` : '',
        message: `is not valid YAML: ${error.message.split('\n')[0]}`,
      });
    }
    return null;
  }
  const data: unknown = document.toJS();
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ file, entryId: entryIdAt(data, issue.path), field: issue.path.join('.'), message: issue.message });
    }
    return null;
  }
  return result.data;
}

/** Finds the id of the list item a zod issue points into, so an editor can search the file for it. */
function entryIdAt(data: unknown, path: ReadonlyArray<string | number>): string | null {
  let node: unknown = data;
  let found: string | null = null;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<string | number, unknown>)[key];
    if (node !== null && typeof node === 'object' && 'id' in node) {
      const id = (node as { id: unknown }).id;
      if (typeof id === 'string') found = id;
    }
  }
  return found;
}

type CrossReferenceInput = Omit<KnowledgeBase, 'lexicon' | 'offTopic' | 'phrasings' | 'arbiter' | 'classifier' | 'english'>;

function crossReferenceProblems(kb: CrossReferenceInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  kb.faqs.forEach((entry, index) => {
    if (seen.has(entry.id)) {
      problems.push({ file: CONTENT_FILES.faq, entryId: entry.id, field: `entries.${index}.id`, message: 'is used by another entry; ids must be unique' });
    }
    seen.add(entry.id);
    entry.related.forEach((relatedId, r) => {
      if (!kb.faqById.has(relatedId)) {
        problems.push({ file: CONTENT_FILES.faq, entryId: entry.id, field: `entries.${index}.related.${r}`, message: `names "${relatedId}", which is not an entry id` });
      } else if (relatedId === entry.id) {
        problems.push({ file: CONTENT_FILES.faq, entryId: entry.id, field: `entries.${index}.related.${r}`, message: 'names the entry itself' });
      }
    });
  });
  kb.steps.forEach((step, index) => {
    if (step.number !== index + 1) {
      problems.push({ file: CONTENT_FILES.steps, entryId: step.id, field: `steps.${index}.number`, message: `is ${step.number}, expected ${index + 1}: steps must be listed in order 1 to 10` });
    }
    step.related.forEach((relatedId, r) => {
      if (!kb.faqById.has(relatedId)) {
        problems.push({ file: CONTENT_FILES.steps, entryId: step.id, field: `steps.${index}.related.${r}`, message: `names "${relatedId}", which is not an FAQ entry id` });
      }
    });
  });
  kb.specialisations.forEach((spec, index) => {
    if (!kb.faqById.has(spec.faqId)) {
      problems.push({ file: CONTENT_FILES.specialisations, entryId: spec.id, field: `specialisations.${index}.faqId`, message: `names "${spec.faqId}", which is not an FAQ entry id` });
    }
  });
  if (new Set(kb.specialisations.map((spec) => spec.id)).size !== kb.specialisations.length) {
    problems.push({ file: CONTENT_FILES.specialisations, entryId: null, field: 'specialisations', message: 'lists a specialisation twice' });
  }
  kb.salaries.forEach((level, index) => {
    if (!kb.faqById.has(level.faqId)) {
      problems.push({ file: CONTENT_FILES.careers, entryId: level.id, field: `salaries.${index}.faqId`, message: `names "${level.faqId}", which is not an FAQ entry id` });
    }
  });
  return problems;
}
