import { z } from 'zod';
import type { Answer, Alternative } from './answerEngine';
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
}

/** The features of a disagreement, in the order the weights list them. */
export const ARBITER_FEATURES = ['bias', 'shareGap5', 'shareGap20', 'declineShare20', 'nearest', 'engineScore', 'engineMargin', 'offeredByEngine', 'logWords', 'wordGap', 'rankedByWords'] as const;
export type ArbiterFeature = (typeof ARBITER_FEATURES)[number];

export const ArbiterModelSchema = z
  .object({
    about: z.string(),
    features: z.array(z.enum(ARBITER_FEATURES)).min(1),
    weights: z.array(z.number()),
    /** Features are standardised with these before the weights apply. */
    means: z.array(z.number()),
    scales: z.array(z.number().positive()),
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
  })
  .strict()
  .refine((model) => model.weights.length === model.features.length && model.means.length === model.features.length && model.scales.length === model.features.length, {
    message: 'weights, means and scales must each have one number per feature',
  })
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
  let z = 0;
  model.features.forEach((name, i) => {
    const value = name === 'bias' ? 1 : (features[name] - model.means[i]!) / model.scales[i]!;
    z += model.weights[i]! * value;
  });
  return 1 / (1 + Math.exp(-z));
}

/** As many "did you mean" entries as the engine offers at most. */
const MAX_ALTERNATIVES = 3;

export interface Arbiter {
  decide(reading: Reading): Answer;
}

export function createArbiter(model: ArbiterModel, entryById: ReadonlyMap<string, FaqEntry>): Arbiter {
  const alternative = (entry: FaqEntry, score: number): Alternative => ({ id: entry.id, title: entry.title, score: Math.round(score * 1000) / 1000 });
  return {
    decide(reading) {
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
    },
  };
}
