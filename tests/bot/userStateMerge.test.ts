import { expect } from 'chai';
import type { App } from '../../bot/app';
import { TURN_ERROR_REPLY } from '../../bot/adapter';
import { mergeState } from '../../bot/state';
import { SlowStorage } from '../support/slowStorage';
import { message, newIds, post, replyText, startTestApp, type PostResult } from '../support/http';

function stepShown(result: PostResult): number | null {
  const match = /Step (\d+) of \d+/.exec(replyText(result));
  return match ? Number(match[1]) : null;
}

describe('user state shared by conversations running at once', function () {
  this.timeout(30_000);

  describe('mergeState (three-way, JSON)', () => {
    const cases: Array<[string, unknown, unknown, unknown, unknown]> = [
      ['only ours changed', { a: 1 }, { a: 2 }, { a: 1 }, { a: 2 }],
      ['only theirs changed', { a: 1 }, { a: 1 }, { a: 3 }, { a: 3 }],
      ['different fields changed', { a: 1, b: 1 }, { a: 2, b: 1 }, { a: 1, b: 3 }, { a: 2, b: 3 }],
      ['the same field changed both ways: ours, the later write', { a: 1 }, { a: 2 }, { a: 3 }, { a: 2 }],
      ['a set grown on both sides keeps both additions', { s: [1] }, { s: [1, 2] }, { s: [1, 5] }, { s: [1, 5, 2] }],
      ['a removal on one side is applied', { s: [1, 2] }, { s: [2] }, { s: [1, 2, 3] }, { s: [2, 3] }],
      ['a field ours deleted', { a: 1, b: 2 }, { a: 1 }, { a: 1, b: 2, c: 3 }, { a: 1, c: 3 }],
      ['nested objects merge key by key', { p: { x: 1, y: 1 } }, { p: { x: 2, y: 1 } }, { p: { x: 1, y: 2 } }, { p: { x: 2, y: 2 } }],
    ];
    for (const [what, base, ours, theirs, expected] of cases) {
      it(what, () => {
        expect(mergeState(base, ours, theirs)).to.deep.equal(expected);
      });
    }
  });

  describe('over HTTP, two conversations of one user on a slow store', () => {
    let app: App;
    const storage = new SlowStorage(15);

    before(async () => {
      app = await startTestApp({}, { storage });
    });

    after(async () => {
      await app.close();
    });

    it('answers every "next" of both walks (no apology) and keeps the steps each one marked done', async () => {
      const { userId } = newIds();
      const tabA = { conversationId: newIds().conversationId, userId };
      const tabB = { conversationId: newIds().conversationId, userId };
      expect(stepShown(await post(app.url, message('go to step 1', tabA)))).to.equal(1);
      expect(stepShown(await post(app.url, message('go to step 5', tabB)))).to.equal(5);
      const writesBefore = storage.writes;
      const results: PostResult[] = [];
      for (let round = 0; round < 4; round += 1) {
        results.push(...(await Promise.all([post(app.url, message('next', tabA)), post(app.url, message('next', tabB))])));
      }
      const apologies = results.filter((result) => result.replies.some((reply) => reply.text === TURN_ERROR_REPLY)).length;
      expect(`${apologies} of ${results.length} turns apologised`).to.equal(`0 of ${results.length} turns apologised`);
      expect(results.map(stepShown)).to.deep.equal([2, 6, 3, 7, 4, 8, 5, 9]);
      expect(storage.writes - writesBefore, 'state writes (the race really happened: more than one per turn)').to.be.above(results.length);
      const key = `emulator/users/${userId}/`;
      const saved = (await storage.inner.read([key]))[key] as { profile?: { completedSteps?: number[] } } | undefined;
      expect([...(saved?.profile?.completedSteps ?? [])].sort((a, b) => a - b)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
    });
  });
});
