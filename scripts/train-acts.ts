/**
 * Fits the conversation model (dialogs/understanding/core/actModel.ts) and writes actModel.json:
 *   npm run train-acts                 fit on every tuning chat and conversation set and knowledge/training, and write it
 *   npm run train-acts -- --held-out   hold each tuning chat and conversation set out in turn: fit without it, and score
 *                                      it through the real bot with the rules alone and with the rules and that model;
 *                                      then the labelled questions of every tuning and blind question set read as
 *                                      something other than a question, rules alone and with the model
 *                                      (--only chatH,dialogJ: those sets only; --misses: each message won or lost)
 *   npm run train-acts -- --check      fails when actModel.json is not the fit of today's data
 *   npm run train-acts -- --calibrate  reads every labelled message by a model fitted without its set (each chat and
 *                                      conversation set alone, the question sets in four folds) and prints how well its
 *                                      probabilities say how often it is right, at temperature 1 and at the temperature
 *                                      of least loss (--sweep: at three L2 penalties)
 * The rotating sets are never read here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ACT_TEMPERATURE, actExamplesOf, actFileOf, ACT_FIT, asShipped, fingerprintOf, fitActs, tuningChatSets, tuningDialogSets, type ActExample } from '../bot/cli/actTraining';
import { createChatScorer, loadChatSet, scoreChatSet } from '../bot/cli/chatEval';
import { createDialogScorer, loadDialogSet, scoreDialogSet } from '../bot/cli/dialogEval';
import { CHAT_EVAL_SETS, DIALOG_EVAL_SETS, EVAL_SETS } from '../bot/cli/evalSets';
import { TRAINING_SETS } from '../bot/cli/trainingData';
import { ACT_MODEL_FILE, actModelOf, actTerms, QUESTION_CLASS, withActModel } from '../dialogs/understanding/core/actModel';
import { AT_ROOT, understand } from '../dialogs/understanding/core/pipeline';
import { createAnswerEngine } from '../knowledge/answerEngine';
import { classProbabilities, ClassifierFileSchema, weightsOf, type ClassifierFile, type FitOptions } from '../knowledge/classifier';
import { loadLabelledSet } from '../knowledge/evaluate';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import type { KnowledgeBase } from '../knowledge/schema';

/** `--only chatH,chatL`: the sets to hold out (all of them without it). */
const only = process.argv.includes('--only') ? new Set(process.argv[process.argv.indexOf('--only') + 1]?.split(',')) : null;
const chosen = (name: string): boolean => !only || only.has(name);

