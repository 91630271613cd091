import { expect } from 'chai';
import { createVisitorTickets, VISITOR_TICKET_LIFETIME_MS } from '../../bot/directLine/visitor';
import { DIRECT_LINE_TOKEN_URL, type FetchLike } from '../../bot/directLine';
import { createLogger } from '../../bot/logger';
import { ErrorSchema, PageTokenSchema, request, startDirectLine, type Harness } from './directLineHarness';

const SECRET = 'dl-secret-THAT-MUST-NEVER-LEAVE-THE-SERVER-0123456789';
/** Production: credentials set, so the local Direct Line is off and the page token comes from Azure. */
const PRODUCTION_ENV = {
  MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
  MicrosoftAppPassword: 'not-a-real-password',
  MicrosoftAppTenantId: '00000000-0000-0000-0000-000000000002',
  DIRECT_LINE_SECRET: SECRET,
};

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

/** A fake of Azure's token endpoint: records each call and answers as told. No test reaches the internet. */
function fakeDirectLine(answer: (call: Call) => { status: number; json: unknown } | Error) {
  const calls: Call[] = [];
  const fetch: FetchLike = async (url, init) => {
    const call = { url, method: init.method, headers: init.headers, body: init.body };
    calls.push(call);
    const outcome = answer(call);
    if (outcome instanceof Error) throw outcome;
    return { ok: outcome.status >= 200 && outcome.status < 300, status: outcome.status, json: async () => outcome.json };
  };
  return { fetch, calls };
}

describe('page token route in production (Direct Line secret exchange)', () => {
  const harnesses: Harness[] = [];
  const logLines: string[] = [];
  const start = async (answer: Parameters<typeof fakeDirectLine>[0], env: Record<string, string> = PRODUCTION_ENV) => {
    const fake = fakeDirectLine(answer);
    const logger = createLogger({ level: 'trace', destination: { write: (line: string) => void logLines.push(line) } });
    const harness = await startDirectLine({ env, fetch: fake.fetch, logger });
    harnesses.push(harness);
    return { harness, calls: fake.calls };
  };
  after(async () => {
    await Promise.all(harnesses.map((h) => h.close()));
  });

  it('exchanges the secret server-side and returns only the token, bound to a fresh user id', async () => {
    const { harness, calls } = await start(() => ({ status: 200, json: { conversationId: 'abc', token: 'azure-issued-token', expires_in: 3600 } }));
    const response = await request(`${harness.url}/api/directline/token`, 'POST');
    expect(response.status).to.equal(200);
    expect(response.text).to.not.contain(SECRET);
    const body = PageTokenSchema.parse(response.json);
    expect(body).to.include({ token: 'azure-issued-token', expiresIn: 3600, conversationId: 'abc' });
    expect(body.domain, 'Web Chat uses Azure\'s default domain').to.equal(undefined);
    expect(calls).to.have.length(1);
    expect(calls[0]?.url).to.equal(DIRECT_LINE_TOKEN_URL);
    expect(calls[0]?.method).to.equal('POST');
    expect(calls[0]?.headers.Authorization).to.equal(`Bearer ${SECRET}`);
    expect(JSON.parse(calls[0]?.body ?? '{}')).to.deep.equal({ user: { id: body.userId } });
    expect(body.userId).to.match(/^dl_/);
  });

  it('gives each page its own user id', async () => {
    const { harness } = await start(() => ({ status: 200, json: { token: 't', expires_in: 3600 } }));
    const a = PageTokenSchema.parse((await request(`${harness.url}/api/directline/token`, 'POST')).json);
    const b = PageTokenSchema.parse((await request(`${harness.url}/api/directline/token`, 'POST')).json);
    expect(a.userId).to.not.equal(b.userId);
  });

  it('gives a returning page its user id again, from the ticket it kept, and asks Azure for a token for that user', async () => {
    const { harness, calls } = await start(() => ({ status: 200, json: { token: 't', expires_in: 3600 } }));
    const first = PageTokenSchema.parse((await request(`${harness.url}/api/directline/token`, 'POST')).json);
    const again = PageTokenSchema.parse((await request(`${harness.url}/api/directline/token`, 'POST', undefined, { visitor: first.visitor })).json);
    expect(again.userId).to.equal(first.userId);
    expect(JSON.parse(calls[1]?.body ?? '{}')).to.deep.equal({ user: { id: first.userId } });
  });

  const failures: Array<[string, Parameters<typeof fakeDirectLine>[0]]> = [
    ['Azure refuses the secret', () => ({ status: 403, json: { error: { code: 'BadArgument', message: `bad secret ${SECRET}` } } })],
    ['Azure answers without a token', () => ({ status: 200, json: { nothing: SECRET } })],
    ['the network fails', () => new Error(`connect ECONNREFUSED while sending ${SECRET}`)],
  ];
  for (const [situation, answer] of failures) {
    it(`answers 502 with advice and no secret when ${situation}`, async () => {
      logLines.length = 0;
      const { harness } = await start(answer);
      const response = await request(`${harness.url}/api/directline/token`, 'POST');
      expect(response.status).to.equal(502);
      expect(response.text).to.not.contain(SECRET);
      expect(ErrorSchema.parse(response.json).error.message).to.contain('DIRECT_LINE_SECRET');
      expect(logLines.join('\n'), 'the log').to.not.contain(SECRET);
      expect(logLines.join('\n')).to.contain('Direct Line token exchange');
    });
  }

  it('never serves the Direct Line protocol itself, so the secret cannot be used through this server', async () => {
    const { harness, calls } = await start(() => ({ status: 200, json: { token: 't' } }));
    for (const path of ['/v3/directline/tokens/generate', '/v3/directline/conversations']) {
      const response = await request(`${harness.url}${path}`, 'POST', SECRET);
      expect(response.status, path).to.equal(404);
      expect(response.text).to.not.contain(SECRET);
    }
    expect(calls).to.have.length(0);
  });

  it('prefers the local Direct Line when it is on, and never calls Azure then', async () => {
    const { harness, calls } = await start(() => ({ status: 200, json: { token: 'azure' } }), { DIRECT_LINE_SECRET: SECRET });
    const body = PageTokenSchema.parse((await request(`${harness.url}/api/directline/token`, 'POST')).json);
    expect(body.domain).to.equal('v3/directline');
    expect(body.token).to.not.equal('azure').and.not.contain(SECRET);
    expect(calls).to.have.length(0);
  });
});

