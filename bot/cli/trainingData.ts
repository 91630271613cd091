// The labelled messages the arbiter and the classifier are fitted on, shared by `npm run train-arbiter` and
// `npm run eval -- --held-out` (which refits the classifier without the set it scores).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { InspectableAnswerEngine } from '../../knowledge/answerEngine';
import type { Reading } from '../../knowledge/arbiter';
import { CLASSIFIER_FIT, fitClassifier, pruneWeights, type ClassifierWeights, type TrainingExample } from '../../knowledge/classifier';
import { loadLabelledSet } from '../../knowledge/evaluate';
import { PhrasingsFileSchema, type KnowledgeBase } from '../../knowledge/schema';
import { EVAL_SETS, type EvalSetName } from './evalSets';

const TRAINING_DIR = join(__dirname, '../../knowledge/training');
const TRAINING_FILES = ['phrasings-g.yaml', 'phrasings-h.yaml', 'phrasings-i.yaml', 'phrasings-j.yaml', 'phrasings-k.yaml', 'phrasings-l.yaml', 'phrasings-m.yaml', 'phrasings-n.yaml', 'phrasings-o.yaml', 'phrasings-p.yaml', 'phrasings-q.yaml', 'phrasings-r.yaml', 'phrasings-s.yaml', 'phrasings-t.yaml', 'phrasings-u.yaml', 'phrasings-v.yaml', 'phrasings-w.yaml', 'phrasings-x.yaml', 'phrasings-y.yaml', 'phrasings-z.yaml'];

/**
 * The labelled sets whose misses may be read (tests/eval: tuning, and blind sets once scored): training data for the
 * arbiter and the classifier. The rotating sets are never used.
 */
export const TRAINING_SETS: readonly EvalSetName[] = (Object.keys(EVAL_SETS) as EvalSetName[]).filter((name) => EVAL_SETS[name].role === 'tuning' || EVAL_SETS[name].role === 'blind');

export interface LabelledMessage {
  text: string;
  /** The entry the (first) question asks for, or null for a message to decline. */
  id: string | null;
  /** A second entry that also answers the first part right (a labelled set's `also`, for a comparison's first side). */
  also?: string;
  /** The file it comes from: cross-validation holds out one source at a time. */
  source: string;
}

/** knowledge/training/'s phrasings alone (questions, and messages to decline), with the file each comes from. */
export function loadTrainingPhrasings(): LabelledMessage[] {
  return TRAINING_FILES.flatMap((file) => {
    const parsed = PhrasingsFileSchema.safeParse(parse(readFileSync(join(TRAINING_DIR, file), 'utf8')));
    if (!parsed.success) throw new Error(`${join(TRAINING_DIR, file)}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}; expected { entries: { id: [messages] }, offTopic: [messages] }`);
    const source = file.replace(/\.yaml$/, '');
    return [
      ...Object.entries(parsed.data.entries).flatMap(([id, texts]) => texts.map((text): LabelledMessage => ({ text, id, source }))),
      ...parsed.data.offTopic.map((text): LabelledMessage => ({ text, id: null, source })),
    ];
  });
}

/** knowledge/training/ and the training sets, without the messages the index holds word for word (they are not unseen). */
export function loadLabelledMessages(kb: KnowledgeBase): { all: LabelledMessage[]; unseen: LabelledMessage[] } {
  const training = loadTrainingPhrasings();
  const sets = TRAINING_SETS.flatMap((name) =>
    loadLabelledSet(EVAL_SETS[name].file, kb).map((item): LabelledMessage => ({ text: item.q, id: item.id, ...(item.also ? { also: item.also } : {}), source: name })),
  );
  const all = [...training, ...sets];
  const indexed = new Set(indexTexts(kb).map(({ text }) => text.trim().toLowerCase()));
  return { all, unseen: all.filter((item) => !indexed.has(item.text.trim().toLowerCase())) };
}

/** Every way of asking the index holds, with its entry (null: a message to decline). */
function indexTexts(kb: KnowledgeBase): Array<{ text: string; id: string | null }> {
  return [
    ...kb.faqs.flatMap((entry) => [entry.question, ...entry.alternates, ...(kb.phrasings.entries.get(entry.id) ?? [])].map((text) => ({ text, id: entry.id }))),
    ...[...kb.offTopic, ...kb.phrasings.offTopic].map((text) => ({ text, id: null })),
  ];
}

export interface ClassifierData {
  classes: Array<string | null>;
  /** The index's phrasings and messages to decline. */
  index: TrainingExample[];
  /** One per message, in order: the first part's terms, labelled with the entry that part asks for. */
  messages: TrainingExample[];
}

/**
 * The entry a message's first part asks for. A two-part label names its two entries in either order ("working for a
 * hospital vs going independent as a care manager" is labelled independent practice, then where they work), so where
 * the engine reads the message as two parts and its words place the first part as the second label's entry, or the
 * second part as the first label's, the first part is the second label's: learning "working for a hospital" as
 * independent practice taught the classifier to misread both halves of every such comparison.
 */
export function firstPartLabel(item: LabelledMessage, parts: readonly Reading[]): string | null {
  if (!item.also || item.also === item.id || parts.length < 2) return item.id;
  const [first, second] = parts.map((part) => part.answer.entry?.id);
  return first === item.also || (second === item.id && first !== item.id) ? item.also : item.id;
}

/** The classifier's examples; `parts` is each message's parts as the engine alone reads them (the first is learned). */
export function classifierData(kb: KnowledgeBase, engine: InspectableAnswerEngine, items: readonly LabelledMessage[], parts: ReadonlyArray<readonly Reading[]>): ClassifierData {
  const classes: Array<string | null> = [...kb.faqs.map((entry) => entry.id), null];
  const classOf = new Map(classes.map((id, c) => [id, c]));
  return {
    classes,
    index: indexTexts(kb).map(({ text, id }) => ({ terms: engine.termsOf(text), label: classOf.get(id)! })),
    messages: items.map((item, k) => ({ terms: engine.termsOf(parts[k]![0]!.answer.question), label: classOf.get(firstPartLabel(item, parts[k]!))! })),
  };
}

/** The classifier fitted on the index and the messages `keep` allows, pruned as classifier.json keeps it. */
export function fitOn(data: ClassifierData, items: readonly LabelledMessage[], keep: (item: LabelledMessage) => boolean): ClassifierWeights {
  const examples = [...data.index, ...items.flatMap((item, k) => (keep(item) ? [data.messages[k]!] : []))];
  return pruneWeights(fitClassifier(data.classes, examples, CLASSIFIER_FIT));
}
