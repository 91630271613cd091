import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from '../../bot/app';
import { isListable, type ListableStorage } from '../../bot/listing';
import { createFeedbackStore, FEEDBACK_PREFIX, feedbackUserKey } from '../../dialogs/feedbackStore';
import { Messages } from '../../dialogs/rendering/core/messages';
import { startAzurite, type Azurite } from '../support/azurite';
import { activity, message, post, replyText, startTestApp } from '../support/http';

const UNANSWERED = ['how do i bake sourdough bread', 'what is the best pizza topping'];

function listable(app: App): ListableStorage {
  if (!isListable(app.storage)) throw new Error('the app storage cannot list keys');
  return app.storage;
}

/** What the store holds about one person: state keys and feedback record keys. */
async function keptAbout(storage: ListableStorage, userId: string, conversationId: string): Promise<string[]> {
  return [
    ...(await storage.listKeys(`emulator/users/${userId}/`)),
    ...(await storage.listKeys(`emulator/conversations/${conversationId}/`)),
    ...(await storage.listKeys(`${FEEDBACK_PREFIX}${feedbackUserKey('emulator', userId)}/`)),
  ];
}

/** A person who walked to step 2, asked two questions the bot could not answer and rated an answer. */
async function leaveTraces(app: App, who: { userId: string; conversationId: string }): Promise<void> {
  expect(replyText(await post(app.url, message('walk me through the steps', who)))).to.include('Step 1');
  expect(replyText(await post(app.url, message('next', who)))).to.include('Step 2');
  for (const question of UNANSWERED) await post(app.url, message(question, who));
  await post(app.url, activity({ type: 'message', text: 'helpful', value: { action: 'rate', id: 'how-long', helpful: true } }, who));
}

function privacyScenarios(name: string, env: () => Record<string, string>): void {
  describe(`"forget me" on ${name}`, () => {
    let app: App;
    beforeEach(async () => {
      app = await startTestApp(env());
    });
    afterEach(async () => {
      await app.close();
    });

    it('asks first, then deletes that person\'s progress, conversation and feedback, and nobody else\'s', async function () {
      this.timeout(30_000);
      const storage = listable(app);
      const leaving = { userId: `leaving-${randomUUID()}`, conversationId: `c-${randomUUID()}` };
      const staying = { userId: `staying-${randomUUID()}`, conversationId: `c-${randomUUID()}` };
      await leaveTraces(app, leaving);
      await leaveTraces(app, staying);
      // Feedback is written after the reply; wait until both people's records are there.
      const feedback = createFeedbackStore(storage);
      for (let i = 0; i < 50 && (await storage.listKeys(FEEDBACK_PREFIX)).length < 6; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await keptAbout(storage, leaving.userId, leaving.conversationId)).to.have.length.above(3);

      const asked = await post(app.url, message('forget me', leaving));
      expect(replyText(asked)).to.include(Messages.forgetMe.confirm);
      expect(await keptAbout(storage, leaving.userId, leaving.conversationId), 'nothing is deleted before "yes"').to.have.length.above(3);

      const done = await post(app.url, message('yes', leaving));
      expect(replyText(done)).to.include(Messages.forgetMe.done(UNANSWERED.length + 1));
      expect(await keptAbout(storage, leaving.userId, leaving.conversationId)).to.deep.equal([]);
      expect(await keptAbout(storage, staying.userId, staying.conversationId)).to.have.length.above(3);
      const report = await feedback.read();
      expect(report.questions.map((record) => record.question).sort()).to.deep.equal([...UNANSWERED].sort());
      expect(report.questions.every((record) => record.count === 1), 'only the other person\'s questions are left').to.equal(true);
      expect(report.ratings['how-long']).to.include({ helpful: 1 });

      // Back later: nothing to resume.
      const later = replyText(await post(app.url, message('walk me through the steps', { userId: leaving.userId, conversationId: `c-${randomUUID()}` })));
      expect(later).to.include('Step 1');
      expect(later).not.to.include('Welcome back');
    });

    it('keeps everything when the answer is "no"', async function () {
      this.timeout(30_000);
      const storage = listable(app);
      const who = { userId: `undecided-${randomUUID()}`, conversationId: `c-${randomUUID()}` };
      await leaveTraces(app, who);
      await post(app.url, message('delete my data', who));
      expect(replyText(await post(app.url, message('no', who)))).to.include(Messages.forgetMe.kept);
      expect(await storage.listKeys(`emulator/users/${who.userId}/`)).to.have.length(1);
      expect(replyText(await post(app.url, message('walk me through the steps', { userId: who.userId, conversationId: `c-${randomUUID()}` })))).to.include('step 2');
    });
  });
}

describe('privacy', () => {
  it('tells people in the welcome and in "help" what is kept, for how long, and how to delete it', async () => {
    const app = await startTestApp({ FEEDBACK_RETENTION_DAYS: '30' });
    try {
      const ids = { userId: `u-${randomUUID()}`, conversationId: `c-${randomUUID()}` };
      const welcome = await post(app.url, activity({ type: 'conversationUpdate', membersAdded: [{ id: ids.userId }] }, ids));
      expect(replyText(welcome)).to.include(Messages.privacy(30));
      expect(replyText(await post(app.url, message('help', ids)))).to.include(Messages.privacy(30)).and.include('forget me');
    } finally {
      await app.close();
    }
  });

  privacyScenarios('memory storage', () => ({ STORAGE: 'memory' }));

  describe('on SQLite', () => {
    let dir = '';
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'privacy-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));
    privacyScenarios('SQLite', () => ({ STORAGE: 'sqlite', SQLITE_PATH: join(dir, `state-${randomUUID()}.sqlite`) }));
  });

  describe('on Azure Blob storage (Azurite)', () => {
    let azurite: Azurite | null = null;
    before(async function () {
      this.timeout(30_000);
      azurite = await startAzurite();
    });
    after(async () => {
      await azurite?.dispose();
    });
    privacyScenarios('Azure Blob storage (Azurite)', () => {
      if (!azurite) throw new Error('Azurite did not start');
      return { STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: `privacy-${randomUUID().slice(0, 8)}` };
    });
  });
});
