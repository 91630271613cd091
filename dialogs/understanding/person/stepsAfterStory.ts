/**
 * The guide's steps asked for after the person told of themselves ("im 52 work construction 30 yrs foreman. back is
 * finish. wife say try care work. what is steps"): the steps, as the last sentence alone asks, never an answer one word
 * of the story picks (tester ut31b K2 got the specializing step). Pure.
 */
import { readClauses, sentencesOf as sentencesIn } from '../core/clauses';
import { recogniseFlow } from '../core/intents';

/** The most sentences told before the steps are asked for. */
const MAX_TOLD = 6;

/** The message's sentences (clauses.ts), trimmed. */
const sentencesOf = (raw: string): string[] => sentencesIn(raw).map((sentence) => sentence.trim());

/** The message's last sentence ("what is steps" of a story told before it). */
export const lastSentence = (raw: string): string => sentencesOf(raw).at(-1) ?? raw;

/** True when the last sentence asks for the career steps and every sentence before it only tells or wishes. */
export function stepsAskedAfterStory(raw: string): boolean {
  const sentences = sentencesOf(raw);
  const last = sentences.at(-1);
  if (!last || sentences.length < 2 || sentences.length > MAX_TOLD + 1) return false;
  if (recogniseFlow(last)?.flow !== 'careerSteps') return false;
  return sentences.slice(0, -1).every((sentence) => readClauses(sentence).every((clause) => clause.act === 'tells' || clause.act === 'wishes'));
}
