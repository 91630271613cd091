import { expect } from 'chai';
import type { StoreItems } from 'botbuilder';
import { ListableMemoryStorage, type ListableStorage } from '../../bot/listing';
import {
  ANONYMOUS_USER,
  createFeedbackStore,
  FEEDBACK_PREFIX,
  feedbackUserKey,
  feedbackUserOf,
  LEGACY_FEEDBACK_KEYS,
  normaliseQuestion,
  recordTime,
} from '../../dialogs/feedbackStore';

const fixedNow = () => new Date('2025-03-01T10:00:00.000Z');

/** Storage whose writes fail the first `failures` times, as a store that is briefly down would. */
class FlakyStorage extends ListableMemoryStorage {
  writes = 0;
  constructor(private failures: number) {
    super();
  }
  override async write(changes: StoreItems): Promise<void> {
    this.writes++;
    if (this.failures > 0) {
      this.failures--;
      throw new Error('connect ECONNREFUSED 127.0.0.1:10000');
    }
    return super.write(changes);
  }
}

class BrokenStorage implements ListableStorage {
  read(): Promise<StoreItems> {
    return Promise.reject(new Error('storage is down'));
  }
  write(): Promise<void> {
    return Promise.reject(new Error('storage is down'));
  }
  delete(): Promise<void> {
    return Promise.reject(new Error('storage is down'));
  }
  listKeys(): Promise<string[]> {
    return Promise.reject(new Error('storage is down'));
  }
}

