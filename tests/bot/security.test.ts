import { expect } from 'chai';
import type { App } from '../../bot/app';
import { captureLogger, message, newIds, post, startTestApp } from '../support/http';

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
        expect(result.text).not.to.match(/\n\s+at /);
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

  describe('rate limit', () => {
    let app: App;

    before(async () => {
      app = await startTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
    });

    after(async () => {
      await app.close();
    });

    it('answers 429 with Retry-After once a user goes over the limit, without running the bot', async () => {
      const ids = newIds();
      for (let i = 0; i < 3; i += 1) {
        expect((await post(app.url, message('hello', ids))).status).to.equal(200);
      }
      const refused = await post(app.url, message('hello', ids));
      expect(refused.status).to.equal(429);
      expect(Number(refused.headers.get('retry-after'))).to.be.at.least(1);
      expect(refused.json).to.have.nested.property('error.code', 'TooManyRequests');
      expect(refused.replies).to.deep.equal([]);
    });

    it('keeps other users unaffected', async () => {
      const flooder = newIds();
      for (let i = 0; i < 5; i += 1) await post(app.url, message('hello', flooder));
      const other = await post(app.url, message('hello'));
      expect(other.status).to.equal(200);
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
