import { z } from 'zod';
import type { Answer, Alternative } from './answerEngine';
import type { Classified } from './classifier';
export type { Classified } from './classifier';
import type { PhrasingVote } from './nearestPhrasings';
import type { FaqEntry } from './schema';

/**
 * The arbiter: the engine's words and the nearest phrasings are each right on about as many unseen messages, but not on
 * the same ones. Where the two name different entries, a logistic regression over a few general features (how much
 * each is backed by the closest 5 and 20 phrasings, how sure the words are, how long the message is) says how likely the
 * nearest phrasings' entry is the right one: clearly likely, it is answered; clearly not, the engine's stands; in
 * between, both are offered as "did you mean", the likelier first. The weights are fitted by `npm run train-arbiter`
 * on labelled messages that are never in the index (knowledge/training/), and read from knowledge/content/arbiter.json.
 */

/** One part of a message as the engine read it, with the nearest phrasings' reading of the same text. */
export interface Reading {
  answer: Answer;
  /** May be computed when first read (the engine's readings are lazy). */
  readonly vote: PhrasingVote;
  /** Words in the part (normalised). */
  words: number;
  /**
   * Whether the question names what sets the engine's entry apart from the phrasings' one, which names nothing of the
   * kind (a rung of the ladder: "what does a director do day to day" is the director's role, not every care manager's
   * day). Then the two do not duel: the phrasings' entry would drop what the question asked about.
   */
  keepsEngineOver?(phrasings: string): boolean;
  /**
   * Whether the engine's entry is a rung of the ladder, the question names a rung, and `other` is no rung's entry ("how
   * does junior pay compare": entry-level pay, not pay in general), or the question asks for pay, the engine's entry
   * gives a sum of money and `other` none ("highest paying care manager job" is no question about the role). Then the
   * classifier does not challenge: its entry would drop what is asked about.
   */
  keepsAskedOver?(other: string): boolean;
  /** A short message that points back at something it does not name ("who offers it"): its subject is in the conversation. */
  pointsBack?: boolean;
  /**
   * A story whose sentence that asks is, read alone, a way of asking the engine's entry word for word ("My grandad was
   * assigned one after his fall ... So what is a care manager?") and points back to nothing in the story. Then the
   * classifier does not challenge: it reads the whole story, whose words (a fall, "like the work") pull it away from
   * what is asked.
   */
  readonly asksWordForWord?: boolean;
  /** Which part of the message this is (0: the first or only one); absent: the first. */
  part?: number;
  /** The classifier's reading of the same text (knowledge/classifier.ts), when the engine has one; may be computed when first read. */
  readonly classified?: Classified;
}

/** The features of a disagreement, in the order the weights list them. */
export const ARBITER_FEATURES = ['bias', 'shareGap5', 'shareGap20', 'declineShare20', 'nearest', 'engineScore', 'engineMargin', 'offeredByEngine', 'logWords', 'wordGap', 'rankedByWords'] as const;
export type ArbiterFeature = (typeof ARBITER_FEATURES)[number];

/**
 * The features of the doubt model: how sure the answer the arbiter settled on is, from the words (their score and their
 * margin over the runner-up) and from the nearest phrasings (the answered entry's share of the closest 5 and 20), and
 * whether the arbiter overruled the words to give it.
 */
export const DOUBT_FEATURES = ['bias', 'engineScore', 'engineMargin', 'entryShare5', 'entryShare20', 'overruled'] as const;
export type DoubtFeature = (typeof DOUBT_FEATURES)[number];

/**
 * The features of the classifier's challenge: where the classifier's likeliest entry is not the entry settled on, how
 * sure the classifier is of each (its probability for its own entry and for the answer's), how sure the words are (their
 * score, their margin, how far behind they placed the classifier's entry), and how long the message is.
 */
export const CHALLENGE_FEATURES = ['bias', 'classTop', 'classAnswer', 'engineScore', 'engineMargin', 'wordGap', 'logWords', 'overruled'] as const;
export type ChallengeFeature = (typeof CHALLENGE_FEATURES)[number];

/** A logistic regression's weights; features are standardised with the means and scales before the weights apply. */
const standardisedWeights = { weights: z.array(z.number()), means: z.array(z.number()), scales: z.array(z.number().positive()) };

