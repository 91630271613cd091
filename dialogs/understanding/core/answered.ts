/**
 * The turn's record of an answer given in full, made one way for the readers (questions/thingAsked.ts) and the replies
 * (rendering/core/entryReplies.ts re-exports it). It imports only knowledge/ types, so either side may import it without a cycle.
 */
import type { Answer } from '../../../knowledge/answerEngine';
import type { FaqEntry } from '../../../knowledge/schema';

/** The turn's record of an answer the bot gave in full (`entry`, or none when it sent its own words). */
export const answeredWith = (question: string, entry: FaqEntry | null | undefined): Answer => ({ question, kind: 'answer', answered: true, entry: entry ?? null, score: 1, alternatives: [] });
