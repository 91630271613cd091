import { expect } from 'chai';
import { request } from 'node:http';
import { connect } from 'node:net';
import { MemoryStorage } from 'botbuilder';
import type { App } from '../../bot/app';
import { MAX_ID_LENGTH, MAX_LOGGED_FIELD } from '../../bot/server';
import { TURN_ERROR_REPLY } from '../../bot/adapter';
import { startLocalTokenService, type LocalTokenService } from '../support/botFrameworkTokens';
import { activity, captureLogger, message, newIds, post, stackTracesIn, startTestApp } from '../support/http';

/** POSTs a JSON activity from a chosen local address (127.0.0.x are all this machine), as another client would. */
function postFrom(url: string, body: object, localAddress: string): Promise<{ status: number; retryAfter: string | undefined; text: string }> {
  const text = JSON.stringify(body);
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, localAddress, path: '/api/messages', method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) } },
      (res) => {
        let answer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (answer += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'], text: answer }));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

/** Collects what is written to stderr while `action` runs (the connector library prints there directly). */
async function stderrDuring(action: () => Promise<void>): Promise<string> {
  const written: string[] = [];
  const original = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array) => {
    written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stderr.write;
  try {
    await action();
  } finally {
    process.stderr.write = original;
  }
  return written.join('');
}

/** Credentials shaped like real ones; nothing here can obtain a token. */
const CREDENTIALS = {
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppId: '00000000-0000-0000-0000-0000000000aa',
  MicrosoftAppPassword: 'test-password-never-logged',
  MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000bb',
};

describe('security', () => {
  describe('with MicrosoftAppId set', () => {
    let app: App;
    const log = captureLogger('info');

    before(async () => {
      app = await startTestApp({ ...CREDENTIALS, LOG_LEVEL: 'info' }, { logger: log.logger });
    });

    after(async () => {
      await app.close();
    });

    it('refuses a request without an Authorization header with 401', async () => {
      const result = await post(app.url, message('hello'));
      expect(result.status).to.equal(401);
      expect(result.json).to.have.nested.property('error.code', 'Unauthorized');
      expect(result.replies).to.deep.equal([]);
    });

    it('refuses a garbage bearer token with 401', async () => {
      for (const authorization of ['Bearer garbage', 'Bearer a.b.c', 'Basic dXNlcjpwYXNz', 'nonsense']) {
        const result = await post(app.url, message('hello'), { authorization });
        expect(result.status, authorization).to.equal(401);
        expect(stackTracesIn(result.json)).to.deep.equal([]);
      }
    });

    it('does not open the local Direct Line, so the web page cannot get around the token check', async () => {
      const response = await fetch(`${app.url}/v3/directline/conversations`, { method: 'POST' });
      expect(response.status).to.equal(404);
    });

    it('never writes the app password or the Authorization header to the logs', () => {
      const all = log.lines().join('\n');
      expect(all).to.contain('request refused');
      expect(all).not.to.contain(CREDENTIALS.MicrosoftAppPassword);
      expect(all).not.to.contain('garbage');
    });
  });

  describe('with MicrosoftAppId set and a signing key the test trusts (real token validation, offline)', () => {
    let tokens: LocalTokenService;
    let app: App;
    const log = captureLogger('info');
    const serviceUrl = 'https://smba.trafficmanager.net/emea/';
    const teamsMessage = (text: string) => ({ ...message(text, { channelId: 'msteams' }), serviceUrl });
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

    before(async () => {
      tokens = await startLocalTokenService();
      app = await startTestApp({ ...CREDENTIALS, LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '3' }, { logger: log.logger, botFrameworkEndpoints: tokens.endpoints });
    });

    after(async () => {
      await app.close();
      await tokens.close();
    });

    it('accepts a token signed by the trusted key for this app id and service URL: 200 and the bot answers', async () => {
      const result = await post(app.url, teamsMessage('How long does it take to become a care manager?'), bearer(tokens.token({ appId: CREDENTIALS.MicrosoftAppId, serviceUrl })));
      expect(result.status, result.text).to.equal(200);
      expect(result.replies.length).to.be.above(0);
      expect(result.replies.map((reply) => reply.text)).not.to.include(TURN_ERROR_REPLY);
    });

    const now = () => Math.floor(Date.now() / 1000);
    const forgeries: Array<[string, () => string]> = [
      ['alg none, no signature', () => tokens.token({ appId: CREDENTIALS.MicrosoftAppId, serviceUrl, header: { alg: 'none' } })],
      ['signed by a key the metadata does not list', () => tokens.token({ appId: CREDENTIALS.MicrosoftAppId, serviceUrl, key: tokens.strangerKey })],
      ['not valid for another hour', () => tokens.token({ appId: CREDENTIALS.MicrosoftAppId, serviceUrl, claims: { nbf: now() + 3600 } })],
      ['expired an hour ago', () => tokens.token({ appId: CREDENTIALS.MicrosoftAppId, serviceUrl, claims: { exp: now() - 3600 } })],
      ['from another issuer', () => tokens.token({ appId: CREDENTIALS.MicrosoftAppId, serviceUrl, claims: { iss: 'https://evil.example' } })],
      ['for another bot', () => tokens.token({ appId: '00000000-0000-0000-0000-0000000000cc', serviceUrl })],
      ['for another service URL', () => tokens.token({ appId: CREDENTIALS.MicrosoftAppId, serviceUrl: 'https://evil.example/' })],
      ['naming a key id nobody published', () => tokens.token({ appId: CREDENTIALS.MicrosoftAppId, serviceUrl, header: { kid: 'no-such-key' } })],
    ];

    it('refuses forged, expired and misaddressed tokens with 401 (never 500), printing nothing to stderr', async () => {
      const statuses: string[] = [];
      const stderr = await stderrDuring(async () => {
        for (const [what, forge] of forgeries) {
          const result = await post(app.url, teamsMessage('hello'), bearer(forge()));
          statuses.push(`${what}: ${result.status}`);
          expect(result.replies, what).to.deep.equal([]);
          expect(stackTracesIn(result.json), what).to.deep.equal([]);
        }
      });
      expect(statuses).to.deep.equal(forgeries.map(([what]) => `${what}: 401`));
      expect(stderr, 'the library prints keys and errors to stderr').to.equal('');
      const errors = log.records().filter((record) => record.level === 50);
      expect(errors, 'a refused token is no server error').to.deep.equal([]);
    });

    it('rate-limits by the sender id the token vouches for', async () => {
      const ids = newIds();
      const token = tokens.token({ appId: CREDENTIALS.MicrosoftAppId, serviceUrl });
      const send = () => post(app.url, { ...message('hello', { ...ids, channelId: 'msteams' }), serviceUrl }, bearer(token));
      for (let i = 0; i < 3; i += 1) expect((await send()).status).to.equal(200);
      expect((await send()).status).to.equal(429);
      const other = await post(app.url, teamsMessage('hello'), bearer(token));
      expect(other.status, 'another user of the same channel').to.equal(200);
    });
  });

  describe('rate limit', () => {
    let app: App;

    before(async () => {
      app = await startTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
    });

    after(async () => {
      await app.close();
    });

    it('answers 429 with Retry-After once a client goes over the limit, without running the bot', async () => {
      const ids = newIds();
      for (let i = 0; i < 3; i += 1) expect((await postFrom(app.url, message('hello', ids), '127.0.0.3')).status).to.equal(200);
      const refused = await postFrom(app.url, message('hello', ids), '127.0.0.3');
      expect(refused.status).to.equal(429);
      expect(Number(refused.retryAfter)).to.be.at.least(1);
      expect(JSON.parse(refused.text)).to.have.nested.property('error.code', 'TooManyRequests');
      expect(refused.text).not.to.contain('activities');
    });

    it('without credentials, counts by connection address: a new from.id on every request does not get around it', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1) statuses.push((await postFrom(app.url, message('hello'), '127.0.0.4')).status);
      expect(statuses).to.deep.equal([200, 200, 200, 429, 429, 429]);
      expect((await postFrom(app.url, message('hello'), '127.0.0.5')).status, 'another address').to.equal(200);
    });
  });

  describe('without credentials (the local default)', () => {
    let app: App;
    const storage = new MemoryStorage();

    before(async () => {
      app = await startTestApp({}, { storage });
    });

    after(async () => {
      await app.close();
    });

    it('listens on 127.0.0.1 only, so other machines cannot reach it', async () => {
      expect(app.host).to.equal('127.0.0.1');
      // Any address but 127.0.0.1 stands for "not the interface we listen on"; 127.0.0.2 is this machine all the same.
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: '127.0.0.2', port: app.port });
        socket.once('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
      });
      expect(reached, 'a connection to 127.0.0.2').to.equal(false);
    });

    it('refuses a body that is not application/json with 415, so another site\'s page cannot post without a preflight', async () => {
      const body = JSON.stringify(message('hello'));
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const response = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': type }, body });
        expect(response.status, type).to.equal(415);
        expect(((await response.json()) as { error: { code: string } }).error.code).to.equal('UnsupportedMediaType');
      }
      expect((await post(app.url, body, { 'content-type': 'application/json; charset=utf-8' })).status).to.equal(200);
    });

    it('replies only to the Emulator\'s form of serviceUrl (a loopback address, any port, no path)', async () => {
      for (const serviceUrl of ['http://127.0.0.1:9/any/path', 'http://localhost:9/v3/x', 'https://example.com/', 'http://user:pw@127.0.0.1:9/', 'http://10.0.0.1:9/']) {
        const result = await post(app.url, { ...message('hi'), deliveryMode: 'normal', serviceUrl });
        expect(result.status, serviceUrl).to.equal(400);
        expect(result.text, serviceUrl).to.contain('ALLOWED_SERVICE_URLS');
      }
    });

    it('refuses ids longer than ' + MAX_ID_LENGTH + ' characters with 400 naming the field, and keeps nothing of them', async () => {
      const long = 'c'.repeat(100_000);
      for (const [field, body] of [
        ['conversation.id', message('hello', { conversationId: long })],
        ['from.id', message('hello', { userId: long })],
        ['channelId', message('hello', { channelId: long })],
      ] as const) {
        const result = await post(app.url, body);
        expect(result.status, field).to.equal(400);
        expect(result.text, field).to.contain(field);
        expect(result.text.length, field).to.be.below(1000);
      }
      const kept = await storage.read([`emulator/conversations/${long}/`, `emulator/users/${long}/`]);
      expect(Object.keys(kept)).to.deep.equal([]);
      expect((await post(app.url, message('hello', { conversationId: 'c'.repeat(MAX_ID_LENGTH) }))).status).to.equal(200);
    });
  });

  describe('logs before authentication', () => {
    it('keep at most ' + MAX_LOGGED_FIELD + ' characters of any id, and huge ids are refused before anything is logged', async () => {
      const log = captureLogger('info');
      const app = await startTestApp({ ...CREDENTIALS, LOG_LEVEL: 'info' }, { logger: log.logger });
      try {
        const longId = 'x'.repeat(MAX_ID_LENGTH);
        for (let i = 0; i < 5; i += 1) expect((await post(app.url, activity({ type: 'message', text: 'hi' }, { conversationId: longId }))).status).to.equal(401);
        for (let i = 0; i < 5; i += 1) expect((await post(app.url, activity({ type: 'message', text: 'hi' }, { conversationId: 'y'.repeat(250_000) }))).status).to.equal(400);
      } finally {
        await app.close();
      }
      const refusals = log.records().filter((record) => String(record.msg).startsWith('request refused'));
      expect(refusals).to.have.length(5);
      for (const record of refusals) expect(String(record.conversationId).length).to.be.at.most(MAX_LOGGED_FIELD + 30);
      expect(log.lines().join('\n').length, 'bytes of log for 10 requests').to.be.below(10_000);
    });
  });

  describe('logs at the default level', () => {
    it('never contain what the user typed, even when the turn fails', async () => {
      const log = captureLogger('info');
      const secret = 'my husband was diagnosed last week';
      const app = await startTestApp(
        { LOG_LEVEL: 'info' },
        {
          logger: log.logger,
          engine: {
            answer() {
              throw new Error('engine failure for the test');
            },
            answerAll() {
              throw new Error('engine failure for the test');
            },
          },
        },
      );
      try {
        const result = await post(app.url, message(`Can I become a care manager? ${secret}`));
        expect(result.status).to.equal(200);
      } finally {
        await app.close();
      }
      const all = log.lines().join('\n');
      expect(all, 'the failure is logged').to.contain('engine failure for the test');
      expect(all).not.to.contain(secret);
    });
  });
});
