/**
 * Fits the conversation model (dialogs/understanding/actModel.ts) and writes actModel.json:
 *   npm run train-acts                 fit on every tuning chat and conversation set and knowledge/training, and write it
 *   npm run train-acts -- --held-out   hold each tuning chat and conversation set out in turn: fit without it, and score
 *                                      it through the real bot with the rules alone and with the rules and that model;
 *                                      then the labelled questions of every tuning and blind question set read as
 *                                      something other than a question, rules alone and with the model
 *   npm run train-acts -- --check      fails when actModel.json is not the fit of today's data
 * The rotating sets are never read here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { CHAT_EVAL_SETS, DIALOG_EVAL_SETS, EVAL_SETS, type ChatEvalSetName } from '../bot/cli/evalSets';
import { ACT_LABEL, createChatScorer, loadChatSet, scoreChatSet } from '../bot/cli/chatEval';
import { createDialogScorer, loadDialogSet, scoreDialogSet } from '../bot/cli/dialogEval';
import { loadTrainingPhrasings, TRAINING_SETS } from '../bot/cli/trainingData';
import { mainAct } from '../dialogs/respond';
import { ACT_MODEL_FILE, actModelOf, actTerms, QUESTION_CLASS, withActModel, type ActModel } from '../dialogs/understanding/actModel';
import { CHAT_ACTS, type ChatAct } from '../dialogs/understanding/conversation';
import { AT_ROOT, understand } from '../dialogs/understanding/pipeline';
import { createAnswerEngine } from '../knowledge/answerEngine';
import { CLASSIFIER_FIT, fileOf, fitClassifier, weightsOf, type ClassifierWeights } from '../knowledge/classifier';
import { loadLabelledSet } from '../knowledge/evaluate';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import type { KnowledgeBase } from '../knowledge/schema';

interface ActExample {
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
 * something the bot cannot do. Remarks and the walk's moves are left out (null).
 */
