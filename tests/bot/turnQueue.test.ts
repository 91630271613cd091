import { expect } from 'chai';
import type { App } from '../../bot/app';
import { TURN_ERROR_REPLY } from '../../bot/adapter';
import { SlowStorage } from '../support/slowStorage';
import { message, newIds, post, replyText, startTestApp, type PostResult } from '../support/http';

function stepShown(result: PostResult): number | null {
  const match = /Step (\d+) of \d+/.exec(replyText(result));
  return match ? Number(match[1]) : null;
}

describe('turns of one conversation run one after another (the per-conversation queue)', function () {
  this.timeout(30_000);
  let app: App;
  // Slow enough that two turns started together overlap: each reads state, then writes it 20 ms later.
  const storage = new SlowStorage(20);

  before(async () => {
    app = await startTestApp({}, { storage });
  });

  after(async () => {
    await app.close();
  });

  it('answers two messages sent at once in one conversation in turn: next, next shows steps 2 and 3, no apology', async () => {
    const ids = newIds();
    expect(stepShown(await post(app.url, message('go to step 1', ids)))).to.equal(1);
    for (let round = 0; round < 3; round += 1) {
      const pair = await Promise.all([post(app.url, message('next', ids)), post(app.url, message('next', ids))]);
      const texts = pair.flatMap((result) => result.replies.map((reply) => reply.text));
      expect(texts, `round ${round + 1}`).not.to.include(TURN_ERROR_REPLY);
      const first = 2 + round * 2;
      expect(pair.map(stepShown).sort(), `round ${round + 1}: each turn saw the other's step`).to.deep.equal([first, first + 1]);
    }
  });
});
