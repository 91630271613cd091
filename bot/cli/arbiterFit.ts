// How `npm run train-arbiter` fits the arbiter, its challenge and doubt models and the classifier, shared with the test
// that fails when the committed arbiter.json and classifier.json are not the fit of today's data
// (tests/bot/cli/arbiterTraining.test.ts).
import { createHash } from 'node:crypto';
import type { ArbiterFeature } from '../../knowledge/arbiter';
import { createAnswerEngine, ENGINE_DEFAULTS } from '../../knowledge/answerEngine';
import { classProbabilities, CLASSIFIER_DIGITS, CLASSIFIER_FIT, CLASSIFIER_PRUNE, fitClassifier } from '../../knowledge/classifier';
import type { KnowledgeBase } from '../../knowledge/schema';
import { classifierData, loadLabelledMessages } from './trainingData';

/**
 * The classifier's held-out probabilities come from this many fits, each leaving out every source of its fold (a
 * writer's file or a labelled set, never split): each message is classified by a model that never saw its source.
 */
export const CLASSIFIER_FOLDS = 9;
/** The classifier's entry is answered instead when the challenge model finds it likelier right than the answer's: a fixed rule. */
export const CHALLENGE_ANSWER_ABOVE = 0.5;
/** Ridge penalty on the standardised weights (not the bias): few features, but a few hundred duels. */
export const L2 = 1;
/**
 * What each outcome is worth when choosing the thresholds, against 1 for the right entry answered: the right entry
 * offered first or second among "did you mean" is worth something, and a wrong answer is worse than none (it misleads).
 */
export const VALUE = Object.freeze({ firstOffered: 0.5, secondOffered: 0.25, wrongAnswer: -0.25 });
export const RANDOM_FOLDS = 5;
/**
 * The features the model uses, from those knowledge/arbiter.ts can compute. With a few hundred duels, few generalise
 * best: the wider circle's share gap carries most of it; the words' margin over their runner-up and how far behind the
 * words placed the nearest phrasings' entry keep clear-cut word matches ("is the job hard" is difficulty, not hard
 * skills); the closest five's gap and the message's length say how far to trust the characters on a long story.
 * Chosen with each source held out (session 7, 5,236 messages): answered right 3,807 -> 3,820 of 4,109 against the
 * share gap and margin alone. `--features bias,shareGap20,engineMargin` tries another set.
 */
export const DEFAULT_FEATURES: readonly ArbiterFeature[] = ['bias', 'shareGap5', 'shareGap20', 'engineMargin', 'logWords', 'wordGap'];
/**
 * Shortest messages the arbiter may read, tried from the longest down (on a tie it reads fewer). Not below 9 words: the
 * vote it adds on a message the engine was sure of costs ~200 µs, and most messages are short and sure; from 9 words
 * the median answer costs ~9 µs more (the engine's budget allows ~10), from 4 words 3 times as much, for the same
 * cross-validated figures.
 */
export const MIN_WORDS_GRID = [12, 10, 9];
/**
 * Scores under which shorter messages are weighed too, tried from 0 (never) up: under the engine's nearOverruleBelow
 * (0.9) the engine has already read the nearest phrasings to place the message, so the arbiter adds no cost there.
 */
export const UNSURE_BELOW_GRID = [0, 0.62, 0.75, 0.9];
/**
 * "When unsure, suggest": the doubt model weighs answers to messages whose nearest phrasings the engine has read anyway
 * (from the arbiter's minWords, or placed by the words under the engine's nearOverruleBelow), so it adds no vote.
 */
export const DOUBT_READ_BELOW = ENGINE_DEFAULTS.nearOverruleBelow;
/** An answer more likely wrong than right is offered instead of given: a fixed rule, not a tuned threshold. */
export const DOUBT_OFFER_BELOW = 0.5;/** The seed of the five folds' shuffle, so the folds are the same on every run. */
export const RANDOM_FOLD_SEED = 20261203;
/** One example in twenty: the canary fit of the fingerprint. */
const CANARY_EVERY = 20;

/**
 * What the fit of the arbiter and the classifier depends on, as one SHA-256: the fit's settings, the index's examples
 * (their class and terms), every labelled message (its source, labels and text), and for one message in twenty (the
 * canary) how today's engine reads it: its first part's terms, what the engine alone answers and offers and which entry
 * its nearest phrasings name (a change to how messages are read or to the engine counts), and its likeliest class under
 * a small fit of the classifier on the index and the canary messages (one order: a change to the fit itself counts;
 * classes, not floats, so float noise does not). Both files keep it (`measured.fingerprint`), and a test recomputes it
 * in seconds where refitting takes minutes.
 */
export function arbiterFingerprint(kb: KnowledgeBase, features: readonly ArbiterFeature[] = DEFAULT_FEATURES): string {
  const engine = createAnswerEngine(kb, { arbiter: null, classifier: null });
  const { unseen: items } = loadLabelledMessages(kb);
  const canaries = items.filter((_, i) => i % CANARY_EVERY === 0);
  const parts = canaries.map((item) => engine.readings(item.text));
  const readings = parts.map((read) => read[0]!);
  const data = classifierData(kb, engine, canaries, parts);
  const examples = [...data.index, ...data.messages];
  const canary = fitClassifier(data.classes, examples, { ...CLASSIFIER_FIT, fits: 1 });
  const hash = createHash('sha256');
  const settings = { CLASSIFIER_FIT, CLASSIFIER_PRUNE, CLASSIFIER_DIGITS, CLASSIFIER_FOLDS, CHALLENGE_ANSWER_ABOVE, L2, VALUE, RANDOM_FOLDS, RANDOM_FOLD_SEED, features, MIN_WORDS_GRID, UNSURE_BELOW_GRID, DOUBT_READ_BELOW, DOUBT_OFFER_BELOW };
  hash.update(JSON.stringify(settings));
  for (const example of data.index) hash.update(`\n${example.label}\t${example.terms.join(' ')}`);
  for (const item of items) hash.update(`\n${item.source}\t${item.id ?? '-'}\t${item.also ?? '-'}\t${item.text}`);
  canaries.forEach((_, k) => {
    const { answer, vote } = readings[k]!;
    const p = classProbabilities(canary, data.messages[k]!.terms);
    let best = 0;
    for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
    const read = [answer.kind, answer.entry?.id ?? '-', answer.alternatives.map((a) => a.id).join(','), vote.id ?? '-', data.classes[best] ?? '-'];
    hash.update(`\n${data.messages[k]!.terms.join(' ')}\t${read.join(' ')}`);
  });
  return hash.digest('hex');
}