describe('feedback store', () => {
  it('counts an unanswered question under its normalised text, by kind', async () => {
    const store = createFeedbackStore(new ListableMemoryStorage(), { now: fixedNow });
    await store.recordQuestion('How do I become a PILOT?', 'out-of-scope', 'u1');
    await store.recordQuestion('  how do i become a pilot ', 'out-of-scope', 'u2');
    await store.recordQuestion('exam fees?', 'no-match', 'u1');
    const { questions } = await store.read();
    const pilot = questions.find((record) => record.question === 'how do i become a pilot');
    expect(pilot).to.include({ count: 2, lastSeen: '2025-03-01T10:00:00.000Z' });
    expect(pilot?.kinds).to.deep.equal({ 'no-match': 0, 'out-of-scope': 2, ambiguous: 0 });
    expect(questions.map((record) => record.question)).to.have.members(['how do i become a pilot', 'exam fees']);
  });

  it('masks e-mail addresses and phone numbers and drops @mentions before storing', () => {
    expect(normaliseQuestion('<at>CareBot</at> I am jane.doe@example.com, call +1 (555) 123-4567 about jobs')).to.equal(
      'i am [email], call [number] about jobs',
    );
  });

  it('records "None of these" picks with the entries that were offered', async () => {
    const store = createFeedbackStore(new ListableMemoryStorage(), { now: fixedNow });
    await store.recordNoneOfThese('license in texas', ['licensing', 'certifications'], 'u1');
    await store.recordNoneOfThese('License in Texas?', ['licensing', 'ccm'], 'u1');
    const { noneOfThese } = await store.read();
    expect(noneOfThese).to.deep.equal([
      { question: 'license in texas', offered: ['licensing', 'certifications', 'ccm'], count: 2, lastSeen: '2025-03-01T10:00:00.000Z' },
    ]);
  });

  it('counts helpful and not helpful ratings per entry', async () => {
    const store = createFeedbackStore(new ListableMemoryStorage(), { now: fixedNow });
    await store.recordRating('how-long', true, 'u1');
    await store.recordRating('how-long', false, 'u1');
    await store.recordRating('how-long', true, 'u1');
    await store.recordRating('salary', false, 'u1');
    const { ratings } = await store.read();
    expect(ratings['how-long']).to.include({ helpful: 2, notHelpful: 1 });
    expect(ratings['salary']).to.include({ helpful: 0, notHelpful: 1 });
  });

  it('stores one record per event under its own key, filed under the user, so no two writers share a document', async () => {
    const storage = new ListableMemoryStorage();
    const store = createFeedbackStore(storage, { now: fixedNow });
    const user = feedbackUserKey('msteams', '29:abc');
    await Promise.all(Array.from({ length: 12 }, () => store.recordQuestion('exam fees', 'no-match', user)));
    await Promise.all(Array.from({ length: 12 }, (_, i) => store.recordRating('how-long', i % 2 === 0, user)));
    const keys = await storage.listKeys(FEEDBACK_PREFIX);
    expect(keys).to.have.length(24);
    expect(new Set(keys).size).to.equal(24);
    expect(keys.every((key) => key.startsWith(`${FEEDBACK_PREFIX}${user}/20250301T100000000-`))).to.equal(true);
    expect(keys.some((key) => key.includes('29:abc')), 'no raw user id in a key').to.equal(false);
    const { questions, ratings } = await store.read();
    expect(questions[0]?.count).to.equal(12);
    expect(ratings['how-long']).to.include({ helpful: 6, notHelpful: 6 });
  });

  it('files the same person under the same key, and different people or channels apart', () => {
    expect(feedbackUserOf({ channelId: 'msteams', from: { id: '29:abc' } })).to.equal(feedbackUserKey('msteams', '29:abc'));
    expect(feedbackUserKey('msteams', '29:abc')).not.to.equal(feedbackUserKey('msteams', '29:abd'));
    expect(feedbackUserKey('msteams', '29:abc')).not.to.equal(feedbackUserKey('webchat', '29:abc'));
    expect(feedbackUserOf({ channelId: 'msteams' })).to.equal(ANONYMOUS_USER);
  });

  it('reads the time of a record from its key', async () => {
    const storage = new ListableMemoryStorage();
    await createFeedbackStore(storage, { now: fixedNow }).recordQuestion('exam fees', 'no-match', 'u1');
    const [key] = await storage.listKeys(FEEDBACK_PREFIX);
    expect(recordTime(key!)?.toISOString()).to.equal('2025-03-01T10:00:00.000Z');
    expect(recordTime('feedback-questions')).to.equal(null);
  });

  it('deletes every record of one user and no one else\'s', async () => {
    const storage = new ListableMemoryStorage();
    const store = createFeedbackStore(storage, { now: fixedNow });
    await store.recordQuestion('exam fees', 'no-match', 'leaving');
    await store.recordRating('salary', false, 'leaving');
    await store.recordNoneOfThese('license in texas', ['licensing'], 'leaving');
    await store.recordQuestion('pilot school', 'out-of-scope', 'staying');
    expect(await store.forgetUser('leaving')).to.equal(3);
    const after = await store.read();
    expect(after.questions.map((record) => record.question)).to.deep.equal(['pilot school']);
    expect(after.ratings).to.deep.equal({});
    expect(after.noneOfThese).to.deep.equal([]);
    expect(await store.forgetUser('leaving')).to.equal(0);
  });

  it('drops records older than the retention period and keeps the newer ones', async () => {
    const storage = new ListableMemoryStorage();
    let now = new Date('2025-01-01T00:00:00.000Z');
    const store = createFeedbackStore(storage, { now: () => now });
    await store.recordQuestion('old question', 'no-match', 'u1');
    now = new Date('2025-03-20T00:00:00.000Z');
    await store.recordQuestion('new question', 'no-match', 'u1');
    now = new Date('2025-04-05T00:00:00.000Z');
    expect(await store.dropOlderThan(30)).to.equal(1);
    expect((await store.read()).questions.map((record) => record.question)).to.deep.equal(['new question']);
  });

  it('still reports the earlier shared documents, counted together with new records, and ages them out too', async () => {
    const storage = new ListableMemoryStorage();
    await storage.write({
      [LEGACY_FEEDBACK_KEYS.questions]: {
        items: {
          'exam fees': { question: 'exam fees', count: 3, kinds: { 'no-match': 3, 'out-of-scope': 0, ambiguous: 0 }, firstSeen: '2024-12-01T00:00:00.000Z', lastSeen: '2025-02-20T00:00:00.000Z' },
          'very old': { question: 'very old', count: 1, kinds: { 'no-match': 1, 'out-of-scope': 0, ambiguous: 0 }, firstSeen: '2024-01-01T00:00:00.000Z', lastSeen: '2024-01-01T00:00:00.000Z' },
        },
      },
      [LEGACY_FEEDBACK_KEYS.ratings]: { items: { salary: { helpful: 2, notHelpful: 1, lastRated: '2024-01-01T00:00:00.000Z' } } },
    });
    const store = createFeedbackStore(storage, { now: fixedNow });
    await store.recordQuestion('Exam fees?', 'no-match', 'u1');
    await store.recordRating('salary', true, 'u1');
    const before = await store.read();
    expect(before.questions.find((record) => record.question === 'exam fees')).to.include({ count: 4, firstSeen: '2024-12-01T00:00:00.000Z', lastSeen: '2025-03-01T10:00:00.000Z' });
    expect(before.ratings['salary']).to.include({ helpful: 3, notHelpful: 1 });

    expect(await store.dropOlderThan(90)).to.equal(2);
    const after = await store.read();
    expect(after.questions.map((record) => record.question)).to.deep.equal(['exam fees']);
    expect(after.ratings['salary']).to.include({ helpful: 1, notHelpful: 0 });
    expect(await storage.read([LEGACY_FEEDBACK_KEYS.ratings])).to.deep.equal({});
  });

  it('keeps questions such as "__proto__" like any other', async () => {
    const store = createFeedbackStore(new ListableMemoryStorage());
    await store.recordQuestion('__proto__', 'no-match', 'u1');
    await store.recordRating('__proto__', true, 'u1');
    const { questions, ratings } = await store.read();
    expect(questions.map((record) => record.question)).to.deep.equal(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(ratings, '__proto__')?.value).to.include({ helpful: 1 });
  });

  it('flush waits for records nobody awaited (a turn does not wait for its record)', async () => {
    const store = createFeedbackStore(new ListableMemoryStorage());
    void store.recordQuestion('exam fees', 'no-match', 'u1');
    void store.recordRating('how-long', true, 'u1');
    await store.flush();
    const { questions, ratings } = await store.read();
    expect(questions.map((record) => record.question)).to.deep.equal(['exam fees']);
    expect(ratings['how-long']).to.include({ helpful: 1 });
  });

  it('tries again when a write fails, and stores the record once the storage answers', async () => {
    const storage = new FlakyStorage(2);
    const store = createFeedbackStore(storage, { maxAttempts: 3 });
    expect(await store.recordQuestion('exam fees', 'no-match', 'u1')).to.equal(true);
    expect(storage.writes).to.equal(3);
    expect((await store.read()).questions).to.have.length(1);
  });

  it('reports a record it could not store after the last attempt, instead of throwing or dropping it silently', async () => {
    const errors: string[] = [];
    const store = createFeedbackStore(new FlakyStorage(100), { maxAttempts: 2, onError: (_error, operation) => errors.push(operation) });
    expect(await store.recordRating('how-long', true, 'u1')).to.equal(false);
    expect(errors).to.deep.equal(['recordRating']);
  });

  it('never throws into a turn when the storage is down', async () => {
    const errors: unknown[] = [];
    const store = createFeedbackStore(new BrokenStorage(), { maxAttempts: 1, onError: (error) => errors.push(error) });
    expect(await store.recordQuestion('anything', 'no-match', 'u1')).to.equal(false);
    expect(await store.recordNoneOfThese('anything', [], 'u1')).to.equal(false);
    expect(await store.recordRating('how-long', true, 'u1')).to.equal(false);
    expect(errors).to.have.length(3);
    let readError: unknown = null;
    await store.read().catch((error: unknown) => (readError = error));
    expect(readError).to.be.instanceOf(Error);
  });

  it('ignores a stored item it cannot parse instead of failing the report', async () => {
    const storage = new ListableMemoryStorage();
    await storage.write({ [`${FEEDBACK_PREFIX}u1/20250301T100000000-abc`]: { type: 'question', question: 42 }, [LEGACY_FEEDBACK_KEYS.ratings]: { items: 'garbage' } });
    const store = createFeedbackStore(storage);
    expect(await store.recordRating('how-long', true, 'u1')).to.equal(true);
    expect(await store.read()).to.deep.include({ questions: [], noneOfThese: [] });
  });

  it('reads an empty snapshot from an empty storage', async () => {
    expect(await createFeedbackStore(new ListableMemoryStorage()).read()).to.deep.equal({ questions: [], noneOfThese: [], ratings: {} });
  });
});
