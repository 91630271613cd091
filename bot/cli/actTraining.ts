// What the conversation model (dialogs/understanding/core/actModel.ts) is fitted on and how, shared by `npm run train-acts`
// and the test that fails when the committed actModel.json is not the fit of today's data
// (tests/bot/cli/actTraining.test.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { mainAct } from '../../dialogs/respond';
import { actModelOf, actTerms, QUESTION_CLASS, withActModel, type ActModel } from '../../dialogs/understanding/core/actModel';
import { CHAT_ACTS, type ChatAct } from '../../dialogs/understanding/core/conversation';
import { AT_ROOT, understand } from '../../dialogs/understanding/core/pipeline';
import { classProbabilities, CLASSIFIER_FIT, fileOf, fitClassifier, weightsOf, type ClassifierFile, type ClassifierWeights, type FitOptions } from '../../knowledge/classifier';
import { loadLabelledSet } from '../../knowledge/evaluate';
import type { KnowledgeBase } from '../../knowledge/schema';
import { ACT_LABEL, loadChatSet } from './chatEval';
import { loadDialogSet } from './dialogEval';
import { CHAT_EVAL_SETS, DIALOG_EVAL_SETS, EVAL_SETS, type ChatEvalSetName } from './evalSets';
import { loadTrainingPhrasings, TRAINING_SETS } from './trainingData';

export interface ActExample {
  text: string;
  label: string;
  source: string;
}

/** The acts scored as each label (about-bot is four acts, a decline may be one the bot cannot do). */
const ACTS_OF_LABEL = new Map<string, ChatAct[]>();
for (const act of CHAT_ACTS) ACTS_OF_LABEL.set(ACT_LABEL[act], [...(ACTS_OF_LABEL.get(ACT_LABEL[act]) ?? []), act]);
const ABOUT_THE_BOT: ReadonlySet<ChatAct> = new Set(ACTS_OF_LABEL.get('about-bot'));

/**
 * The class a labelled message is fitted as: its act; for a question about the bot, which one as the rules read it
 * (where the answers come from, when they do not say); a message to decline is a question, unless the rules read it as
 * something the bot cannot do. Remarks are one class, whichever of them the rules read; the walk's moves are left out
 * (null).
 */
function classOf(label: string, text: string, kb: KnowledgeBase): string | null {
  if (label === 'question') return QUESTION_CLASS;
  if (label === 'remark') return 'remark';
  if (label === 'next' || label === 'back') return null;
  const acts = ACTS_OF_LABEL.get(label) ?? [];
  if (acts.length === 1 && label !== 'decline') return acts[0]!;
  if (label === 'about-bot' || label === 'decline') {
    const meaning = understand(text, AT_ROOT, kb);
    const ruled = meaning.kind === 'chat' ? mainAct(meaning.acts) : null;
    if (label === 'decline') return ruled === 'cannotDo' ? 'cannotDo' : QUESTION_CLASS;
    return ruled && ABOUT_THE_BOT.has(ruled) ? ruled : 'aboutSource';
  }
  return label;
}

/** Messages written for acts the labelled sets hold few of (dialogs/understanding/core/actExamples.yaml), by act. */
const ACT_EXAMPLES_FILE = join(__dirname, '../../dialogs/understanding/core/actExamples.yaml');
/** The acts, and the commands a message may ask for in words ("I need some help please"), as the labelled sets name them. */
const EXAMPLE_CLASSES = [...CHAT_ACTS, 'help', QUESTION_CLASS] as const;
const ActExamplesSchema = z.record(z.enum(EXAMPLE_CLASSES), z.array(z.string().min(1)));

function loadActExamples(): z.infer<typeof ActExamplesSchema> {
  const parsed = ActExamplesSchema.safeParse(parse(readFileSync(ACT_EXAMPLES_FILE, 'utf8')));
  if (!parsed.success) throw new Error(`${ACT_EXAMPLES_FILE}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}; expected { act: [messages] }`);
  return parsed.data;
}

export const tuningChatSets = (Object.keys(CHAT_EVAL_SETS) as ChatEvalSetName[]).filter((name) => CHAT_EVAL_SETS[name].role === 'tuning');
export const tuningDialogSets = (Object.keys(DIALOG_EVAL_SETS) as Array<keyof typeof DIALOG_EVAL_SETS>).filter((name) => DIALOG_EVAL_SETS[name].role === 'tuning');

