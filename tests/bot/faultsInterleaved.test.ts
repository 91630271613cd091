import { expect } from 'chai';
import { MemoryStorage } from 'botbuilder';
import type { App } from '../../bot/app';
import { STATE_PROPERTIES } from '../../dialogs/deps';
import { message, newIds, post, replyText, startTestApp, type PostResult } from '../support/http';

const CONVERSATIONS = 1000;
const CONCURRENCY = 50;

type Ids = { conversationId: string; userId: string };

function stepShown(result: PostResult): number | null {
  const match = /Step (\d+) of \d+/.exec(replyText(result));
  return match ? Number(match[1]) : null;
}

/** At most `limit` requests in flight; the conversations' turns interleave in whatever order they get a slot. */
function createGate(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await task();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}

describe('faults: interleaved conversations', function () {
  this.timeout(60_000);
  let app: App;
  const storage = new MemoryStorage();

  before(async () => {
    // Without credentials the limit is per address, and every conversation here comes from this one.
    app = await startTestApp({ RATE_LIMIT_PER_MINUTE: '100000000' }, { storage });
  });

  after(async () => {
    await app.close();
  });

  it(`walks ${CONVERSATIONS} conversations over HTTP to different steps at once, and each ends in its own state`, async () => {
    const gate = createGate(CONCURRENCY);
    const say = (text: string, ids: Ids) => gate(() => post(app.url, message(text, ids)));
    const mistakes: string[] = [];
    const walked: Array<{ ids: Ids; target: number }> = [];

    // Conversation i jumps to step (i mod 9) + 1, then takes one step forward: every step 2..10 is someone's end point.
    async function walk(index: number): Promise<void> {
      const ids = newIds();
      const start = (index % 9) + 1;
      const target = start + 1;
      const first = stepShown(await say(`step ${start}`, ids));
      const second = stepShown(await say('next', ids));
      if (first !== start || second !== target) mistakes.push(`conversation ${index}: expected steps ${start}, ${target}; saw ${first}, ${second}`);
      walked.push({ ids, target });
    }

    await Promise.all(Array.from({ length: CONVERSATIONS }, (_, index) => walk(index)));
    expect(mistakes.slice(0, 5), `${mistakes.length} conversations went astray`).to.deep.equal([]);

    // What each conversation saved: the user's profile remembers the step it ended at.
    const keys = walked.map(({ ids }) => `emulator/users/${ids.userId}/`);
    const saved = await storage.read(keys);
    const wrong = walked.filter(({ ids, target }) => {
      const profile: unknown = saved[`emulator/users/${ids.userId}/`]?.[STATE_PROPERTIES.profile];
      return !(typeof profile === 'object' && profile !== null && 'lastStep' in profile && profile.lastStep === target);
    });
    expect(wrong.length, `profiles not at their own step, e.g. ${JSON.stringify(wrong.slice(0, 3))}`).to.equal(0);
  });
});
