// `npm run train-arbiter`: fits the arbiter (knowledge/arbiter.ts) on the labelled messages in knowledge/training/,
// which the engine's index never holds, and writes the weights to knowledge/content/arbiter.json.
//
// Each message is read by the engine without an arbiter (its first part, the part the labels name). Where the engine's
// words and the nearest phrasings name different entries and one of them is right, a logistic regression learns how
// likely the nearest phrasings' entry is the right one. Two thresholds then split that likelihood into "answer the
// phrasings' entry", "offer both" and "keep the engine's", chosen to maximise answered right plus half of the right
// entry offered first. Cross-validation (one writer against the other, and 5 folds over both) measures what the
// arbiter is worth on messages it was not fitted on; those figures are printed and kept in the JSON.
//
// The classifier (knowledge/classifier.ts), the engine's third view, is fitted here too, on the index's phrasings and
// every labelled message, and written to knowledge/content/classifier.json. Where its likeliest entry is not the one the
// arbiter settled on, a third logistic regression (the challenge) says how likely its entry is the right one; that model
// is fitted on each message's probabilities from a classifier that never saw the message's source (9 folds of sources).
//
// `--check` fits again and exits 1 if the committed weights (arbiter.json, classifier.json) are not what the current
// engine and data give. Both files keep the fingerprint of what the fit depends on (bot/cli/arbiterFit.ts), which
// `npm test` checks in seconds (tests/bot/cli/arbiterTraining.test.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ARBITER_FEATURES,
  CHALLENGE_FEATURES,
  challengeFeatures,
  challengerOf,
  createArbiter,
  DOUBT_FEATURES,
  doubtApplies,
  doubtFeatures,
  duelFeatures,
  duelOf,
  type ArbiterFeature,
  type ArbiterModel,
  type ChallengeModel,
  type Classified,
  type DoubtModel,
  type Reading,
} from '../knowledge/arbiter';
import { CLASSIFIER_DIGITS, CLASSIFIER_PRUNE, classify, fileOf, seededRandom, type ClassifierWeights } from '../knowledge/classifier';
import {
  arbiterFingerprint,
  CHALLENGE_ANSWER_ABOVE,
  CLASSIFIER_FOLDS,
  DEFAULT_FEATURES,
  DOUBT_OFFER_BELOW,
  DOUBT_READ_BELOW,
  L2,
  MIN_WORDS_GRID,
  RANDOM_FOLD_SEED,
  RANDOM_FOLDS,
  UNSURE_BELOW_GRID,
  VALUE,
} from '../bot/cli/arbiterFit';
import { classifierData, fitOn, loadLabelledMessages, TRAINING_SETS, type LabelledMessage } from '../bot/cli/trainingData';
import { createAnswerEngine } from '../knowledge/answerEngine';
import { CONTENT_FILES, DEFAULT_CONTENT_DIR, loadKnowledge } from '../knowledge/loadKnowledge';

const MODEL_FILE = join(DEFAULT_CONTENT_DIR, CONTENT_FILES.arbiter);
const CLASSIFIER_FILE = join(DEFAULT_CONTENT_DIR, CONTENT_FILES.classifier);
const TUNING_SETS = TRAINING_SETS;
let USED: readonly ArbiterFeature[] = DEFAULT_FEATURES;

type Item = LabelledMessage;

const rightFor = (item: Item, id: string | undefined) => id !== undefined && (id === item.id || id === item.also);

interface Case {
  item: Item;
  reading: Reading;
}

interface Sample {
  x: number[];
  y: number;
}

/** The duel's features in the model's order, and whether the nearest phrasings were right; null when neither was. */
function sampleOf(c: Case): Sample | null {
  const duel = duelOf(c.reading);
  if (!duel || rightFor(c.item, duel.engine) === rightFor(c.item, duel.phrasings)) return null;
  const features = duelFeatures(c.reading, duel);
  return { x: USED.map((name) => features[name]), y: rightFor(c.item, duel.phrasings) ? 1 : 0 };
}

