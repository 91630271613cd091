import type { Storage } from 'botbuilder';
import { FEEDBACK_LIMITS, FEEDBACK_PREFIX, FeedbackRecordSchema } from '../../dialogs/feedbackStore';
import { UsageRecordSchema } from '../../dialogs/usageLog';
import { createAnswerEngine, type AnswerEngine } from '../../knowledge/answerEngine';
import type { KnowledgeBase } from '../../knowledge/schema';
import { isListable } from '../listing';
import type { DashboardEvent } from './dashboard';

/**
 * Every feedback and usage record in the store, the ones `npm run report` counts included. Records of another shape
 * under the same prefix are skipped. Throws when the storage cannot be read or listed (the page says so).
 */
export async function readDashboardEvents(storage: Storage): Promise<DashboardEvent[]> {
  if (!isListable(storage)) throw new Error('this storage cannot list its keys; use one made by createStorage (bot/storage.ts)');
  const keys = await storage.listKeys(FEEDBACK_PREFIX);
  const events: DashboardEvent[] = [];
  for (let i = 0; i < keys.length; i += FEEDBACK_LIMITS.readBatch) {
    const read = await storage.read(keys.slice(i, i + FEEDBACK_LIMITS.readBatch));
    for (const item of Object.values(read)) {
      const feedback = FeedbackRecordSchema.safeParse(item);
      if (feedback.success) {
        events.push(feedback.data);
        continue;
      }
      const usage = UsageRecordSchema.safeParse(item);
      if (usage.success) events.push(usage.data);
    }
  }
  return events;
}

/**
 * The answer engine set to always name its closest entries, whatever their score: for an unanswered question these
 * are where an editor looks first. Only the public options change; the engine is the one that answers users.
 */
export function createCandidateEngine(kb: KnowledgeBase): AnswerEngine {
  return createAnswerEngine(kb, { minCoverage: 0, minScore: 0, confidentScore: Number.POSITIVE_INFINITY, ambiguityMargin: Number.POSITIVE_INFINITY, offTopicMargin: Number.POSITIVE_INFINITY, maxAlternatives: 3 });
}