/** A logistic regression's check: one weight, mean and scale per feature. */
const onePerFeature = [
  (model: { features: readonly string[]; weights: readonly number[]; means: readonly number[]; scales: readonly number[] }) =>
    model.weights.length === model.features.length && model.means.length === model.features.length && model.scales.length === model.features.length,
  { message: 'weights, means and scales must each have one number per feature' },
] as const;

/**
 * "When unsure, suggest": a logistic regression, fitted by `npm run train-arbiter` with the arbiter, for the probability
 * that an answer is right. Below `offerBelow` the answer is offered as "did you mean" (its entry first, the nearest
 * phrasings' and the words' runners-up after it) instead of given: a wrong answer misleads, a suggestion does not.
 */
export const DoubtModelSchema = z
  .object({
    features: z.array(z.enum(DOUBT_FEATURES)).min(1),
    ...standardisedWeights,
    /** Below this probability that the answer is right, it is offered instead. */
    offerBelow: z.number().min(0).max(1),
    /**
     * Weighed only when the nearest phrasings were read already: a message of at least the arbiter's `minWords`, or one
     * the words placed under this score (the engine reads the phrasings then). A short, sure answer is left alone.
     */
    readBelow: z.number().min(0).max(1),
  })
  .strict()
  .refine(...onePerFeature);
export type DoubtModel = z.infer<typeof DoubtModelSchema>;

/**
 * The classifier's challenge: a logistic regression for the probability that the classifier's entry is right where it
 * and the entry settled on differ (one of them right). At or above `answerAbove` the classifier's entry is answered.
 */
export const ChallengeModelSchema = z
  .object({
    features: z.array(z.enum(CHALLENGE_FEATURES)).min(1),
    ...standardisedWeights,
    answerAbove: z.number().min(0).max(1),
  })
  .strict()
  .refine(...onePerFeature);
export type ChallengeModel = z.infer<typeof ChallengeModelSchema>;

export const ArbiterModelSchema = z
  .object({
    about: z.string(),
    features: z.array(z.enum(ARBITER_FEATURES)).min(1),
    ...standardisedWeights,
    /** At or above this probability that the nearest phrasings are right, their entry is answered. */
    answerAbove: z.number().min(0).max(1),
    /** At or below it, the engine's entry stands; in between, both are offered as "did you mean". */
    keepBelow: z.number().min(0).max(1),
    /**
     * Messages shorter than this (in words) keep the engine's entry: on a few words one shared word decides the
     * character match ("is it hard" is all "hard", like "hard skills"), and short messages, most of what people send,
     * are those the engine is surest of without the nearest phrasings, whose vote the arbiter would then add (~200 µs).
     */
    minWords: z.number().int().nonnegative(),
    /**
     * ...unless the words placed them below this score: then the nearest phrasings were already read to place the
     * message (the engine reads them under its nearOverruleBelow), so weighing them costs nothing. 0: never.
     */
    unsureBelow: z.number().min(0).max(1).optional(),
    /** What the training script measured (cross-validated), kept with the weights so a reader sees what they are worth. */
    measured: z.record(z.string(), z.unknown()).optional(),
    /** When to offer an answer as "did you mean" instead of giving it; absent: every answer is given. */
    doubt: DoubtModelSchema.optional(),
    /** When the classifier's entry replaces the one settled on; absent: the classifier is not consulted. */
    challenge: ChallengeModelSchema.optional(),
  })
  .strict()
  .refine(...onePerFeature)
  .refine((model) => model.keepBelow <= model.answerAbove, { message: 'keepBelow must not be above answerAbove' });
export type ArbiterModel = z.infer<typeof ArbiterModelSchema>;

/** The engine's entry and the nearest phrasings' entry for a reading, when both name one and they differ. */
export interface Duel {
  engine: string;
  phrasings: string;
}

/** The entry with the largest share of the wider circle of nearest phrasings (messages to decline aside). */
export function wideLeader(vote: PhrasingVote): string | null {
  let leader: string | null = null;
  let top = 0;
  for (const [id, share] of vote.wideShares) {
    if (id !== null && share > top) {
      leader = id;
      top = share;
    }
  }
  return leader;
}