/** Logistic regression by Newton's method on standardised features, ridge-penalised except the bias. */
function fit<F extends string>(samples: readonly Sample[], names: readonly F[]): { features: F[]; weights: number[]; means: number[]; scales: number[] } {
  const n = names.length;
  const means = names.map((name, j) => (name === 'bias' ? 0 : samples.reduce((sum, s) => sum + s.x[j]!, 0) / samples.length));
  const scales = names.map((name, j) => {
    if (name === 'bias') return 1;
    const variance = samples.reduce((sum, s) => sum + (s.x[j]! - means[j]!) ** 2, 0) / samples.length;
    return Math.sqrt(variance) || 1;
  });
  const rows = samples.map((s) => s.x.map((value, j) => (names[j] === 'bias' ? 1 : (value - means[j]!) / scales[j]!)));
  const w = new Array<number>(n).fill(0);
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = w.map((wj, j) => (names[j] === 'bias' ? 0 : L2 * wj));
    const hessian = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j && names[i] !== 'bias' ? L2 : 0)));
    rows.forEach((x, k) => {
      const p = 1 / (1 + Math.exp(-x.reduce((sum, value, j) => sum + value * w[j]!, 0)));
      const r = p * (1 - p);
      for (let i = 0; i < n; i++) {
        gradient[i]! += (p - samples[k]!.y) * x[i]!;
        for (let j = 0; j < n; j++) hessian[i]![j]! += r * x[i]! * x[j]!;
      }
    });
    const step = solve(hessian, gradient);
    let moved = 0;
    for (let j = 0; j < n; j++) {
      w[j]! -= step[j]!;
      moved = Math.max(moved, Math.abs(step[j]!));
    }
    if (moved < 1e-9) break;
  }
  return { features: [...names], weights: w.map(round6), means: means.map(round6), scales: scales.map(round6) };
}