function classOf(label: string, text: string, kb: KnowledgeBase): string | null {
  if (label === 'question') return QUESTION_CLASS;
  if (label === 'remark' || label === 'next' || label === 'back') return null;
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

const tuningChatSets = (Object.keys(CHAT_EVAL_SETS) as ChatEvalSetName[]).filter((name) => CHAT_EVAL_SETS[name].role === 'tuning');
const tuningDialogSets = (Object.keys(DIALOG_EVAL_SETS) as Array<keyof typeof DIALOG_EVAL_SETS>).filter((name) => DIALOG_EVAL_SETS[name].role === 'tuning');

/** Every labelled message the model is fitted on, read with the rules alone. */
async function examplesOf(kb: KnowledgeBase): Promise<ActExample[]> {
  return withActModel(null, () => {
    const examples: ActExample[] = [];
    const add = (text: string, label: string, source: string) => {
      const cls = classOf(label, text, kb);
      if (cls) examples.push({ text, label: cls, source });
    };
    for (const name of tuningChatSets) for (const item of loadChatSet(CHAT_EVAL_SETS[name].file, kb)) add(item.say, item.expect, name);
    for (const name of tuningDialogSets) for (const conversation of loadDialogSet(DIALOG_EVAL_SETS[name].file, kb)) for (const turn of conversation.turns) add(turn.say, turn.expect, name);
    for (const message of loadTrainingPhrasings()) examples.push({ text: message.text, label: QUESTION_CLASS, source: message.source });
    // The question sets' messages, in scope and out of it: what is not conversation, in the words of many writers.
    for (const name of TRAINING_SETS) for (const item of loadLabelledSet(EVAL_SETS[name].file, kb)) examples.push({ text: item.q, label: QUESTION_CLASS, source: name });
    return examples;
  });
}

function fit(examples: readonly ActExample[]): ClassifierWeights {
  const classes = [QUESTION_CLASS, ...[...new Set(examples.map((example) => example.label))].filter((label) => label !== QUESTION_CLASS).sort()];
  const index = new Map(classes.map((label, c) => [label, c]));
  return fitClassifier(
    classes,
    examples.map((example) => ({ terms: actTerms(example.text), label: index.get(example.label)! })),
    CLASSIFIER_FIT,
  );
}

const PRUNE = 0.02;
const DIGITS = 3;
const ABOUT = 'Conversation model (dialogs/understanding/actModel.ts), written by npm run train-acts: do not edit by hand.';

/** The weights as the file keeps them, so held-out figures are those of what ships. */
const asShipped = (weights: ClassifierWeights): ActModel => actModelOf(weightsOf(fileOf(weights, ABOUT, PRUNE, DIGITS)));

async function heldOut(kb: KnowledgeBase, examples: readonly ActExample[]): Promise<void> {
  const engine = createAnswerEngine(kb);
  const pct = (right: number, total: number) => `${((100 * right) / total).toFixed(1)}% (${right}/${total})`;
  console.log('Held out one set at a time (fitted without it), scored through the real bot: rules alone -> rules and model');
  for (const name of tuningChatSets) {
    const model = asShipped(fit(examples.filter((example) => example.source !== name)));
    const items = loadChatSet(CHAT_EVAL_SETS[name].file, kb);
    const rules = await withActModel(null, () => scoreChatSet(items, createChatScorer(kb, engine)));
    const both = await withActModel(model, () => scoreChatSet(items, createChatScorer(kb, engine)));
    console.log(`  ${name.padEnd(11)} ${pct(rules.right, rules.total)} -> ${pct(both.right, both.total)}`);
    if (process.argv.includes('--misses')) {
      const before = new Set(rules.misses.map((miss) => miss.say));
      const after = new Set(both.misses.map((miss) => miss.say));
      for (const miss of both.misses) if (!before.has(miss.say)) console.log(`      lost: "${miss.say}" expected ${miss.expected}, got ${miss.got}`);
      for (const miss of rules.misses) if (!after.has(miss.say)) console.log(`      won:  "${miss.say}" expected ${miss.expected}`);
    }
  }
  for (const name of tuningDialogSets) {
    const model = asShipped(fit(examples.filter((example) => example.source !== name)));
    const conversations = loadDialogSet(DIALOG_EVAL_SETS[name].file, kb);
    const rules = await withActModel(null, () => scoreDialogSet(conversations, createDialogScorer(kb, engine)));
    const both = await withActModel(model, () => scoreDialogSet(conversations, createDialogScorer(kb, engine)));
    console.log(`  ${name.padEnd(11)} ${pct(rules.turns.right, rules.turns.total)} -> ${pct(both.turns.right, both.turns.total)} turns`);
    if (process.argv.includes('--misses')) {
      const key = (miss: { conversation: string; turn: number }) => `${miss.conversation}#${miss.turn}`;
      const before = new Set(rules.misses.map(key));
      const after = new Set(both.misses.map(key));
      for (const miss of both.misses) if (!before.has(key(miss))) console.log(`      lost: "${miss.say}" expected ${miss.expected}, got ${miss.got}`);
      for (const miss of rules.misses) if (!after.has(key(miss))) console.log(`      won:  "${miss.say}" expected ${miss.expected}`);
    }
  }
  // Each question set read by a model fitted without it: what it takes from them is what it would take from new questions.
  let total = 0;
  let byRules = 0;
  let byBoth = 0;
  for (const name of TRAINING_SETS) {
    const model = asShipped(fit(examples.filter((example) => example.source !== name)));
    for (const item of loadLabelledSet(EVAL_SETS[name].file, kb)) {
      total += 1;
      const rules = await withActModel(null, () => understand(item.q, AT_ROOT, kb));
      const both = await withActModel(model, () => understand(item.q, AT_ROOT, kb));
      if (rules.kind !== 'question') byRules += 1;
      if (both.kind !== 'question') byBoth += 1;
      if (both.kind !== 'question' && rules.kind === 'question') console.log(`      ${name} ${item.id ?? 'decline'}: "${item.q}" -> ${JSON.stringify(both)}`);
    }
  }
  console.log(`Labelled messages of the tuning and blind question sets (${total}) read as something other than a question: ${byRules} -> ${byBoth}`);
}

async function main(): Promise<void> {
  const kb = loadKnowledge();
  const examples = await examplesOf(kb);
  if (process.argv.includes('--held-out')) return heldOut(kb, examples);
  const counts: Record<string, number> = {};
  for (const example of examples) counts[example.label] = (counts[example.label] ?? 0) + 1;
  const file = fileOf(fit(examples), ABOUT, PRUNE, DIGITS, { examples: examples.length, perClass: counts });
  const text = `${JSON.stringify(file)}\n`;
  if (process.argv.includes('--check')) {
    if (readFileSync(ACT_MODEL_FILE, 'utf8') !== text) {
      console.error(`${ACT_MODEL_FILE} is not the fit of today's labelled messages: run npm run train-acts and commit it.`);
      process.exitCode = 1;
    } else console.log(`${ACT_MODEL_FILE} is up to date.`);
    return;
  }
  writeFileSync(ACT_MODEL_FILE, text);
  console.log(`Wrote ${ACT_MODEL_FILE}: ${file.classes.length} classes, ${file.terms.length} terms, ${examples.length} examples.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