export function duelOf(reading: Reading, minWords = 0, unsureBelow = 0): Duel | null {
  const { answer } = reading;
  // Checked before the vote is read: the engine takes it only when needed.
  if ((reading.words < minWords && answer.score >= unsureBelow) || reading.words > LONGEST_FITTED || answer.kind !== 'answer' || !answer.entry) return null;
  const leader = wideLeader(reading.vote);
  if (leader === null || leader === answer.entry.id || reading.keepsEngineOver?.(leader)) return null;
  return { engine: answer.entry.id, phrasings: leader };
}

function shareOf(votes: ReadonlyMap<string | null, number>, id: string): number {
  let sum = 0;
  for (const value of votes.values()) sum += value;
  return sum > 0 ? (votes.get(id) ?? 0) / sum : 0;
}

/**
 * Longer than every message the arbiter is fitted on (they reach about 70 words; the engine reads about 100): a pasted
 * text, not a question, where the nearest phrasings match its filler. The words' reading stands.
 */
const LONGEST_FITTED = 80;

/**
 * Past this many words a message counts as this long: the training messages reach about 70 words, and a longer one
 * (a pasted page) must not push the length's weight beyond anything it was fitted on.
 */
const LONGEST_READ = 50;

/** The raw (unstandardised) features of a duel. */
export function duelFeatures(reading: Reading, duel: Duel): Record<ArbiterFeature, number> {
  const { answer, vote } = reading;
  const runnerUp = answer.alternatives.find((alternative) => alternative.id !== duel.engine);
  const byWords = answer.ranked?.find((candidate) => candidate.id === duel.phrasings);
  return {
    bias: 1,
    shareGap5: shareOf(vote.votes, duel.phrasings) - shareOf(vote.votes, duel.engine),
    shareGap20: (vote.wideShares.get(duel.phrasings) ?? 0) - (vote.wideShares.get(duel.engine) ?? 0),
    declineShare20: vote.wideShares.get(null) ?? 0,
    nearest: vote.nearest,
    engineScore: answer.score,
    engineMargin: answer.score - (runnerUp?.score ?? 0),
    offeredByEngine: answer.alternatives.some((alternative) => alternative.id === duel.phrasings) ? 1 : 0,
    logWords: Math.log(1 + Math.min(reading.words, LONGEST_READ)),
    wordGap: answer.score - (byWords?.score ?? 0),
    rankedByWords: byWords ? 1 : 0,
  };
}

/** The probability that the nearest phrasings' entry is the right one, given that one of the two is. */
export function phrasingsLikelihood(model: ArbiterModel, features: Record<ArbiterFeature, number>): number {
  return logistic(model, features);
}

function logistic<F extends string>(model: { features: readonly F[]; weights: readonly number[]; means: readonly number[]; scales: readonly number[] }, features: Record<F, number>): number {
  let z = 0;
  model.features.forEach((name, i) => {
    const value = name === 'bias' ? 1 : (features[name] - model.means[i]!) / model.scales[i]!;
    z += model.weights[i]! * value;
  });
  return 1 / (1 + Math.exp(-z));
}

/** Whether the doubt model weighs this answer: the nearest phrasings were read for it already (see DoubtModel.readBelow). */
export function doubtApplies(reading: Reading, answer: Answer, minWords: number, readBelow: number): boolean {
  return answer.kind === 'answer' && answer.entry !== null && reading.words <= LONGEST_FITTED && (reading.words >= minWords || reading.answer.score < readBelow);
}

/** The raw features of the answer the arbiter settled on (`answer`), for the doubt model. */
export function doubtFeatures(reading: Reading, answer: Answer): Record<DoubtFeature, number> {
  const { vote } = reading;
  const id = answer.entry?.id ?? '';
  const ranked = reading.answer.ranked ?? [];
  const runnerUp = ranked.find((candidate) => candidate.id !== id);
  return {
    bias: 1,
    engineScore: reading.answer.score,
    engineMargin: ranked.length > 0 ? Math.max(0, ranked[0]!.score - (runnerUp?.score ?? 0)) : 0,
    entryShare5: shareOf(vote.votes, id),
    entryShare20: vote.wideShares.get(id) ?? 0,
    overruled: reading.answer.entry && reading.answer.entry.id !== id ? 1 : 0,
  };
}

/** The classifier's likeliest entry challenges only when it holds more than half of the classifier's belief. */
const CLASSIFIER_MAJORITY = 0.5;

