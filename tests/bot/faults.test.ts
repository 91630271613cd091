import { expect } from 'chai';
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import type { App } from '../../bot/app';
import { TURN_ERROR_REPLY } from '../../bot/adapter';
import { HEALTH_PROBE_FAILURE_CACHE_MS } from '../../bot/health';
import { createStorage } from '../../bot/storage';
import { FlowPhrases } from '../../dialogs/rendering/core/messages';
import { startAzurite, type Azurite } from '../support/azurite';
import { activity, captureLogger, sharedKnowledge, message, newIds, post, replyText, stackTracesIn, startTestApp, type ActivityOptions, type PostResult } from '../support/http';

const { engine } = sharedKnowledge();

function texts(result: PostResult): string[] {
  return result.replies.map((reply) => reply.text ?? '');
}

function isApology(result: PostResult): boolean {
  return texts(result).includes(TURN_ERROR_REPLY);
}

function stepShown(result: PostResult): number | null {
  const match = /Step (\d+) of \d+/.exec(replyText(result));
  return match ? Number(match[1]) : null;
}

async function health(app: App): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${app.url}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Reads /healthz until it answers 200 or `withinMs` passes; returns the last answer either way. */
async function healthWhenSettled(app: App, withinMs: number): Promise<{ status: number; body: Record<string, unknown> }> {
  const deadline = Date.now() + withinMs;
  let last = await health(app);
  while (last.status !== 200 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    last = await health(app);
  }
  return last;
}

function conversationKey(options: Required<Pick<ActivityOptions, 'conversationId'>>): string {
  return `emulator/conversations/${options.conversationId}/`;
}