describe('page token route: returning visitors (local Direct Line)', () => {
  let harness: Harness;
  before(async () => {
    harness = await startDirectLine({});
  });
  after(async () => {
    await harness.close();
  });
  const token = async (body?: unknown) => PageTokenSchema.parse((await request(`${harness.url}/api/directline/token`, 'POST', undefined, body)).json);

  it('keeps the user id of a genuine ticket, in a new conversation', async () => {
    const first = await token();
    const again = await token({ visitor: first.visitor });
    expect(again.userId).to.equal(first.userId);
    expect(again.conversationId).to.not.equal(first.conversationId);
  });

  it('gives a fresh user id for a forged, altered or foreign ticket, or a body that is not one', async () => {
    const first = await token();
    const [id, signature] = [first.visitor.slice(0, first.visitor.lastIndexOf('.')), first.visitor.slice(first.visitor.lastIndexOf('.') + 1)];
    const other = await startDirectLine({});
    try {
      const foreign = PageTokenSchema.parse((await request(`${other.url}/api/directline/token`, 'POST')).json).visitor;
      for (const body of [{ visitor: `user_AAAAAAAAAAAAAAAA.${signature}` }, { visitor: `${id}.${signature.slice(1)}x` }, { visitor: id }, { visitor: foreign }, { visitor: 42 }, 'not json', ['x']]) {
        const issued = await token(body);
        expect(issued.userId, JSON.stringify(body)).to.not.equal(first.userId);
        expect(issued.userId, JSON.stringify(body)).to.match(/^user_/);
      }
    } finally {
      await other.close();
    }
  });
});

describe('visitor tickets', () => {
  it('stop working after their lifetime, and each visit hands out a fresh one', () => {
    let clock = Date.UTC(2026, 0, 1);
    const tickets = createVisitorTickets('a-secret', () => clock);
    const first = tickets.ticketFor('user_AAAAAAAAAAAAAAAAAAAA');
    expect(tickets.userIdOf(first)).to.equal('user_AAAAAAAAAAAAAAAAAAAA');
    clock += VISITOR_TICKET_LIFETIME_MS - 1000;
    expect(tickets.userIdOf(first), 'just inside the lifetime').to.equal('user_AAAAAAAAAAAAAAAAAAAA');
    const rotated = tickets.ticketFor('user_AAAAAAAAAAAAAAAAAAAA');
    expect(rotated).not.to.equal(first);
    clock += 2000;
    expect(tickets.userIdOf(first), 'past the lifetime').to.equal(null);
    expect(tickets.userIdOf(rotated), 'the fresh one').to.equal('user_AAAAAAAAAAAAAAAAAAAA');
  });

  it('refuses a ticket whose date was changed, or one without a date', () => {
    const clock = Date.UTC(2026, 0, 1);
    const tickets = createVisitorTickets('a-secret', () => clock);
    const [userId, issued, signature] = tickets.ticketFor('user_AAAAAAAAAAAAAAAAAAAA').split('.');
    expect(tickets.userIdOf(`${userId}.${(clock + 1000).toString(36)}.${signature}`)).to.equal(null);
    expect(tickets.userIdOf(`${userId}.${signature}`)).to.equal(null);
    expect(tickets.userIdOf(`${userId}.${issued}.${signature}`)).to.equal(userId);
  });
});