/** Gaussian elimination with partial pivoting: the Newton step for a handful of features. */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let row = col + 1; row < n; row++) {
      const factor = a[row]![col]! / a[col]![col]!;
      for (let k = col; k <= n; k++) a[row]![k]! -= factor * a[col]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = a[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= a[row]![k]! * x[k]!;
    x[row] = sum / a[row]![row]!;
  }
  return x;
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

interface Figures {
  inScope: number;
  right: number;
  firstOffered: number;
  secondOffered: number;
  wrong: number;
  outOfScope: number;
  declined: number;
  /** Answered right by the engine alone, offered instead. */
  rightToOffer: number;
  /** Answered wrong by the engine alone, offered instead with the right entry first. */
  wrongToFirst: number;
}

const noFigures = (): Figures => ({ inScope: 0, right: 0, firstOffered: 0, secondOffered: 0, wrong: 0, outOfScope: 0, declined: 0, rightToOffer: 0, wrongToFirst: 0 });

/** The first part of each message as evaluate.ts counts a message: answered right, right entry first offered, declined. */
function measure(cases: readonly Case[], decide: (reading: Reading) => Reading['answer']): Figures {
  const figures = noFigures();
  for (const c of cases) {
    const answer = decide(c.reading);
    if (c.item.id === null) {
      figures.outOfScope++;
      if (!answer.answered && answer.kind !== 'ambiguous') figures.declined++;
      continue;
    }
    figures.inScope++;
    const before = c.reading.answer;
    const offeredInstead = before.answered && !answer.answered;
    if (offeredInstead && rightFor(c.item, before.entry?.id)) figures.rightToOffer++;
    if (answer.answered) {
      if (rightFor(c.item, answer.entry?.id)) figures.right++;
      else figures.wrong++;
    } else if (rightFor(c.item, answer.alternatives[0]?.id)) {
      figures.firstOffered++;
      if (offeredInstead && !rightFor(c.item, before.entry?.id)) figures.wrongToFirst++;
    } else if (rightFor(c.item, answer.alternatives[1]?.id)) figures.secondOffered++;
  }
  return figures;
}

const utility = (f: Figures) => f.right + VALUE.firstOffered * f.firstOffered + VALUE.secondOffered * f.secondOffered + VALUE.wrongAnswer * f.wrong;


/** The thresholds and the shortest message length that do best on these cases, on a grid (thresholds by 0.05). */
function chooseThresholds(
  cases: readonly Case[],
  weights: Pick<ArbiterModel, 'features' | 'weights' | 'means' | 'scales'>,
  entries: Parameters<typeof createArbiter>[1],
): Pick<ArbiterModel, 'keepBelow' | 'answerAbove' | 'minWords' | 'unsureBelow'> {
  let best = { keepBelow: 1, answerAbove: 1, minWords: MIN_WORDS_GRID[0]!, unsureBelow: UNSURE_BELOW_GRID[0]! };
  let bestValue = -1;
  const duels = cases.filter((c) => duelOf(c.reading) !== null);
  for (const minWords of MIN_WORDS_GRID) for (const unsureBelow of UNSURE_BELOW_GRID) {
    for (let keep = 0.2; keep <= 1.0001; keep += 0.05) {
      for (let above = keep; above <= 1.0001; above += 0.05) {
        const chosen = { keepBelow: round2(keep), answerAbove: round2(above), minWords, unsureBelow };
        const value = utility(measure(duels, createArbiter({ about: '', ...weights, ...chosen }, entries).decide));
        if (value > bestValue + 1e-9) {
          bestValue = value;
          best = chosen;
        }
      }
    }
  }
  return best;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** A deterministic shuffle, so the folds are the same on every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function trainOn(cases: readonly Case[], entries: Parameters<typeof createArbiter>[1]): ArbiterModel {
  const weights = fit(cases.map(sampleOf).filter((s): s is Sample => s !== null), USED);
  return { about: '', ...weights, ...chooseThresholds(cases, weights, entries) };
}


/** Whether the answer the arbiter settles on for each in-scope message is right, with the doubt model's features. */
function doubtSamples(cases: readonly Case[], model: ArbiterModel, entries: Parameters<typeof createArbiter>[1]): Sample[] {
  const arbiter = createArbiter({ ...model, doubt: undefined }, entries);
  return cases.flatMap((c) => {
    if (c.item.id === null) return [];
    const answer = arbiter.decide(c.reading);
    if (!doubtApplies(c.reading, answer, model.minWords, DOUBT_READ_BELOW)) return [];
    const features = doubtFeatures(c.reading, answer);
    return [{ x: DOUBT_FEATURES.map((name) => features[name]), y: rightFor(c.item, answer.entry?.id) ? 1 : 0 }];
  });
}

function fitDoubt(samples: readonly Sample[]): DoubtModel {
  return { ...fit(samples, DOUBT_FEATURES), offerBelow: DOUBT_OFFER_BELOW, readBelow: DOUBT_READ_BELOW };
}

/** Where the classifier's entry and the arbiter's answer differ and exactly one is right: whether the classifier's is. */
function challengeSamples(cases: readonly Case[], model: ArbiterModel, entries: Parameters<typeof createArbiter>[1]): Sample[] {
  const arbiter = createArbiter({ ...model, doubt: undefined, challenge: undefined }, entries);
  return cases.flatMap((c) => {
    const answer = arbiter.decide(c.reading);
    const id = challengerOf(c.reading, answer);
    if (id === null || rightFor(c.item, id) === rightFor(c.item, answer.entry?.id)) return [];
    const features = challengeFeatures(c.reading, answer, id);
    return [{ x: CHALLENGE_FEATURES.map((name) => features[name]), y: rightFor(c.item, id) ? 1 : 0 }];
  });
}

function fitChallenge(samples: readonly Sample[]): ChallengeModel {
  return { ...fit(samples, CHALLENGE_FEATURES), answerAbove: CHALLENGE_ANSWER_ABOVE };
}

/** A reading with the classifier's probabilities from a model that never saw its source. */
function withClassified(reading: Reading, classified: Classified): Reading {
  return {
    answer: reading.answer,
    words: reading.words,
    part: 0,
    ...(reading.pointsBack ? { pointsBack: true } : {}),
    get vote() {
      return reading.vote;
    },
    keepsEngineOver: (id) => reading.keepsEngineOver?.(id) ?? false,
    keepsAskedOver: (id) => reading.keepsAskedOver?.(id) ?? false,
    get asksWordForWord() {
      return reading.asksWordForWord ?? false;
    },
    classified,
  };
}

function addFigures(a: Figures, b: Figures): Figures {
  const sum = noFigures();
  for (const key of Object.keys(sum) as Array<keyof Figures>) sum[key] = a[key] + b[key];
  return sum;
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
function describe(f: Figures): string {
  return `answered right ${percent(f.right, f.inScope)} (${f.right}/${f.inScope}), right or first "did you mean" ${percent(f.right + f.firstOffered, f.inScope)}, wrong ${f.wrong}, declined ${percent(f.declined, f.outOfScope)} (${f.declined}/${f.outOfScope})`;
}
function summary(f: Figures) {
  return { answeredRight: round6(f.right / f.inScope), rightOrFirstOffered: round6((f.right + f.firstOffered) / f.inScope), declined: round6(f.declined / f.outOfScope), inScope: f.inScope, outOfScope: f.outOfScope };
}

function main(): number {
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, features: { type: 'string' }, sweep: { type: 'boolean' } } });
  if (values.features) {
    const asked = values.features.split(',');
    const unknown = asked.filter((name) => !(ARBITER_FEATURES as readonly string[]).includes(name));
    if (unknown.length > 0) throw new Error(`--features: ${unknown.join(', ')} unknown; choose from ${ARBITER_FEATURES.join(', ')}`);
    USED = ARBITER_FEATURES.filter((name) => asked.includes(name));
  }
  const kb = loadKnowledge(DEFAULT_CONTENT_DIR, { withArbiter: false });
  const engine = createAnswerEngine(kb, { arbiter: null, classifier: null });
  // A message the index also holds word for word (a short common question two writers both wrote) is not unseen: left out.
  const { all, unseen: items } = loadLabelledMessages(kb);
  const entries = kb.faqById;
  const sources = [...new Set(items.map((item) => item.source))];
  const bareParts = items.map((item) => engine.readings(item.text));
  const bareReadings = bareParts.map((parts) => parts[0]!);
  // The classifier: fitted on every way of asking the index holds and every labelled message (its first part, with the
  // label that part asks for); each message's probabilities come from a fit that left its source out.
  const data = classifierData(kb, engine, items, bareParts);
  const foldOf = new Map(sources.map((source, i) => [source, i % CLASSIFIER_FOLDS]));
  const classifiedBy: Classified[] = new Array(items.length);
  for (let fold = 0; fold < CLASSIFIER_FOLDS; fold++) {
    const weights = fitOn(data, items, (item) => foldOf.get(item.source) !== fold);
    items.forEach((item, k) => {
      if (foldOf.get(item.source) === fold) classifiedBy[k] = classify(weights, data.messages[k]!.terms);
    });
  }
  const classifier: ClassifierWeights = fitOn(data, items, () => true);
  const cases: Case[] = items.map((item, k) => ({ item, reading: withClassified(bareReadings[k]!, classifiedBy[k]!) }));
  const engineAlone = (of: readonly Case[]) => measure(of, (reading) => reading.answer);
  const phrasingsAlone = (of: readonly Case[]) =>
    measure(of, (reading) => {
      const entry = reading.vote.id === null ? null : kb.faqById.get(reading.vote.id) ?? null;
      return { ...reading.answer, kind: entry ? 'answer' : 'out-of-scope', answered: entry !== null, entry, alternatives: [] };
    });

  // One source held out at a time (a writer's file or a labelled set): fitted on the others, measured on it.
  const heldOut = new Map<string, Figures>();
  const heldOutModels = new Map<string, ArbiterModel>();
  for (const source of sources) {
    const model = trainOn(cases.filter((c) => c.item.source !== source), entries);
    heldOutModels.set(source, model);
    heldOut.set(source, measure(cases.filter((c) => c.item.source === source), createArbiter(model, entries).decide));
  }
  if (values.sweep) {
    // The "did you mean" band's trade-off, each source held out: its weights fitted on the others, the band set here.
    console.log(`"did you mean" band, each source held out (of ${cases.filter((c) => c.item.id !== null).length} in scope): keepBelow answerAbove | right, right or first, wrong | right answers offered instead, wrong answers offered right-first instead`);
    for (const keepBelow of [0.5, 0.45, 0.4, 0.35, 0.3, 0.25, 0.2]) {
      for (const answerAbove of [0.5, 0.55, 0.6, 0.65, 0.7, 0.75]) {
        if (answerAbove < keepBelow) continue;
        const f = sources
          .map((source) => measure(cases.filter((c) => c.item.source === source), createArbiter({ ...heldOutModels.get(source)!, keepBelow, answerAbove }, entries).decide))
          .reduce(addFigures, noFigures());
        console.log(`  ${keepBelow.toFixed(2)} ${answerAbove.toFixed(2)} | ${f.right} ${f.right + f.firstOffered} ${f.wrong} | ${f.rightToOffer} ${f.wrongToFirst}`);
      }
    }
    return 0;
  }
  // Five folds over every message.
  let byFold = noFigures();
  const order = shuffled(cases, RANDOM_FOLD_SEED);
  for (let fold = 0; fold < RANDOM_FOLDS; fold++) {
    const model = trainOn(order.filter((_, i) => i % RANDOM_FOLDS !== fold), entries);
    byFold = addFigures(byFold, measure(order.filter((_, i) => i % RANDOM_FOLDS === fold), createArbiter(model, entries).decide));
  }

  const final: ArbiterModel = trainOn(cases, entries);
  // The classifier's challenge, each source held out: its samples are the held-out arbiter's answers; fitted on the others.
  const challengeBySource = new Map(sources.map((source) => [source, challengeSamples(cases.filter((c) => c.item.source === source), heldOutModels.get(source)!, entries)]));
  let withChallenge = noFigures();
  for (const source of sources) {
    const challenge = fitChallenge(sources.filter((other) => other !== source).flatMap((other) => challengeBySource.get(other)!));
    heldOutModels.set(source, { ...heldOutModels.get(source)!, challenge });
    withChallenge = addFigures(withChallenge, measure(cases.filter((c) => c.item.source === source), createArbiter(heldOutModels.get(source)!, entries).decide));
  }
  final.challenge = fitChallenge([...challengeBySource.values()].flat());
  const classifierAlone = measure(cases, (reading) => {
    const top = reading.classified?.top ?? null;
    const entry = top === null || (reading.classified?.probability(null) ?? 0) > reading.classified!.probability(top) ? null : kb.faqById.get(top) ?? null;
    return { ...reading.answer, kind: entry ? 'answer' : 'out-of-scope', answered: entry !== null, entry, alternatives: [] };
  });
  // The doubt model, each source held out: its samples are the held-out arbiter's answers; fitted on the other sources.
  const doubtBySource = new Map(sources.map((source) => [source, doubtSamples(cases.filter((c) => c.item.source === source), heldOutModels.get(source)!, entries)]));
  let withDoubt = noFigures();
  let offeredRight = 0;
  let offeredWrong = 0;
  let offeredWrongWithRight = 0;
  for (const source of sources) {
    const doubt = fitDoubt(sources.filter((other) => other !== source).flatMap((other) => doubtBySource.get(other)!));
    const of = cases.filter((c) => c.item.source === source);
    const without = createArbiter(heldOutModels.get(source)!, entries);
    const arbiter = createArbiter({ ...heldOutModels.get(source)!, doubt }, entries);
    withDoubt = addFigures(withDoubt, measure(of, arbiter.decide));
    for (const c of of) {
      if (c.item.id === null) continue;
      const before = without.decide(c.reading);
      const after = arbiter.decide(c.reading);
      if (!before.answered || after.answered) continue;
      if (rightFor(c.item, before.entry?.id)) offeredRight++;
      else {
        offeredWrong++;
        if (after.alternatives.some((a) => rightFor(c.item, a.id))) offeredWrongWithRight++;
      }
    }
  }
  final.doubt = fitDoubt(doubtSamples(cases, final, entries));
  const duels = cases.map(sampleOf).filter((s): s is Sample => s !== null);
  const groups = [
    { name: 'training files (g, h)', sources: sources.filter((source) => !(TUNING_SETS as readonly string[]).includes(source)) },
    { name: 'tuning sets', sources: sources.filter((source) => (TUNING_SETS as readonly string[]).includes(source)) },
    { name: 'all', sources },
  ];
  console.log(`messages: ${items.length} from ${sources.join(', ')} (${all.length - items.length} left out, being in the index word for word); first parts where the two readings differ and exactly one is right: ${duels.length} (nearest phrasings right in ${duels.filter((s) => s.y === 1).length})`);
  const fingerprint = arbiterFingerprint(kb, USED);
  const measured: Record<string, unknown> = { fingerprint, messages: items.length, duels: duels.length };
  for (const group of groups) {
    const of = cases.filter((c) => group.sources.includes(c.item.source));
    const held = group.sources.map((source) => heldOut.get(source)!).reduce(addFigures, noFigures());
    console.log(`${group.name}:`);
    console.log(`  engine alone                          ${describe(engineAlone(of))}`);
    console.log(`  nearest phrasings alone               ${describe(phrasingsAlone(of))}`);
    console.log(`  arbiter, each source held out         ${describe(held)}`);
    measured[group.name] = { engineAlone: summary(engineAlone(of)), phrasingsAlone: summary(phrasingsAlone(of)), arbiterSourceHeldOut: summary(held) };
  }
  console.log(`all, 5-fold cross-validation: arbiter ${describe(byFold)}`);
  console.log(`all, the classifier alone (each message by a fit without its source): ${describe(classifierAlone)}`);
  console.log(`all, the arbiter and the classifier's challenge (each source held out): ${describe(withChallenge)}`);
  measured['all, classifier alone, source held out'] = summary(classifierAlone);
  measured['all, with challenge, each source held out'] = { ...summary(withChallenge), wrong: withChallenge.wrong };
  measured['all, 5-fold'] = summary(byFold);
  console.log(`all, the doubt model too (each source held out): ${describe(withDoubt)}; answers offered as "did you mean" instead: ${offeredWrong} wrong (the right entry among the offers for ${offeredWrongWithRight}), ${offeredRight} right (offered first)`);
  measured['all, with doubt, each source held out'] = { ...summary(withDoubt), wrong: withDoubt.wrong, wrongOffered: offeredWrong, wrongOfferedWithRight: offeredWrongWithRight, rightOffered: offeredRight };
  console.log(`per source, engine alone -> arbiter with the source held out -> with the challenge too (answered right; right or first):`);
  for (const source of sources) {
    const of = cases.filter((c) => c.item.source === source);
    const challenged = measure(of, createArbiter({ ...heldOutModels.get(source)!, doubt: undefined }, entries).decide);
    const arbitered = heldOut.get(source)!;
    console.log(`  ${source.padEnd(12)} ${engineAlone(of).right} -> ${arbitered.right} -> ${challenged.right}; ${arbitered.right + arbitered.firstOffered} -> ${challenged.right + challenged.firstOffered} of ${of.filter((c) => c.item.id !== null).length}`);
  }
  console.log(`challenge weights (standardised features): ${final.challenge.features.map((name, i) => `${name} ${final.challenge!.weights[i]!.toFixed(2)}`).join(', ')}; the classifier's entry answered at p >= ${final.challenge.answerAbove}`);
  console.log(`doubt weights (standardised features): ${final.doubt.features.map((name, i) => `${name} ${final.doubt!.weights[i]!.toFixed(2)}`).join(', ')}; offered below p = ${final.doubt.offerBelow} that the answer is right`);
  console.log(`weights (standardised features): ${final.features.map((name, i) => `${name} ${final.weights[i]!.toFixed(2)}`).join(', ')}; keep the engine's at p <= ${final.keepBelow}, answer the phrasings' at p >= ${final.answerAbove}, offer both in between; messages under ${final.minWords} words keep the engine's${final.unsureBelow ? ` unless its words scored under ${final.unsureBelow}` : ''}`);

  if (final.features.length === 2 && final.features[0] === 'bias') {
    // One feature: the thresholds are two values of it, which a person can read.
    const at = (p: number) => final.means[1]! + (final.scales[1]! * (Math.log(p / (1 - p)) - final.weights[0]!)) / final.weights[1]!;
    console.log(`in plain terms: the phrasings' entry is answered when ${final.features[1]} >= ${at(final.answerAbove).toFixed(3)}, both are offered from ${at(final.keepBelow).toFixed(3)}`);
  }
  const model: ArbiterModel = {
    ...final,
    about:
      'Written by npm run train-arbiter (scripts/train-arbiter.ts); do not edit by hand. Logistic regression: the probability that the nearest phrasings entry is right where it and the engine differ. Fitted on knowledge/training/ (never indexed) and the tuning sets.',
    measured,
  };
  const text = `${JSON.stringify(model, null, 2)}\n`;
  const classifierFile = fileOf(
    classifier,
    `Written by npm run train-arbiter (scripts/train-arbiter.ts); do not edit by hand. Multinomial logistic regression over words, word pairs, stems and stem pairs (knowledge/classifier.ts), fitted on the index's phrasings and messages to decline, knowledge/training/ and the labelled sets of roles tuning and blind (${TUNING_SETS.join(', ')}); never on the rotating sets.`,
    CLASSIFIER_PRUNE,
    CLASSIFIER_DIGITS,
    { fingerprint },
  );
  const classifierText = `${JSON.stringify(classifierFile)}\n`;
  console.log(`classifier: ${classifierFile.terms.length} terms, ${classifierFile.rows.reduce((sum, row) => sum + row.length / 2, 0)} weights, ${(classifierText.length / 1024).toFixed(0)} KiB`);
  if (values.check) {
    const stale = [
      [MODEL_FILE, text],
      [CLASSIFIER_FILE, classifierText],
    ].filter(([file, expected]) => readFileSync(file!, 'utf8') !== expected);
    if (stale.length > 0) {
      console.error(`${stale.map(([file]) => file).join(' and ')} not what the current engine and training data give: run npm run train-arbiter and commit them`);
      return 1;
    }
    console.log(`${MODEL_FILE} and ${CLASSIFIER_FILE} are current`);
    return 0;
  }
  writeFileSync(MODEL_FILE, text);
  writeFileSync(CLASSIFIER_FILE, classifierText);
  console.log(`written ${MODEL_FILE} and ${CLASSIFIER_FILE}`);
  return 0;
}

process.exitCode = main();