async function heldOut(kb: KnowledgeBase, examples: readonly ActExample[]): Promise<void> {
  const engine = createAnswerEngine(kb);
  const pct = (right: number, total: number) => `${((100 * right) / total).toFixed(1)}% (${right}/${total})`;
  console.log('Held out one set at a time (fitted without it), scored through the real bot: rules alone -> rules and model');
  for (const name of tuningChatSets.filter(chosen)) {
    const model = asShipped(fitActs(examples.filter((example) => example.source !== name)));
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
  for (const name of tuningDialogSets.filter(chosen)) {
    const model = asShipped(fitActs(examples.filter((example) => example.source !== name)));
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
  for (const name of TRAINING_SETS.filter(chosen)) {
    const model = asShipped(fitActs(examples.filter((example) => example.source !== name)));
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

/** The folds of leave-one-set-out: each tuning chat and conversation set alone, the question sources in four folds. */
function foldsOf(examples: readonly ActExample[]): string[][] {
  const conversation = new Set<string>([...tuningChatSets, ...tuningDialogSets]);
  const sources = [...new Set(examples.map((example) => example.source))];
  const questionSources = sources.filter((source) => !conversation.has(source)).sort();
  const questionFolds: string[][] = [[], [], [], []];
  questionSources.forEach((source, i) => questionFolds[i % questionFolds.length]!.push(source));
  return [...sources.filter((source) => conversation.has(source)).map((source) => [source]), ...questionFolds];
}

/** One held-out reading: the log-probability of every class (by name) and the example's own class. */
interface HeldOutReading {
  logits: Map<string, number>;
  label: string;
  source: string;
}

/** Every example read by a model fitted without its fold, as the file would keep it. */
function heldOutReadings(examples: readonly ActExample[], options: Readonly<FitOptions>): HeldOutReading[] {
  const readings: HeldOutReading[] = [];
  for (const fold of foldsOf(examples)) {
    const out = new Set(fold);
    // At temperature 1: the calibration reads the fit as it comes.
    const weights = weightsOf(actFileOf(fitActs(examples.filter((example) => !out.has(example.source)), options), 1));
    for (const example of examples) {
      if (!out.has(example.source)) continue;
      const p = classProbabilities(weights, actTerms(example.text));
      const logits = new Map<string, number>();
      weights.classes.forEach((label, c) => logits.set(label ?? QUESTION_CLASS, Math.log(Math.max(p[c]!, 1e-300))));
      readings.push({ logits, label: example.label, source: example.source });
    }
  }
  return readings;
}

/** The probabilities of a reading at a temperature (softmax of the log-probabilities divided by it). */
function probabilitiesAt(reading: HeldOutReading, temperature: number): Map<string, number> {
  let max = -Infinity;
  for (const value of reading.logits.values()) max = Math.max(max, value / temperature);
  let sum = 0;
  const p = new Map<string, number>();
  for (const [label, value] of reading.logits) {
    const e = Math.exp(value / temperature - max);
    p.set(label, e);
    sum += e;
  }
  for (const [label, value] of p) p.set(label, value / sum);
  return p;
}

/** Mean negative log-likelihood of the right class, over readings whose class the fit knew. */
function meanLoss(readings: readonly HeldOutReading[], temperature: number): number {
  let total = 0;
  let n = 0;
  for (const reading of readings) {
    if (!reading.logits.has(reading.label)) continue;
    total -= Math.log(Math.max(probabilitiesAt(reading, temperature).get(reading.label)!, 1e-12));
    n += 1;
  }
  return total / n;
}

/** The temperature of least held-out loss (golden-section search on its logarithm, between 0.5 and 20). */
function bestTemperature(readings: readonly HeldOutReading[]): number {
  let low = Math.log(0.5);
  let high = Math.log(20);
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 40; i++) {
    const a = high - ratio * (high - low);
    const b = low + ratio * (high - low);
    if (meanLoss(readings, Math.exp(a)) < meanLoss(readings, Math.exp(b))) high = b;
    else low = a;
  }
  return Math.exp((low + high) / 2);
}

/** How well the likeliest class's probability says how often it is right: expected calibration error over ten bins. */
function calibrationOf(readings: readonly HeldOutReading[], temperature: number, actsOnly = false): { ece: number; table: string[] } {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, right: 0, confidence: 0 }));
  let counted = 0;
  for (const reading of readings) {
    let best = QUESTION_CLASS;
    let top = -1;
    for (const [label, value] of probabilitiesAt(reading, temperature)) if (value > top) [best, top] = [label, value];
    if (actsOnly && best === QUESTION_CLASS) continue;
    counted += 1;
    const bin = bins[Math.min(9, Math.floor(top * 10))]!;
    bin.n += 1;
    bin.confidence += top;
    if (best === reading.label) bin.right += 1;
  }
  const total = counted;
  let ece = 0;
  const table: string[] = [];
  bins.forEach((bin, i) => {
    if (bin.n === 0) return;
    ece += (bin.n / total) * Math.abs(bin.right / bin.n - bin.confidence / bin.n);
    table.push(`    ${(i / 10).toFixed(1)}-${((i + 1) / 10).toFixed(1)}: ${String(bin.n).padStart(6)} readings, mean confidence ${(bin.confidence / bin.n).toFixed(3)}, right ${(bin.right / bin.n).toFixed(3)}`);
  });
  return { ece, table };
}

/**
 * Held out by the act rule of pipeline.ts (the likeliest class an act, at least `probability` and `over` ahead of
 * question): acts taken right, acts taken as another act, and questions taken as an act.
 */