/** Every labelled message the model is fitted on, read with the rules alone. The rotating sets are never read. */
export async function actExamplesOf(kb: KnowledgeBase): Promise<ActExample[]> {
  return withActModel(null, () => {
    const examples: ActExample[] = [];
    const add = (text: string, label: string, source: string) => {
      const cls = classOf(label, text, kb);
      if (cls) examples.push({ text, label: cls, source });
    };
    for (const name of tuningChatSets) for (const item of loadChatSet(CHAT_EVAL_SETS[name].file, kb)) add(item.say, item.expect, name);
    // A question later in a conversation may lean on the answer before it ("weekends", "the first one", "in the uk"):
    // read alone, as this model reads, it is a statement taught to be a question. The question sets and phrasings
    // teach what a question is; a conversation's later turns teach only its acts.
    for (const name of tuningDialogSets) {
      for (const conversation of loadDialogSet(DIALOG_EVAL_SETS[name].file, kb)) {
        conversation.turns.forEach((turn, index) => {
          if (index === 0 || turn.expect !== 'question') add(turn.say, turn.expect, name);
        });
      }
    }
    for (const [act, messages] of Object.entries(loadActExamples())) for (const text of messages) examples.push({ text, label: act, source: 'actExamples' });
    for (const message of loadTrainingPhrasings()) examples.push({ text: message.text, label: QUESTION_CLASS, source: message.source });
    // The question sets' messages, in scope and out of it: what is not conversation, in the words of many writers.
    for (const name of TRAINING_SETS) for (const item of loadLabelledSet(EVAL_SETS[name].file, kb)) examples.push({ text: item.q, label: QUESTION_CLASS, source: name });
    return examples;
  });
}

/** The fit's options: the engine classifier's. */
export const ACT_FIT: Readonly<FitOptions> = CLASSIFIER_FIT;

/**
 * The fitted weights are divided by this before they are kept, so the model's probabilities say how often it is right
 * (temperature scaling; chosen by `npm run train-acts -- --calibrate` as the least loss of every labelled message read
 * by a model fitted without its set).
 */
export const ACT_TEMPERATURE = 1.56;

const PRUNE = 0.02;
const DIGITS = 3;
const ABOUT = 'Conversation model (dialogs/understanding/core/actModel.ts), written by npm run train-acts: do not edit by hand.';

export function fitActs(examples: readonly ActExample[], options: Readonly<FitOptions> = ACT_FIT): ClassifierWeights {
  const classes = [QUESTION_CLASS, ...[...new Set(examples.map((example) => example.label))].filter((label) => label !== QUESTION_CLASS).sort()];
  const index = new Map(classes.map((label, c) => [label, c]));
  return fitClassifier(
    classes,
    examples.map((example) => ({ terms: actTerms(example.text), label: index.get(example.label)! })),
    options,
  );
}

/** Weights with every one divided by a temperature: the same likeliest class, probabilities spread or sharpened. */
function atTemperature(weights: ClassifierWeights, temperature: number): ClassifierWeights {
  const terms = new Map<string, number[]>();
  for (const [term, row] of weights.terms) terms.set(term, Array.from(row, (value, k) => (k % 2 === 0 ? value : value / temperature)));
  return { classes: weights.classes, bias: weights.bias.map((value) => value / temperature), terms };
}

/** The file for fitted weights, at `temperature`: small weights (before the temperature) left out, the rest rounded. */
export function actFileOf(weights: ClassifierWeights, temperature: number = ACT_TEMPERATURE, measured?: Record<string, unknown>): ClassifierFile {
  return fileOf(atTemperature(weights, temperature), ABOUT, PRUNE / temperature, DIGITS, measured);
}

/** The weights as the file keeps them, so held-out figures are those of what ships. */
export const asShipped = (weights: ClassifierWeights, temperature: number = ACT_TEMPERATURE): ActModel => actModelOf(weightsOf(actFileOf(weights, temperature)));

/** One example in twenty: the canary fit of the fingerprint. */
const CANARY_EVERY = 20;

/**
 * What the fit of these examples depends on, as one SHA-256: each example's class and terms (so new or relabelled
 * messages and a change to how messages are read both count), the fit's options, the temperature and how the file keeps
 * weights, and the likeliest class of every example under a small fit (one order, one example in twenty) (so a change
 * to the fit itself counts; classes, not floats, so float noise does not). The file keeps it (`measured.fingerprint`),
 * and a test recomputes it in a few seconds where refitting takes half a minute.
 */
export function fingerprintOf(examples: readonly ActExample[]): string {
  const terms = examples.map((example) => actTerms(example.text).sort());
  const canary = weightsOf(actFileOf(fitActs(examples.filter((_, i) => i % CANARY_EVERY === 0), { ...ACT_FIT, fits: 1 })));
  const likeliest = terms.map((row) => {
    const p = classProbabilities(canary, row);
    let best = 0;
    for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
    return canary.classes[best];
  });
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ fit: ACT_FIT, temperature: ACT_TEMPERATURE, prune: PRUNE, digits: DIGITS }));
  examples.forEach((example, i) => hash.update(`\n${example.label}\t${terms[i]!.join(' ')}`));
  hash.update(`\n${likeliest.join(' ')}`);
  return hash.digest('hex');
}