describe('faults', function () {
  this.timeout(20_000);

  describe('a turn that throws', () => {
    const log = captureLogger('info');
    let app: App;

    before(async () => {
      app = await startTestApp(
        { LOG_LEVEL: 'info' },
        {
          logger: log.logger,
          engine: {
            answer(question) {
              if (question.includes('EXPLODE')) throw new Error('test engine failure');
              return engine.answer(question);
            },
            answerAll(message) {
              if (message.includes('EXPLODE')) throw new Error('test engine failure');
              return engine.answerAll(message);
            },
          },
        },
      );
    });

    after(async () => {
      await app.close();
    });

    it('gets the plain apology (no stack trace), is logged with its conversation id, and the next message works', async () => {
      const ids = newIds();
      const failed = await post(app.url, message('EXPLODE how do I become a care manager', ids));
      expect(failed.status).to.equal(200);
      expect(texts(failed)).to.deep.equal([TURN_ERROR_REPLY]);
      expect(failed.text).not.to.contain('test engine failure');
      expect(stackTracesIn(failed.json)).to.deep.equal([]);
      const logged = log.records().find((record) => record.conversationId === ids.conversationId && record.level === 50);
      expect(logged, 'an error log with the conversation id').to.not.equal(undefined);

      const next = await post(app.url, message('How long does it take to become a care manager?', ids));
      expect(next.status).to.equal(200);
      expect(isApology(next)).to.equal(false);
      expect(next.replies.length).to.be.above(0);
    });

    it('keeps the place in a flow when the channel cannot take the replies (its service URL is down)', async () => {
      const ids = newIds();
      expect(stepShown(await post(app.url, message('go to step 3', ids)))).to.equal(3);
      // Delivered the normal way (no expectReplies): the bot posts its replies to the service URL, which refuses them
      // (404: this server is no channel, so the connector does not spend seconds retrying).
      const undelivered = await post(app.url, { ...message('next', ids), deliveryMode: 'normal', serviceUrl: app.url });
      expect(undelivered.status).to.be.below(500);
      const logged = log.records().find((record) => record.conversationId === ids.conversationId && String(record.msg).includes('replies could not be delivered'));
      expect(logged, 'the delivery failure is logged as such').to.not.equal(undefined);
      const cleared = log.records().filter((record) => record.conversationId === ids.conversationId && String(record.msg).includes('state cleared'));
      expect(cleared).to.deep.equal([]);
      expect(JSON.stringify(logged), 'no dialog state (what the user typed) in the log').not.to.contain('activeDialog');
      // The walk is still there, at the step the user last saw.
      expect(stepShown(await post(app.url, message('repeat', ids)))).to.equal(3);
    });

    it('clears a broken dialog stack so the conversation goes on', async () => {
      const storage = new MemoryStorage();
      const broken = await startTestApp({}, { storage });
      try {
        const ids = newIds();
        // A dialog stack naming a dialog that does not exist (a renamed dialog after a deploy, or forged state).
        await storage.write({ [conversationKey(ids)]: { dialogState: { dialogStack: [{ id: 'removedDialog', state: {} }] }, eTag: '*' } });
        const first = await post(broken.url, message('hello', ids));
        expect(texts(first)).to.deep.equal([TURN_ERROR_REPLY]);
        const second = await post(broken.url, message('How long does it take to become a care manager?', ids));
        expect(isApology(second)).to.equal(false);
        expect(second.replies.length).to.be.above(0);
      } finally {
        await broken.close();
      }
    });
  });

  describe('with Azure Blob storage (Azurite)', () => {
    let azurite: Azurite;
    const blobEnv = () => ({ STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: 'faults' });

    before(async () => {
      azurite = await startAzurite();
    });

    after(async () => {
      await azurite.dispose();
    });

    it('apologises while storage is unreachable, says so on /healthz, and recovers when it returns', async () => {
      await azurite.stop();
      const app = await startTestApp(blobEnv());
      try {
        const ids = newIds();
        const down = await post(app.url, message('How long does it take to become a care manager?', ids));
        expect(down.status).to.equal(200);
        expect(texts(down)).to.deep.equal([TURN_ERROR_REPLY]);
        const degraded = await health(app);
        expect(degraded.status).to.equal(503);
        expect(degraded.body).to.include({ status: 'degraded', storage: 'unreachable' });

        await azurite.start();
        const up = await post(app.url, message('How long does it take to become a care manager?', ids));
        expect(isApology(up)).to.equal(false);
        expect(up.replies.length).to.be.above(0);
        // An unreachable result is cached for HEALTH_PROBE_FAILURE_CACHE_MS, so /healthz may lag the first good turn by that.
        const ok = await healthWhenSettled(app, HEALTH_PROBE_FAILURE_CACHE_MS + 2000);
        expect(ok.status).to.equal(200);
        expect(ok.body).to.include({ status: 'ok', storage: 'reachable' });
      } finally {
        await azurite.start();
        await app.close();
      }
    });

    it('keeps the walk through the career steps across a restart of the server and of storage: resumes at step 5', async () => {
      const ids = newIds();
      let app = await startTestApp(blobEnv());
      try {
        let result = await post(app.url, message(FlowPhrases.careerSteps, ids));
        expect(stepShown(result)).to.equal(1);
        for (let step = 2; step <= 5; step += 1) {
          result = await post(app.url, message('next', ids));
          expect(stepShown(result)).to.equal(step);
        }
      } finally {
        await app.close();
      }
      await azurite.stop();
      await azurite.start();
      app = await startTestApp(blobEnv());
      try {
        const repeated = await post(app.url, message('repeat', ids));
        expect(stepShown(repeated), 'the same step after the restart').to.equal(5);
        const next = await post(app.url, message('next', ids));
        expect(stepShown(next)).to.equal(6);
      } finally {
        await app.close();
      }
    });

    it('does not welcome a conversation twice across a restart (conversation state survives)', async () => {
      const ids = newIds();
      const joined = activity({ type: 'conversationUpdate', membersAdded: [{ id: ids.userId, name: 'User' }] }, ids);
      let app = await startTestApp(blobEnv());
      try {
        expect((await post(app.url, joined)).replies.length).to.be.above(0);
      } finally {
        await app.close();
      }
      app = await startTestApp(blobEnv());
      try {
        expect((await post(app.url, { ...joined, id: 'again' })).replies).to.deep.equal([]);
      } finally {
        await app.close();
      }
    });

    it('reports an eTag conflict with another instance (apology + warning) and keeps the other instance state', async () => {
      const ids = newIds();
      const key = conversationKey(ids);
      const otherInstance = createStorage({ kind: 'blob', connectionString: azurite.connectionString, container: 'faults' });
      const ours = createStorage({ kind: 'blob', connectionString: azurite.connectionString, container: 'faults' });
      let interfere = false;
      // Between our turn's read and its write, another instance saves the same conversation.
      const racing: Storage = {
        read: (keys: string[]) => ours.read(keys),
        delete: (keys: string[]) => ours.delete(keys),
        async write(changes: StoreItems) {
          if (interfere && key in changes) {
            interfere = false;
            const current = (await otherInstance.read([key]))[key] ?? {};
            await otherInstance.write({ [key]: { ...current, otherInstanceWasHere: true } });
          }
          await ours.write(changes);
        },
      };
      const log = captureLogger('info');
      const app = await startTestApp(blobEnv(), { storage: racing, logger: log.logger });
      try {
        const first = await post(app.url, message('How long does it take to become a care manager?', ids));
        expect(isApology(first)).to.equal(false);

        // Starting the walk changes the conversation state, so this turn writes.
        interfere = true;
        const conflicted = await post(app.url, message(FlowPhrases.careerSteps, ids));
        expect(texts(conflicted)).to.include(TURN_ERROR_REPLY);
        const warning = log.records().find((record) => record.conversationId === ids.conversationId && /eTag conflict/.test(String(record.msg)));
        expect(warning, 'a warning naming the conflict').to.not.equal(undefined);
        expect((await otherInstance.read([key]))[key]).to.include({ otherInstanceWasHere: true });

        const after = await post(app.url, message(FlowPhrases.careerSteps, ids));
        expect(isApology(after)).to.equal(false);
        expect(stepShown(after)).to.equal(1);
        expect((await otherInstance.read([key]))[key], 'the next turn builds on the other instance state').to.include({ otherInstanceWasHere: true });
      } finally {
        await app.close();
      }
    });
  });
});