/** The classifier's likeliest entry when it challenges the answer settled on (a different entry), else null. */
export function challengerOf(reading: Reading, answer: Answer): string | null {
  // Fitted on first parts (the part the labels name): a second part or a comparison's second side is left to the words.
  // A short message that points back leaves its subject to the conversation: the classifier would guess one from its priors.
  if ((reading.part ?? 0) > 0 || reading.pointsBack || answer.kind !== 'answer' || !answer.entry || reading.words > LONGEST_FITTED || !reading.classified) return null;
  const top = reading.classified.top;
  if (top === null || top === answer.entry.id || reading.keepsEngineOver?.(top) || reading.keepsAskedOver?.(top)) return null;
  if (answer.entry.id === reading.answer.entry?.id && reading.asksWordForWord) return null;
  // Only the classifier's own majority reading challenges (likelier than every other class together): where it reads
  // the message as one to decline ("do i need to be a nurse" is like nurses' own questions) or spreads its belief
  // ("highest paying care manager job"), its likeliest entry is only the least unlikely.
  if (reading.classified.probability(top) < CLASSIFIER_MAJORITY) return null;
  return top;
}

/** The raw features of the classifier's challenge to `answer` (the entry settled on) with entry `challenger`. */
export function challengeFeatures(reading: Reading, answer: Answer, challenger: string): Record<ChallengeFeature, number> {
  const classified = reading.classified!;
  const id = answer.entry?.id ?? '';
  const byWords = (reading.answer.ranked ?? []).find((candidate) => candidate.id === challenger);
  return {
    bias: 1,
    classTop: classified.probability(challenger),
    classAnswer: classified.probability(id),
    wordGap: reading.answer.score - (byWords?.score ?? 0),
    ...engineSideOfChallenge(reading, answer),
  };
}

/**
 * The highest probability the challenge could give a challenger to `answer`, read without the classifier: its entry's
 * probability is at least the majority and the answer's at most what is left, and no challenger is placed by the words
 * closer to the answer than the words' best other entry. Below `answerAbove`, no challenge can win, so the classifier
 * need not be read: a sure answer (a wide margin over the words' runner-up) skips it.
 */
export function challengeCeiling(model: ChallengeModel, reading: Reading, answer: Answer): number {
  const id = answer.entry?.id ?? '';
  let closest = 0;
  for (const candidate of reading.answer.ranked ?? []) if (candidate.id !== id && candidate.score > closest) closest = candidate.score;
  const engine = engineSideOfChallenge(reading, answer);
  const range: Record<ChallengeFeature, readonly [number, number]> = {
    bias: [1, 1],
    classTop: [CLASSIFIER_MAJORITY, 1],
    classAnswer: [0, 1 - CLASSIFIER_MAJORITY],
    engineScore: [engine.engineScore, engine.engineScore],
    engineMargin: [engine.engineMargin, engine.engineMargin],
    wordGap: [reading.answer.score - closest, reading.answer.score],
    logWords: [engine.logWords, engine.logWords],
    overruled: [engine.overruled, engine.overruled],
  };
  let z = 0;
  model.features.forEach((name, i) => {
    const weight = model.weights[i]!;
    const [low, high] = range[name];
    z += name === 'bias' ? weight : (weight * ((weight >= 0 ? high : low) - model.means[i]!)) / model.scales[i]!;
  });
  return 1 / (1 + Math.exp(-z));
}

/** The challenge's features that do not depend on the challenger: how sure the words are, how long the message is. */
function engineSideOfChallenge(reading: Reading, answer: Answer): Pick<Record<ChallengeFeature, number>, 'engineScore' | 'engineMargin' | 'logWords' | 'overruled'> {
  const id = answer.entry?.id ?? '';
  const ranked = reading.answer.ranked ?? [];
  const runnerUp = ranked.find((candidate) => candidate.id !== id);
  return {
    engineScore: reading.answer.score,
    engineMargin: ranked.length > 0 ? Math.max(0, ranked[0]!.score - (runnerUp?.score ?? 0)) : 0,
    logWords: Math.log(1 + Math.min(reading.words, LONGEST_READ)),
    overruled: reading.answer.entry && reading.answer.entry.id !== id ? 1 : 0,
  };
}

/** The probability that the classifier's entry is the right one, given that it or the answer's is. */
export function challengeLikelihood(model: ChallengeModel, features: Record<ChallengeFeature, number>): number {
  return logistic(model, features);
}

