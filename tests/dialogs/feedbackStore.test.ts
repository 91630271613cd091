import { expect } from 'chai';
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { createFeedbackStore, FEEDBACK_KEYS, normaliseQuestion } from '../../dialogs/feedbackStore';

const fixedNow = () => new Date('2025-03-01T10:00:00.000Z');

/** MemoryStorage that rejects the first `conflicts` writes of a key as another writer would (stale eTag). */
class ConflictingStorage implements Storage {
  readonly inner = new MemoryStorage();
  writes = 0;
  constructor(private conflicts: number) {}
  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }
  async write(changes: StoreItems): Promise<void> {
    this.writes++;
    const isUpdate = Object.values(changes).some((item) => typeof item.eTag === 'string');
    if (isUpdate && this.conflicts > 0) {
      this.conflicts--;
      // Someone else wrote first: their write changes the eTag, ours is rejected like a 412.
      const current = await this.inner.read(Object.keys(changes));
      await this.inner.write(Object.fromEntries(Object.entries(current).map(([key, item]) => [key, { ...item, eTag: '*' }])));
      throw Object.assign(new Error('The condition specified using HTTP conditional header(s) is not met.'), { statusCode: 412 });
    }
    return this.inner.write(changes);
  }
  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

class BrokenStorage implements Storage {
  read(): Promise<StoreItems> {
    return Promise.reject(new Error('storage is down'));
  }
  write(): Promise<void> {
    return Promise.reject(new Error('storage is down'));
  }
  delete(): Promise<void> {
    return Promise.reject(new Error('storage is down'));
  }
}

describe('feedback store', () => {
  it('counts an unanswered question under its normalised text, by kind', async () => {
    const store = createFeedbackStore(new MemoryStorage(), { now: fixedNow });
    await store.recordQuestion('How do I become a PILOT?', 'out-of-scope');
    await store.recordQuestion('  how do i become a pilot ', 'out-of-scope');
    await store.recordQuestion('exam fees?', 'no-match');
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
    const store = createFeedbackStore(new MemoryStorage(), { now: fixedNow });
    await store.recordNoneOfThese('license in texas', ['licensing', 'certifications']);
    await store.recordNoneOfThese('License in Texas?', ['licensing', 'ccm']);
    const { noneOfThese } = await store.read();
    expect(noneOfThese).to.deep.equal([
      { question: 'license in texas', offered: ['licensing', 'certifications', 'ccm'], count: 2, lastSeen: '2025-03-01T10:00:00.000Z' },
    ]);
  });

  it('counts helpful and not helpful ratings per entry', async () => {
    const store = createFeedbackStore(new MemoryStorage(), { now: fixedNow });
    await store.recordRating('how-long', true);
    await store.recordRating('how-long', false);
    await store.recordRating('how-long', true);
    await store.recordRating('salary', false);
    const { ratings } = await store.read();
    expect(ratings['how-long']).to.include({ helpful: 2, notHelpful: 1 });
    expect(ratings['salary']).to.include({ helpful: 0, notHelpful: 1 });
  });

  it('loses no count when many turns record at the same time', async () => {
    const store = createFeedbackStore(new MemoryStorage(), { maxAttempts: 30 });
    await Promise.all(Array.from({ length: 12 }, () => store.recordQuestion('exam fees', 'no-match')));
    await Promise.all(Array.from({ length: 12 }, (_, i) => store.recordRating('how-long', i % 2 === 0)));
    const { questions, ratings } = await store.read();
    expect(questions[0]?.count).to.equal(12);
    expect(ratings['how-long']).to.include({ helpful: 6, notHelpful: 6 });
  });

  it('writes records that arrive together in one write of their document, not one write each', async () => {
    const storage = new ConflictingStorage(0);
    const store = createFeedbackStore(storage);
    const stored = await Promise.all(Array.from({ length: 50 }, (_, i) => store.recordQuestion(`question ${i % 10}`, 'no-match')));
    expect(stored.every(Boolean)).to.equal(true);
    // One write creates the empty document, one stores the batch.
    expect(storage.writes).to.equal(2);
    const { questions } = await store.read();
    expect(questions).to.have.length(10);
    expect(questions.every((record) => record.count === 5)).to.equal(true);
  });

  it('flush waits for records nobody awaited (a turn does not wait for its record)', async () => {
    const store = createFeedbackStore(new MemoryStorage());
    void store.recordQuestion('exam fees', 'no-match');
    void store.recordRating('how-long', true);
    await store.flush();
    const { questions, ratings } = await store.read();
    expect(questions.map((record) => record.question)).to.deep.equal(['exam fees']);
    expect(ratings['how-long']).to.include({ helpful: 1 });
  });

  it('reads again and retries when another writer changed the document (stale eTag)', async () => {
    const storage = new ConflictingStorage(2);
    const store = createFeedbackStore(storage);
    await store.recordQuestion('first', 'no-match');
    expect(await store.recordQuestion('second', 'no-match')).to.equal(true);
    const { questions } = await store.read();
    expect(questions.map((record) => record.question)).to.have.members(['first', 'second']);
  });

  it('gives up after the last attempt and reports the error instead of throwing', async () => {
    const errors: string[] = [];
    const store = createFeedbackStore(new ConflictingStorage(100), { maxAttempts: 3, onError: (_error, operation) => errors.push(operation) });
    expect(await store.recordRating('how-long', true)).to.equal(false);
    expect(errors).to.deep.equal(['recordRating']);
  });

  it('never throws into a turn when the storage is down', async () => {
    const errors: unknown[] = [];
    const store = createFeedbackStore(new BrokenStorage(), { onError: (error) => errors.push(error) });
    expect(await store.recordQuestion('anything', 'no-match')).to.equal(false);
    expect(await store.recordNoneOfThese('anything', [])).to.equal(false);
    expect(await store.recordRating('how-long', true)).to.equal(false);
    expect(errors).to.have.length(3);
    let readError: unknown = null;
    await store.read().catch((error: unknown) => (readError = error));
    expect(readError).to.be.instanceOf(Error);
  });

  it('replaces a document it cannot parse instead of failing every write', async () => {
    const storage = new MemoryStorage();
    await storage.write({ [FEEDBACK_KEYS.ratings]: { items: 'garbage' } });
    const store = createFeedbackStore(storage);
    expect(await store.recordRating('how-long', true)).to.equal(true);
    expect((await store.read()).ratings['how-long']).to.include({ helpful: 1 });
  });

  it('reads an empty snapshot from an empty storage', async () => {
    expect(await createFeedbackStore(new MemoryStorage()).read()).to.deep.equal({ questions: [], noneOfThese: [], ratings: {} });
  });

  it('records questions whose text is an object property name (__proto__, constructor), and finds them again', async () => {
    const storage = new MemoryStorage();
    const store = createFeedbackStore(storage, { now: fixedNow });
    for (const question of ['__proto__', 'constructor', '__proto__', 'hasOwnProperty']) await store.recordQuestion(question, 'no-match');
    await store.flush();
    const { questions } = await store.read();
    // Pairs, not an object: a literal's own "__proto__" key would itself set the prototype.
    const counts = questions.map((item) => `${item.question}: ${item.count}`).sort();
    expect(counts).to.deep.equal(['__proto__: 2', 'constructor: 1', 'hasownproperty: 1']);
  });
});
