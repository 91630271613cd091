import { expect } from 'chai';
import { ListableMemoryStorage } from '../../bot/listing';
import { createFeedbackStore, FEEDBACK_PREFIX, feedbackUserOf } from '../../dialogs/feedbackStore';
import { conversationKey, createUsageLog, UsageRecordSchema } from '../../dialogs/usageLog';

const person = { channelId: 'msteams', conversation: { id: 'conv-1', isGroup: false, name: '', conversationType: 'personal' }, from: { id: 'user-1', name: '' } };

describe('usage log (what /admin counts besides feedback)', () => {
  it('files one record per event under the person\'s feedback key, with channel and a conversation hash, and no text', async () => {
    const storage = new ListableMemoryStorage();
    const usage = createUsageLog(storage, { now: () => new Date('2026-03-02T10:00:00.000Z') });
    expect(await usage.question(person, 'answered', 'how-long')).to.equal(true);
    expect(await usage.flow(person, 'careerSteps', 'started')).to.equal(true);
    expect(await usage.walkStep(person, 3)).to.equal(true);
    const keys = await storage.listKeys(`${FEEDBACK_PREFIX}${feedbackUserOf(person)}/`);
    expect(keys).to.have.length(3);
    const records = Object.values(await storage.read(keys)).map((item) => UsageRecordSchema.parse(item));
    for (const record of records) expect(record).to.include({ channel: 'msteams', conversation: conversationKey('msteams', 'conv-1'), at: '2026-03-02T10:00:00.000Z' });
    expect(JSON.stringify(records)).to.not.contain('conv-1');
    expect(JSON.stringify(records)).to.not.contain('user-1');
  });

  it('is deleted by "forget me" and by the age clean-up, without counting as the person\'s questions and ratings', async () => {
    const storage = new ListableMemoryStorage();
    let now = new Date('2026-01-01T00:00:00.000Z');
    const usage = createUsageLog(storage, { now: () => now });
    const feedback = createFeedbackStore(storage, { now: () => now });
    const user = feedbackUserOf(person);
    await usage.question(person, 'declined');
    await feedback.recordQuestion('pilot school', 'out-of-scope', user, 'msteams');
    expect(await feedback.forgetUser(user)).to.equal(1);
    expect(await storage.listKeys(FEEDBACK_PREFIX)).to.deep.equal([]);
    await usage.walkStep(person, 1);
    now = new Date('2026-06-01T00:00:00.000Z');
    await usage.walkStep(person, 2);
    expect(await feedback.dropOlderThan(90)).to.equal(1);
    expect(await storage.listKeys(FEEDBACK_PREFIX)).to.have.length(1);
  });

  it('never throws into a turn when the storage is down', async () => {
    const errors: string[] = [];
    const storage = new ListableMemoryStorage();
    storage.write = () => Promise.reject(new Error('storage down'));
    const usage = createUsageLog(storage, { onError: (_error, operation) => errors.push(operation) });
    expect(await usage.question(person, 'answered', 'how-long')).to.equal(false);
    expect(errors).to.deep.equal(['usage.turn']);
  });
});
