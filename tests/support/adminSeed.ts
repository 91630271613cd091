import type { Storage } from 'botbuilder';
import { createFeedbackStore, feedbackUserOf } from '../../dialogs/feedbackStore';
import { createUsageLog, type UsageSource } from '../../dialogs/usageLog';

/**
 * Two days of use on two channels, written through the bot's own recorders (feedback and usage), and the numbers the
 * dashboard must show for them. A third day has nothing, so an empty day shows as zero.
 */
export const SEEDED = Object.freeze({
  from: '2026-03-02',
  to: '2026-03-04',
  days: ['2026-03-02', '2026-03-03', '2026-03-04'],
  all: { conversationsPerDay: [2, 2, 0], questionsPerDay: [6, 3, 0], outcomes: [5, 1, 3], answeredShare: '56%' },
  teams: { questions: 3, conversationsPerDay: [1, 1, 0], questionsPerDay: [2, 1, 0] },
  unansweredGroups: [
    { label: 'can i be a care manager in japan', count: 2 },
    { label: 'what is the weather today', count: 1 },
  ],
  noneOfThese: { question: 'do i need a driving licence', count: 2 },
  ratings: [
    { entryId: 'how-long', helpful: 2, notHelpful: 1 },
    { entryId: 'stressful', helpful: 0, notHelpful: 1 },
  ],
  busiest: [
    { entryId: 'how-long', count: 4 },
    { entryId: 'stressful', count: 1 },
  ],
  flowsStarted: [2, 1, 0, 0],
  flowsFinished: [1, 1, 0, 0],
  walkReached: [2, 2, 2, 1, 1, 1, 1, 1, 1, 1],
});

const who = (channelId: string, name: string): UsageSource => ({ channelId, conversation: { id: `conv-${name}`, isGroup: false, name: '', conversationType: 'personal' }, from: { id: `user-${name}`, name: '' } });

/** Writes the seeded events into `storage` and waits until every one is stored. */
export async function seedDashboard(storage: Storage): Promise<void> {
  let clock = new Date('2026-03-02T10:00:00.000Z');
  const now = () => {
    clock = new Date(clock.getTime() + 1000);
    return clock;
  };
  const feedback = createFeedbackStore(storage, { now });
  const usage = createUsageLog(storage, { now });
  const webA = who('directline', 'a');
  const teamsB = who('msteams', 'b');
  const webC = who('directline', 'c');
  const teamsD = who('msteams', 'd');
  const userOf = (source: UsageSource) => feedbackUserOf({ channelId: source.channelId ?? '', from: { id: source.from?.id ?? '' } });

  // 2 March: a Web Chat visitor asks four questions and walks three steps; a Teams user asks two.
  await usage.question(webA, 'answered', 'how-long');
  await usage.question(webA, 'answered', 'how-long');
  await usage.question(webA, 'suggested');
  await usage.question(webA, 'declined');
  await feedback.recordQuestion('Can I be a care manager in Japan?', 'no-match', userOf(webA), webA.channelId);
  await feedback.recordRating('how-long', true, userOf(webA), webA.channelId);
  await usage.flow(webA, 'careerSteps', 'started');
  for (const step of [1, 2, 3, 2, 3]) await usage.walkStep(webA, step);
  await usage.question(teamsB, 'answered', 'how-long');
  await usage.question(teamsB, 'answered', 'stressful');
  await feedback.recordRating('how-long', true, userOf(teamsB), teamsB.channelId);
  await feedback.recordRating('stressful', false, userOf(teamsB), teamsB.channelId);

  // 3 March: a Web Chat visitor asks two questions the guide does not cover and finishes two flows; a Teams user asks one.
  clock = new Date('2026-03-03T09:00:00.000Z');
  await usage.question(webC, 'declined');
  await feedback.recordQuestion('care manager jobs in Japan', 'no-match', userOf(webC), webC.channelId);
  await usage.question(webC, 'declined');
  await feedback.recordQuestion('What is the weather today?', 'out-of-scope', userOf(webC), webC.channelId);
  await feedback.recordNoneOfThese('Do I need a driving licence', ['how-long', 'what-is-needed'], userOf(webC), webC.channelId);
  await usage.flow(webC, 'careerSteps', 'started');
  for (let step = 1; step <= 10; step++) await usage.walkStep(webC, step);
  await usage.flow(webC, 'careerSteps', 'finished');
  await usage.flow(webC, 'specialisation', 'started');
  await usage.flow(webC, 'specialisation', 'finished');
  await usage.question(teamsD, 'answered', 'how-long');
  await feedback.recordNoneOfThese('do i need a driving licence?', ['how-long'], userOf(teamsD), teamsD.channelId);
  await feedback.recordRating('how-long', false, userOf(teamsD), teamsD.channelId);
  await Promise.all([feedback.flush(), usage.flush()]);
}
