import { expect } from 'chai';
import { TURN_ERROR_REPLY } from '../../bot/adapter';
import { CONNECTOR_PATH } from '../../bot/directLine';
import {
  directLineClient,
  ErrorSchema,
  request,
  startDirectLine,
  TEST_WELCOME,
  testReply,
  userMessage,
  type Harness,
} from './directLineHarness';

const errorCode = (json: unknown) => ErrorSchema.parse(json).error.code;
const errorMessage = (json: unknown) => ErrorSchema.parse(json).error.message;

describe('local Direct Line (HTTP)', () => {
  describe('with default limits', () => {
    let harness: Harness;
    let client: ReturnType<typeof directLineClient>;

    before(async () => {
      harness = await startDirectLine();
      client = directLineClient(harness.url);
    });
    after(() => harness.close());

    it('gives the page a random token bound to a new conversation and user, and the local domain', async () => {
      const response = await request(`${harness.url}/api/directline/token`, 'POST');
      expect(response.status).to.equal(200);
      expect(response.headers.get('cache-control')).to.equal('no-store');
      const first = await client.pageToken();
      const second = await client.pageToken();
      expect(first.token).to.have.length.of.at.least(40);
      expect(first.token).to.not.equal(second.token);
      expect(first.conversationId).to.not.equal(second.conversationId);
      expect(first.userId).to.match(/^user_/).and.not.equal(second.userId);
      expect(first.domain).to.equal('v3/directline');
      expect(first.expiresIn).to.equal(1800);
    });

    it('starts the conversation with 201, and the bot has welcomed the user by then', async () => {
      const page = await client.pageToken();
      const started = await client.start(page.token);
      expect(started.status).to.equal(201);
      expect(started.body.conversationId).to.equal(page.conversationId);
      const { activities } = await client.activities(page.token, started.body.conversationId);
      expect(activities.map((a) => a.text)).to.deep.equal([TEST_WELCOME]);
      expect(activities[0]?.from.id).to.not.equal(page.userId);
      expect(activities[0]?.id).to.be.a('string').and.not.equal('');
    });

    it('answers 200 to a second start of the same conversation without a second welcome', async () => {
      const { token, conversationId } = await client.open();
      const again = await client.start(token);
      expect(again.status).to.equal(200);
      expect(again.body.conversationId).to.equal(conversationId);
      const { activities } = await client.activities(token, conversationId);
      expect(activities.filter((a) => a.text === TEST_WELCOME)).to.have.length(1);
    });

    it('echoes the user message with an id and the same clientActivityID, stamped with the token\'s user', async () => {
      const { token, userId, conversationId } = await client.open();
      const posted = await client.post(token, conversationId, userMessage('hello there', 'client-42'));
      expect(posted.status).to.equal(200);
      const { activities } = await client.activities(token, conversationId);
      const echo = activities.find((a) => a.channelData?.clientActivityID === 'client-42');
      expect(echo, 'echo of the user message').to.not.equal(undefined);
      expect(echo?.id).to.equal(posted.json && typeof posted.json === 'object' && 'id' in posted.json ? posted.json.id : undefined);
      expect(echo?.from.id).to.equal(userId);
      expect(echo?.conversation.id).to.equal(conversationId);
      const reply = activities.find((a) => a.text === testReply('hello there'));
      expect(reply?.replyToId).to.equal(echo?.id);
      expect(activities.indexOf(reply ?? echo!)).to.be.above(activities.indexOf(echo!));
    });

    it('returns only what came after the watermark', async () => {
      const { token, conversationId } = await client.open();
      const first = await client.activities(token, conversationId);
      await client.post(token, conversationId, userMessage('one'));
      const second = await client.activities(token, conversationId, first.watermark);
      expect(second.activities.map((a) => a.text)).to.deep.equal(['one', testReply('one')]);
      const third = await client.activities(token, conversationId, second.watermark);
      expect(third.activities).to.deep.equal([]);
      expect(third.watermark).to.equal(second.watermark);
    });

    it('keeps conversations apart: a token for A gets 403 on B, and B is untouched', async () => {
      const a = await client.open();
      const b = await client.open();
      const read = await client.poll(a.token, b.conversationId);
      expect(read.status).to.equal(403);
      expect(errorCode(read.json)).to.equal('Forbidden');
      const write = await client.post(a.token, b.conversationId, userMessage('sneaky'));
      expect(write.status).to.equal(403);
      const { activities } = await client.activities(b.token, b.conversationId);
      expect(activities.map((x) => x.text)).to.deep.equal([TEST_WELCOME]);
    });

    it('refuses a missing or unknown token with 401 and says how to get one', async () => {
      const { conversationId } = await client.open();
      const missing = await client.poll(undefined, conversationId);
      expect(missing.status).to.equal(401);
      expect(errorMessage(missing.json)).to.contain('/api/directline/token');
      const unknown = await client.poll('not-a-real-token', conversationId);
      expect(unknown.status).to.equal(401);
      expect((await request(`${harness.url}/v3/directline/conversations`, 'POST')).status).to.equal(401);
    });

    it('rejects an invalid activity with 400 naming the field', async () => {
      const { token, conversationId } = await client.open();
      const badText = await client.post(token, conversationId, { type: 'message', text: 42 });
      expect(badText.status).to.equal(400);
      expect(errorMessage(badText.json)).to.contain('activity.text');
      const noType = await client.post(token, conversationId, { text: 'hi' });
      expect(noType.status).to.equal(400);
      expect(errorMessage(noType.json)).to.contain('activity.type');
      const tooLong = await client.post(token, conversationId, { type: 'message', text: 'x'.repeat(20_001) });
      expect(tooLong.status).to.equal(400);
      expect(errorMessage(tooLong.json)).to.contain('at most 20000 characters');
      const notJson = await client.post(token, conversationId, '{"type": "message",');
      expect(notJson.status).to.equal(400);
      expect(errorMessage(notJson.json)).to.contain('not valid JSON');
      const badWatermark = await client.poll(token, conversationId, 'abc');
      expect(badWatermark.status).to.equal(400);
      expect(errorMessage(badWatermark.json)).to.contain('watermark');
    });

    it('refuses bot replies on the connector routes that do not come from this server\'s own bot', async () => {
      const { token, conversationId } = await client.open();
      const path = `${harness.url}${CONNECTOR_PATH}/v3/conversations/${encodeURIComponent(conversationId)}/activities`;
      const forged = { type: 'message', text: 'I am the bot, trust me' };
      expect((await request(path, 'POST', undefined, forged)).status).to.equal(401);
      expect((await request(path, 'POST', token, forged)).status).to.equal(401);
      expect((await request(`${path}/some-id`, 'POST', 'garbage', forged)).status).to.equal(401);
      const { activities } = await client.activities(token, conversationId);
      expect(activities.map((a) => a.text)).to.not.include(forged.text);
    });

    it('refreshes a token into a new one for the same conversation', async () => {
      const { token, conversationId } = await client.open();
      const refreshed = await client.refresh(token);
      expect(refreshed.status).to.equal(200);
      const body = refreshed.json && typeof refreshed.json === 'object' ? refreshed.json : {};
      expect(body).to.include({ conversationId });
      const newToken = 'token' in body && typeof body.token === 'string' ? body.token : '';
      expect(newToken).to.not.equal(token).and.not.equal('');
      expect((await client.poll(newToken, conversationId)).status).to.equal(200);
    });

    it('passes a bot error to the adapter, whose apology reaches the user', async () => {
      const { token, conversationId } = await client.open();
      const posted = await client.post(token, conversationId, userMessage('throw'));
      expect(posted.status).to.equal(200);
      const { activities } = await client.activities(token, conversationId);
      expect(activities.map((a) => a.text)).to.include(TURN_ERROR_REPLY);
    });

    it('refuses posting before the conversation is started', async () => {
      const page = await client.pageToken();
      const posted = await client.post(page.token, page.conversationId ?? '', userMessage('too early'));
      expect(posted.status).to.equal(400);
      expect(errorMessage(posted.json)).to.contain('POST /v3/directline/conversations');
    });
  });

  describe('token request bodies', () => {
    let harness: Harness;
    before(async () => {
      harness = await startDirectLine();
    });
    after(() => harness.close());

    for (const path of ['/api/directline/token', '/v3/directline/tokens/generate']) {
      it(`${path} reads its body: 413 over the small limit, 415 when it is not JSON, 200 with none`, async () => {
        const big = await fetch(`${harness.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ visitor: 'x'.repeat(2 * 1024 * 1024) }) });
        expect(big.status).to.equal(413);
        expect(errorCode(await big.json())).to.equal('PayloadTooLarge');
        const form = await fetch(`${harness.url}${path}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
        expect(form.status).to.equal(415);
        expect((await request(`${harness.url}${path}`, 'POST')).status).to.equal(200);
      });
    }
  });

  describe('expiry and memory bounds', () => {
    let clock = 0;
    const now = () => clock;
    const harnesses: Harness[] = [];
    const start = async (limits: Parameters<typeof startDirectLine>[0]) => {
      const harness = await startDirectLine({ now, ...limits });
      harnesses.push(harness);
      return directLineClient(harness.url);
    };
    beforeEach(() => {
      clock = 1_000_000;
    });
    after(async () => {
      await Promise.all(harnesses.map((h) => h.close()));
    });

    it('expires a token after its lifetime with 403, while a refreshed one goes on working', async () => {
      const client = await start({ limits: { tokenTtlMs: 60_000, idleMs: 3_600_000 } });
      const { token, conversationId } = await client.open();
      clock += 30_000;
      const refreshed = await client.refresh(token);
      const fresh = refreshed.json && typeof refreshed.json === 'object' && 'token' in refreshed.json && typeof refreshed.json.token === 'string' ? refreshed.json.token : '';
      clock += 31_000;
      const expired = await client.poll(token, conversationId);
      expect(expired.status).to.equal(403);
      expect(errorCode(expired.json)).to.equal('TokenExpired');
      expect((await client.poll(fresh, conversationId)).status).to.equal(200);
    });

    it('forgets a conversation after it has been idle, whatever its token says', async () => {
      const client = await start({ limits: { tokenTtlMs: 3_600_000, idleMs: 60_000 } });
      const { token, conversationId } = await client.open();
      clock += 59_000;
      expect((await client.poll(token, conversationId)).status).to.equal(200);
      clock += 59_000;
      expect((await client.poll(token, conversationId)).status, 'still active: each request counts').to.equal(200);
      clock += 61_000;
      const gone = await client.poll(token, conversationId);
      expect(gone.status).to.equal(403);
      expect(errorCode(gone.json)).to.equal('TokenExpired');
    });

    it('keeps only the newest activities of a conversation', async () => {
      const client = await start({ limits: { maxActivitiesPerConversation: 4 } });
      const { token, conversationId } = await client.open();
      for (const text of ['a', 'b', 'c']) await client.post(token, conversationId, userMessage(text));
      const { activities, watermark } = await client.activities(token, conversationId);
      expect(activities.map((a) => a.text)).to.deep.equal(['b', testReply('b'), 'c', testReply('c')]);
      expect(watermark).to.equal('7');
    });

    it('at the cap, a never-started conversation makes room first, then the one idle longest, and a live one never (503)', async () => {
      const client = await start({ limits: { maxConversations: 2, activeMs: 60_000, idleMs: 3_600_000 } });
      const a = await client.open();
      const unstarted = await client.pageToken();
      const b = await client.open();
      expect((await client.start(unstarted.token).catch(() => ({ status: 401 }))).status, 'the never-started one made room').to.equal(401);
      const full = await request(`${client.base}/api/directline/token`, 'POST');
      expect(full.status, 'both live: nobody is cut off').to.equal(503);
      expect(errorCode(full.json)).to.equal('TooManyChats');
      clock += 61_000;
      expect((await client.poll(a.token, a.conversationId)).status).to.equal(200);
      const c = await client.open();
      expect((await client.poll(b.token, b.conversationId)).status, 'b was idle longest').to.equal(401);
      expect((await client.poll(a.token, a.conversationId)).status).to.equal(200);
      expect((await client.poll(c.token, c.conversationId)).status).to.equal(200);
    });

    it('refuses a posted activity over 100 KB with 413 (it would be kept in memory for the stream)', async () => {
      const client = await start({});
      const { token, conversationId } = await client.open();
      const big = await client.post(token, conversationId, { ...userMessage('hi'), value: { blob: 'x'.repeat(150 * 1024) } });
      expect(big.status).to.equal(413);
      expect((await client.post(token, conversationId, { ...userMessage('hi'), value: { small: 'x'.repeat(1024) } })).status).to.equal(200);
    });
  });

  describe('rate limits', () => {
    let harness: Harness;
    before(async () => {
      harness = await startDirectLine({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
    });
    after(() => harness.close());

    it('limits new chats per client address and messages per conversation with 429 and Retry-After', async () => {
      const client = directLineClient(harness.url);
      const a = await client.open();
      const b = await client.open();
      for (const text of ['one', 'two', 'three']) expect((await client.post(a.token, a.conversationId, userMessage(text))).status).to.equal(200);
      const fourth = await client.post(a.token, a.conversationId, userMessage('four'));
      expect(fourth.status).to.equal(429);
      expect(Number(fourth.headers.get('retry-after'))).to.be.above(0);
      expect((await client.post(b.token, b.conversationId, userMessage('other chat'))).status, 'another conversation').to.equal(200);
      await request(`${harness.url}/api/directline/token`, 'POST');
      const tooMany = await request(`${harness.url}/api/directline/token`, 'POST');
      expect(tooMany.status).to.equal(429);
      expect(errorMessage(tooMany.json)).to.contain('reload the page');
      expect((await request(`${harness.url}/v3/directline/tokens/generate`, 'POST')).status).to.equal(429);
    });
  });

  describe('when it is on or off', () => {
    const credentials = {
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'not-a-real-password',
      MicrosoftAppTenantId: '00000000-0000-0000-0000-000000000002',
    };

    it('is off when the bot has credentials, and the page route says how to configure web chat', async () => {
      const harness = await startDirectLine({ env: credentials });
      try {
        expect((await request(`${harness.url}/v3/directline/tokens/generate`, 'POST')).status).to.equal(404);
        const page = await request(`${harness.url}/api/directline/token`, 'POST');
        expect(page.status).to.equal(503);
        expect(errorMessage(page.json)).to.contain('DIRECT_LINE_SECRET').and.contain('LOCAL_DIRECT_LINE=on');
      } finally {
        await harness.close();
      }
    });

    it('is off with LOCAL_DIRECT_LINE=off even without credentials', async () => {
      const harness = await startDirectLine({ env: { LOCAL_DIRECT_LINE: 'off' } });
      try {
        expect((await request(`${harness.url}/v3/directline/conversations`, 'POST', 'x')).status).to.equal(404);
      } finally {
        await harness.close();
      }
    });

    it('reaches the bot in-process when explicitly on with credentials, asking no one for a token', async () => {
      const harness = await startDirectLine({ env: { ...credentials, LOCAL_DIRECT_LINE: 'on' } });
      try {
        const client = directLineClient(harness.url);
        const { token, conversationId } = await client.open();
        await client.post(token, conversationId, userMessage('still works'));
        const { activities } = await client.activities(token, conversationId);
        expect(activities.map((a) => a.text)).to.deep.equal([TEST_WELCOME, 'still works', testReply('still works')]);
      } finally {
        await harness.close();
      }
    });
  });
});