function tradeAt(readings: readonly HeldOutReading[], temperature: number, probability: number, over: number): string {
  let acts = 0;
  let right = 0;
  let wrong = 0;
  let questions = 0;
  let lost = 0;
  for (const reading of readings) {
    const p = probabilitiesAt(reading, temperature);
    let best = QUESTION_CLASS;
    let top = -1;
    for (const [label, value] of p) if (value > top) [best, top] = [label, value];
    const taken = best !== QUESTION_CLASS && top >= probability && top - (p.get(QUESTION_CLASS) ?? 0) >= over;
    if (reading.label === QUESTION_CLASS) {
      questions += 1;
      if (taken) lost += 1;
    } else {
      acts += 1;
      if (taken && best === reading.label) right += 1;
      else if (taken) wrong += 1;
    }
  }
  return `acts taken right ${right}/${acts}, as another act ${wrong}; questions taken as an act ${lost}/${questions}`;
}

/** Leave-one-set-out readings of the fit as it is, then at the temperature of least held-out loss. */
function calibrate(examples: readonly ActExample[]): void {
  for (const l2 of process.argv.includes('--sweep') ? [1e-5, 1e-4, 1e-3] : [ACT_FIT.l2 ?? 1e-5]) {
    const readings = heldOutReadings(examples, { ...ACT_FIT, l2 });
    const temperature = bestTemperature(readings);
    console.log(`L2 ${l2}: held-out loss ${meanLoss(readings, 1).toFixed(4)} at temperature 1, ${meanLoss(readings, temperature).toFixed(4)} at ${temperature.toFixed(2)}`);
    for (const t of [1, temperature]) {
      const { ece } = calibrationOf(readings, t);
      const acts = calibrationOf(readings, t, true);
      console.log(`  temperature ${t.toFixed(2)}: calibration error ${ece.toFixed(4)}; of the readings whose likeliest class is an act ${acts.ece.toFixed(4)}`);
      for (const line of acts.table) console.log(line);
      for (const [probability, over] of [[0.6, 0.3], [0.5, 0.2], [0.7, 0.4], [0.8, 0.5]] as const) console.log(`    at ${probability} / ${over}: ${tradeAt(readings, t, probability, over)}`);
    }
  }
}

async function main(): Promise<void> {
  const kb = loadKnowledge();
  const examples = await actExamplesOf(kb);
  if (process.argv.includes('--held-out')) return heldOut(kb, examples);
  if (process.argv.includes('--calibrate')) return calibrate(examples);
  const counts: Record<string, number> = {};
  for (const example of examples) counts[example.label] = (counts[example.label] ?? 0) + 1;
  const file = actFileOf(fitActs(examples), ACT_TEMPERATURE, { examples: examples.length, perClass: counts, temperature: ACT_TEMPERATURE, fingerprint: fingerprintOf(examples) });
  if (process.argv.includes('--check')) return check(file, examples);
  writeFileSync(ACT_MODEL_FILE, `${JSON.stringify(file)}\n`);
  console.log(`Wrote ${ACT_MODEL_FILE}: ${file.classes.length} classes, ${file.terms.length} terms, ${examples.length} examples.`);
}

/**
 * Fails when actModel.json is not the fit of today's data: another fingerprint, or another likeliest class or a
 * probability 0.01 away for some labelled message (float noise between machines is far smaller).
 */
function check(fitted: ClassifierFile, examples: readonly ActExample[]): void {
  const committed = ClassifierFileSchema.parse(JSON.parse(readFileSync(ACT_MODEL_FILE, 'utf8')));
  const [now, then] = [actModelOf(weightsOf(fitted)), actModelOf(weightsOf(committed))];
  const differ = examples.filter((example) => {
    const [a, b] = [now.read(example.text), then.read(example.text)];
    return a.label !== b.label || Math.abs(a.probability - b.probability) > 0.01 || Math.abs(a.question - b.question) > 0.01;
  });
  if (committed.measured?.['fingerprint'] !== fitted.measured?.['fingerprint'] || differ.length > 0) {
    console.error(`${ACT_MODEL_FILE} is not the fit of today's labelled messages (${differ.length} of ${examples.length} read otherwise): run npm run train-acts and commit it.`);
    process.exitCode = 1;
  } else console.log(`${ACT_MODEL_FILE} is up to date.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
