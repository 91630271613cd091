import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { runReport } from '../../bot/cli/report';
import { createStorage } from '../../bot/storage';
import { createFeedbackStore } from '../../dialogs/feedbackStore';
import type { UserProfile } from '../../dialogs/deps';
import { TURN_ERROR_REPLY } from '../../bot/adapter';
import { startAzurite, type Azurite } from '../support/azurite';
import { startBotProcess, type BotProcess } from '../support/botProcess';
import { message, post, replyText, type PostResult } from '../support/http';

/** The step card a reply shows ("Step 3 of 10: ..."), or null. */
function stepOf(result: PostResult): number | null {
  const match = /Step (\d+) of 10/.exec(replyText(result));
  return match ? Number(match[1]) : null;
}

/** Reads until `done` holds (records are written just after their reply) or 10 s pass; returns the last read. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

describe('two bot processes on one Azure Blob store (Azurite)', function () {
  this.timeout(180_000);
  let azurite: Azurite | null = null;
  let bots: BotProcess[] = [];
  let env: Record<string, string> = {};

  before(async () => {
    azurite = await startAzurite();
    env = { STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: `scale-${randomUUID().slice(0, 8)}`, RATE_LIMIT_PER_MINUTE: '10000' };
    bots = await Promise.all([startBotProcess(env), startBotProcess(env)]);
  });

  after(async () => {
    await Promise.all(bots.map((bot) => bot.stop()));
    await azurite?.dispose();
  });

  it('keeps the walk, the chosen specialty and every feedback record when one user\'s turns alternate between them', async () => {
    const [a, b] = bots;
    if (!a || !b) throw new Error('the bots did not start');
    const user = { userId: `walker-${randomUUID()}`, conversationId: `c-${randomUUID()}` };
    const on = (i: number) => (i % 2 === 0 ? a : b);

    // The walk: each "next" goes to the other process, which must read where the previous one left it.
    expect(stepOf(await post(a.url, message('walk me through the steps', user)))).to.equal(1);
    for (let step = 2; step <= 5; step++) expect(stepOf(await post(on(step).url, message('next', user))), `step ${step}`).to.equal(step);
    await post(a.url, message('cancel', user));

    // The specialty: the question on one process, the answers on the other.
    await post(b.url, message('choose a specialty', user));
    await post(a.url, message('kids', user));
    const recommended = replyText(await post(b.url, message('children with complex needs', user)));
    expect(recommended.toLowerCase()).to.include('pediatric');
    // The suggestion is saved as the choice when the person takes it, here on the other process.
    await post(a.url, message('yes', user));

    // Feedback: questions the bot cannot answer, sent to both in turn.
    const questions = Array.from({ length: 6 }, (_, i) => `how do i bake sourdough bread number ${i + 1}`);
    for (const [i, question] of questions.entries()) await post(on(i).url, message(question, user));

    // Feedback is written just after each reply; the store is read directly.
    const storage = createStorage({ kind: 'blob', connectionString: env.BLOB_CONNECTION_STRING!, container: env.BLOB_CONTAINER! });
    const [userKey] = await storage.listKeys(`emulator/users/${user.userId}/`);
    expect(userKey, 'the user state was saved').to.be.a('string');
    const profile: Partial<UserProfile> | undefined = (await storage.read([userKey!]))[userKey!]?.profile;
    expect(profile?.lastStep).to.equal(5);
    expect(profile?.specialisation).to.equal('pediatric');
    const recorded = await eventually(async () => (await createFeedbackStore(storage).read()).questions.map((record) => record.question), (seen) => questions.every((q) => seen.includes(q)));
    expect(recorded).to.include.members(questions);

    let report = '';
    expect(await runReport({ env, write: (text) => (report += text) })).to.equal(0);
    for (const question of questions) expect(report).to.include(question);
  });

  it('records every question sent to both at the same moment: no feedback document to fight over', async () => {
    const [a, b] = bots;
    if (!a || !b) throw new Error('the bots did not start');
    const userId = `busy-${randomUUID()}`;
    const questions = Array.from({ length: 20 }, (_, i) => `what is the best pizza topping in town ${i + 1}`);
    const replies = await Promise.all(questions.map((question, i) => post((i % 2 === 0 ? a : b).url, message(question, { userId, conversationId: `c-${i}-${randomUUID()}` }))));
    expect(replies.every((reply) => reply.status === 200)).to.equal(true);
    const storage = createStorage({ kind: 'blob', connectionString: env.BLOB_CONNECTION_STRING!, container: env.BLOB_CONTAINER! });
    const read = async () => (await createFeedbackStore(storage).read()).questions.filter((record) => questions.includes(record.question)).map((record) => record.question);
    expect(await eventually(read, (seen) => seen.length === questions.length)).to.have.members(questions);
  });

  it('when both answer the same conversation at the same moment, one turn is saved and the other is told it was not: never lost silently', async () => {
    const [a, b] = bots;
    if (!a || !b) throw new Error('the bots did not start');
    const user = { userId: `racer-${randomUUID()}`, conversationId: `c-${randomUUID()}` };
    const storage = createStorage({ kind: 'blob', connectionString: env.BLOB_CONNECTION_STRING!, container: env.BLOB_CONTAINER! });
    expect(stepOf(await post(a.url, message('walk me through the steps', user)))).to.equal(1);
    let conflicts = 0;
    for (let round = 0; round < 5; round++) {
      const [fromA, fromB] = await Promise.all([post(a.url, message('next', user)), post(b.url, message('next', user))]);
      const apologies = [fromA, fromB].filter((reply) => replyText(reply).includes(TURN_ERROR_REPLY));
      conflicts += apologies.length;
      // The stored place in the walk is one that a reply without an apology showed: no turn claimed a step storage lost.
      const saved = [fromA, fromB].filter((reply) => !replyText(reply).includes(TURN_ERROR_REPLY)).map(stepOf);
      const [userKey] = await storage.listKeys(`emulator/users/${user.userId}/`);
      const profile: Partial<UserProfile> | undefined = (await storage.read([userKey!]))[userKey!]?.profile;
      expect(saved, `round ${round}: the turn that did not apologise was kept`).to.include(profile?.lastStep);
    }
    // The two processes really did race (otherwise this test proves nothing).
    expect(conflicts).to.be.above(0);
  });
});
