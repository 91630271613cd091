import { expect } from 'chai';
import { request } from 'node:http';
import { MemoryStorage, type StoreItems } from 'botbuilder';
import packageJson from '../../package.json';
import type { App } from '../../bot/app';
import { CONFIG_DEFAULTS } from '../../bot/config';
import { TURN_ERROR_REPLY } from '../../bot/adapter';
import { FlowPhrases, Messages } from '../../dialogs/rendering/core/messages';
import { activity, answers, message, newIds, post, stackTracesIn, startTestApp, type PostResult } from '../support/http';

/** A 200 can hide a failed turn (onTurnError answers 200 with an apology): check for it too. */
function expectAnswered(result: PostResult, what: string): void {
  expect(result.status, what).to.equal(200);
  expect(result.replies.map((reply) => reply.text), what).not.to.include(TURN_ERROR_REPLY);
}

describe('bot server (HTTP)', () => {
  let app: App;

  before(async () => {
    app = await startTestApp();
  });

  after(async () => {
    await app.close();
  });

  describe('GET /healthz', () => {
    it('reports ok with the version, the knowledge entries loaded and reachable storage', async () => {
      const response = await fetch(`${app.url}/healthz`);
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.match(/application\/json/);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body.status).to.equal('ok');
      expect(body.version).to.equal(packageJson.version);
      expect(body.knowledgeEntries).to.be.a('number').and.above(0);
      expect(body.storage).to.equal('reachable');
      expect(body.uptimeSeconds).to.be.a('number').and.at.least(0);
    });
  });

  describe('POST /api/messages', () => {
    it('answers a question with at least one reply in the expectReplies body', async () => {
      const result = await post(app.url, message('How do I become a care manager?'));
      expect(result.status).to.equal(200);
      expect(answers(result, TURN_ERROR_REPLY).length, 'replies other than the error apology').to.be.above(0);
      expect(result.replies.every((reply) => reply.type !== undefined)).to.equal(true);
    });

    it('answers a 20,000-character message quickly instead of choking on it', async () => {
      const long = 'What certification do I need to become a care manager? '.repeat(400).slice(0, 20_000);
      const started = Date.now();
      const result = await post(app.url, message(long));
      expectAnswered(result, 'long message');
      expect(result.replies.length).to.be.above(0);
      expect(Date.now() - started).to.be.below(2000);
    });

    it('answers emoji and other scripts', async () => {
      for (const text of ['👩‍⚕️❓', 'ケアマネージャーになるには？', 'كيف أصبح مدير رعاية', '   ', '', '\u0000\u202e']) {
        const result = await post(app.url, message(text));
        expectAnswered(result, JSON.stringify(text));
        expect(result.replies.length, JSON.stringify(text)).to.be.above(0);
      }
    });

    it('answers an attachment with no text', async () => {
      const result = await post(
        app.url,
        activity({ type: 'message', attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1:9/x.png' }] }),
      );
      expectAnswered(result, 'attachment');
      expect(result.replies.map((reply) => reply.text)).to.include(Messages.attachmentsOnly);
    });

    for (const [name, fields] of [
      ['typing', { type: 'typing' }],
      ['a message reaction', { type: 'messageReaction', reactionsAdded: [{ type: 'like' }] }],
      ['an unknown activity type', { type: 'somethingNew', value: { x: 1 } }],
      ['an event', { type: 'event', name: 'webchat/join', value: {} }],
      ['an unknown invoke', { type: 'invoke', name: 'unknown/thing', value: {} }],
      ['a conversation end', { type: 'endOfConversation' }],
    ] as const) {
      it(`takes ${name} quietly (200, no crash)`, async () => {
        const result = await post(app.url, activity(fields));
        expectAnswered(result, name);
        const health = await fetch(`${app.url}/healthz`);
        expect(health.status).to.equal(200);
      });
    }

    it('answers stale or forged card button values without failing the turn', async () => {
      for (const value of [
        { action: 'ask', id: 'no-such-entry' },
        { action: 'rate', id: 'how-long', helpful: 'maybe' },
        { action: 'flow', flow: 'nonexistent' },
        { action: '<script>alert(1)</script>' },
        'just a string',
        [1, 2, 3],
        { nested: { deeply: { x: null } } },
      ]) {
        expectAnswered(await post(app.url, activity({ type: 'message', value })), JSON.stringify(value));
        expectAnswered(await post(app.url, activity({ type: 'message', text: 'ok', value })), JSON.stringify(value));
      }
    });

    it('keeps a conversation going after a prompt is answered with something unrelated five times', async () => {
      const ids = newIds();
      expectAnswered(await post(app.url, message(FlowPhrases.specialisation, ids)), 'start');
      for (const text of ['banana', 'what is the weather', '42', '🙂', 'asdfgh']) {
        const result = await post(app.url, message(text, ids));
        expectAnswered(result, text);
        expect(result.replies.length, text).to.be.above(0);
      }
      const menu = await post(app.url, message('menu', ids));
      expectAnswered(menu, 'menu');
      expect(menu.replies.length).to.be.above(0);
    });

    it('refuses malformed JSON with 400 and a message saying so', async () => {
      const result = await post(app.url, '{"type": "message", "text": ');
      expect(result.status).to.equal(400);
      expect(result.json).to.have.nested.property('error.code', 'MalformedJson');
      expect(result.text).to.match(/not valid JSON/);
      expect(stackTracesIn(result.json)).to.deep.equal([]);
    });

    it('refuses an empty body with 400', async () => {
      const result = await post(app.url, '');
      expect(result.status).to.equal(400);
      expect(result.json).to.have.nested.property('error.code', 'EmptyBody');
    });

    it('refuses JSON that is not an activity with 400 naming the missing field', async () => {
      const noType = await post(app.url, { text: 'hi', channelId: 'emulator', conversation: { id: 'c' }, from: { id: 'u' } });
      expect(noType.status).to.equal(400);
      expect(noType.text).to.match(/type is missing/);
      const array = await post(app.url, '[1,2,3]');
      expect(array.status).to.equal(400);
      const noConversation = await post(app.url, { type: 'message', channelId: 'emulator', from: { id: 'u' }, deliveryMode: 'expectReplies' });
      expect(noConversation.status).to.equal(400);
      expect(noConversation.text).to.match(/conversation is missing/);
    });

    it(`refuses a body over ${CONFIG_DEFAULTS.maxBodyBytes} bytes with 413`, async () => {
      const huge = message('x'.repeat(CONFIG_DEFAULTS.maxBodyBytes + 10));
      const result = await post(app.url, huge);
      expect(result.status).to.equal(413);
      expect(result.json).to.have.nested.property('error.code', 'PayloadTooLarge');
      const after = await post(app.url, message('hello'));
      expect(after.status).to.equal(200);
    });

    it('gets its 413 through to a client that sends 5 MB with a Content-Length (20 of 20 tries; no EPIPE)', async () => {
      const body = Buffer.alloc(5 * 1024 * 1024, 'x');
      const { port } = new URL(app.url);
      const outcomes: string[] = [];
      for (let i = 0; i < 20; i += 1) {
        outcomes.push(
          await new Promise<string>((resolve) => {
            const req = request(
              { host: '127.0.0.1', port, path: '/api/messages', method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': body.length } },
              (res) => {
                res.resume();
                res.on('end', () => resolve(String(res.statusCode)));
              },
            );
            req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
            req.end(body);
          }),
        );
      }
      expect(outcomes).to.deep.equal(Array.from({ length: 20 }, () => '413'));
    });

    it('reads a refused body through before answering 413, so a client still sending hears the answer (not EPIPE)', async () => {
      // A slow uplink: 1 MB declared, sent in 16 pieces with pauses. Answering (and closing) while the client is still
      // sending resets its connection; the answer must come only after the last piece was sent.
      const piece = Buffer.alloc(64 * 1024, 'x');
      const pieces = 16;
      const { port } = new URL(app.url);
      const order: string[] = [];
      const status = await new Promise<string>((resolve) => {
        const req = request(
          { host: '127.0.0.1', port, path: '/api/messages', method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': piece.length * pieces } },
          (res) => {
            order.push('response');
            res.resume();
            res.on('end', () => resolve(String(res.statusCode)));
          },
        );
        req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
        let sent = 0;
        const sendNext = () => {
          sent += 1;
          if (sent === pieces) {
            req.end(piece, () => order.push('sent'));
            return;
          }
          req.write(piece, () => setTimeout(sendNext, 40));
        };
        sendNext();
      });
      expect(status).to.equal('413');
      expect(order).to.deep.equal(['sent', 'response']);
    });

    it('refuses a chunked body over the limit with 413 (no Content-Length to trust)', async () => {
      const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent >= 6) controller.close();
          else {
            sent += 1;
            controller.enqueue(chunk);
          }
        },
      });
      const response = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).to.equal(413);
    });

    it('refuses to relay replies to a remote serviceUrl while running without credentials', async () => {
      const result = await post(app.url, { ...message('hi'), deliveryMode: 'normal', serviceUrl: 'https://example.com/' });
      expect(result.status).to.equal(400);
      expect(result.text).to.match(/MicrosoftAppId/);
    });
  });

  describe('GET /healthz under load', () => {
    it('reads storage at most once per few seconds, however many requests ask (the route needs no token)', async () => {
      let reads = 0;
      const memory = new MemoryStorage();
      const counting = {
        read: (keys: string[]) => {
          reads += 1;
          return memory.read(keys);
        },
        write: (changes: StoreItems) => memory.write(changes),
        delete: (keys: string[]) => memory.delete(keys),
      };
      const probed = await startTestApp({}, { storage: counting });
      try {
        const statuses = await Promise.all(Array.from({ length: 50 }, () => fetch(`${probed.url}/healthz`).then((response) => response.status)));
        expect(statuses.every((status) => status === 200)).to.equal(true);
        expect(reads, 'storage reads for 50 health checks').to.be.at.most(1);
      } finally {
        await probed.close();
      }
    });
  });

  describe('other routes', () => {
    it('answers an unknown route with a JSON 404', async () => {
      const response = await fetch(`${app.url}/nope/not-here`);
      expect(response.status).to.equal(404);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).to.equal('NotFound');
      expect(body.error.message).to.contain('/api/messages');
    });

    it('answers GET /api/messages with a JSON 405', async () => {
      const response = await fetch(`${app.url}/api/messages`);
      expect(response.status).to.equal(405);
      expect(((await response.json()) as { error: { code: string } }).error.code).to.equal('MethodNotAllowed');
    });
  });
});