/** The probability that the answer is right. */
export function answerLikelihood(model: DoubtModel, features: Record<DoubtFeature, number>): number {
  return logistic(model, features);
}

/** Rounding room between the challenge's ceiling and its threshold: a ceiling this close reads the classifier. */
const CEILING_SLACK = 1e-9;

/** As many "did you mean" entries as the engine offers at most. */
const MAX_ALTERNATIVES = 3;

export interface Arbiter {
  decide(reading: Reading): Answer;
}

export function createArbiter(model: ArbiterModel, entryById: ReadonlyMap<string, FaqEntry>): Arbiter {
  const alternative = (entry: FaqEntry, score: number): Alternative => ({ id: entry.id, title: entry.title, score: Math.round(score * 1000) / 1000 });
  const { doubt, challenge } = model;
  /** The classifier's entry instead of the one settled on, when the challenge model finds it likelier right. */
  const challenged = (reading: Reading, answer: Answer): Answer => {
    // Where no challenger could win, the classifier is not read (its reading costs more than the rest of a short message).
    if (!challenge || challengeCeiling(challenge, reading, answer) < challenge.answerAbove - CEILING_SLACK) return answer;
    const id = challengerOf(reading, answer);
    const entry = id === null ? undefined : entryById.get(id);
    if (!entry || challengeLikelihood(challenge, challengeFeatures(reading, answer, entry.id)) < challenge.answerAbove) return answer;
    const others = answer.alternatives.filter((a) => a.id !== entry.id && a.id !== answer.entry!.id);
    return { ...answer, entry, alternatives: [alternative(answer.entry!, answer.score), ...others].slice(0, MAX_ALTERNATIVES) };
  };
  /** The answer settled on, or, when the doubt model finds it more likely wrong than right, the same entry offered first. */
  const weighed = (reading: Reading, answer: Answer): Answer => {
    if (!doubt || !doubtApplies(reading, answer, model.minWords, doubt.readBelow)) return answer;
    if (answerLikelihood(doubt, doubtFeatures(reading, answer)) >= doubt.offerBelow) return answer;
    const id = answer.entry!.id;
    // After it: what the arbiter offered beside it, the nearest phrasings' leader, the words' runners-up.
    const leader = wideLeader(reading.vote);
    const seen = new Set([id]);
    const offers: Alternative[] = [alternative(answer.entry!, answer.score)];
    for (const candidate of [...answer.alternatives, ...(leader ? [{ id: leader, score: reading.vote.wideShares.get(leader) ?? 0 }] : []), ...(reading.answer.ranked ?? [])]) {
      const entry = entryById.get(candidate.id);
      if (!entry || seen.has(entry.id)) continue;
      seen.add(entry.id);
      offers.push(alternative(entry, candidate.score));
    }
    return { question: answer.question, kind: 'ambiguous', answered: false, entry: null, score: answer.score, alternatives: offers.slice(0, MAX_ALTERNATIVES) };
  };
  return {
    decide(reading) {
      return weighed(reading, challenged(reading, settle(reading)));
    },
  };

  /** The words' answer, or the nearest phrasings' when the duel model says so (both offered when it is unsure). */
  function settle(reading: Reading): Answer {
    const duel = duelOf(reading, model.minWords, model.unsureBelow ?? 0);
    const answer = reading.answer;
    if (!duel) return answer;
    const challenger = entryById.get(duel.phrasings);
    const engineEntry = answer.entry;
    if (!challenger || !engineEntry) return answer;
    const p = phrasingsLikelihood(model, duelFeatures(reading, duel));
    if (p <= model.keepBelow) return answer;
    const others = answer.alternatives.filter((a) => a.id !== duel.phrasings && a.id !== duel.engine);
    if (p >= model.answerAbove) {
      return { ...answer, entry: challenger, score: answer.score, alternatives: [alternative(engineEntry, 1 - p), ...others].slice(0, MAX_ALTERNATIVES) };
    }
    // Unsure between the two: offer both, the likelier first, rather than answer the wrong one.
    const pair = p >= 0.5 ? [alternative(challenger, p), alternative(engineEntry, 1 - p)] : [alternative(engineEntry, 1 - p), alternative(challenger, p)];
    return { question: answer.question, kind: 'ambiguous', answered: false, entry: null, score: answer.score, alternatives: [...pair, ...others].slice(0, MAX_ALTERNATIVES) };
  }
}
