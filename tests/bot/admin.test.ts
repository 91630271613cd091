import { expect } from 'chai';
import type { App } from '../../bot/app';
import { ADMIN_COOKIE, isAdmin, sameSecret, sessionCookieValue } from '../../bot/admin/auth';
import { csvCell } from '../../bot/admin/csv';
import { buildDashboard, FilterError, groupQuestions, parseFilter, type Dashboard } from '../../bot/admin/dashboard';
import { createCandidateEngine, readDashboardEvents } from '../../bot/admin/events';
import { AdminRoutes } from '../../bot/admin/routes';
import { ConfigError, loadConfig } from '../../bot/config';
import { FlowPhrases } from '../../dialogs/rendering/core/messages';
import { seedDashboard, SEEDED } from '../support/adminSeed';
import { message, newIds, sharedKnowledge, startTestApp } from '../support/http';

const TOKEN = 'unit-admin-token-0123456789';
const bearer = { Authorization: `Bearer ${TOKEN}` };

async function post(app: App, body: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status, await response.clone().text()).to.equal(200);
}

describe('/admin dashboard (ADMIN_TOKEN)', () => {
  describe('configuration', () => {
    it('refuses a short token, saying how to make a good one', () => {
      try {
        loadConfig({ ADMIN_TOKEN: 'secret' });
        expect.fail('a 6-character token was accepted');
      } catch (error) {
        expect(error).to.be.instanceOf(ConfigError);
        expect(String(error)).to.match(/ADMIN_TOKEN: must be at least 16 characters \(got 6\); make one with/);
      }
    });
  });

  describe('when ADMIN_TOKEN is not set', () => {
    let app: App;
    before(async () => {
      app = await startTestApp();
    });
    after(() => app.close());

    it('has no /admin routes at all: 404, even with a token', async () => {
      for (const path of [AdminRoutes.page, AdminRoutes.data, AdminRoutes.csv, AdminRoutes.script]) {
        expect((await fetch(`${app.url}${path}`, { headers: bearer })).status, path).to.equal(404);
      }
    });
  });

  describe('when ADMIN_TOKEN is set', () => {
    let app: App;
    before(async () => {
      app = await startTestApp({ ADMIN_TOKEN: TOKEN });
      await seedDashboard(app.storage);
    });
    after(() => app.close());

    it('answers 401 without the token, with a wrong one, and with the token in the URL', async () => {
      expect((await fetch(`${app.url}${AdminRoutes.page}`)).status).to.equal(401);
      expect((await fetch(`${app.url}${AdminRoutes.data}`)).status).to.equal(401);
      expect((await fetch(`${app.url}${AdminRoutes.data}`, { headers: { Authorization: 'Bearer wrong-token-wrong-token' } })).status).to.equal(401);
      expect((await fetch(`${app.url}${AdminRoutes.data}?token=${TOKEN}`)).status).to.equal(401);
      const body = await (await fetch(`${app.url}${AdminRoutes.csv}`)).json();
      expect(body.error.message).to.contain('Authorization: Bearer');
    });

    it('serves the numbers to a Bearer token: the seeded days, outcomes and flows', async () => {
      const response = await fetch(`${app.url}${AdminRoutes.data}?from=${SEEDED.from}&to=${SEEDED.to}`, { headers: bearer });
      expect(response.status).to.equal(200);
      expect(response.headers.get('cache-control')).to.equal('no-store');
      const dashboard = (await response.json()) as Dashboard;
      expect(dashboard.days.map((day) => day.questions)).to.deep.equal(SEEDED.all.questionsPerDay);
      expect(dashboard.days.map((day) => day.conversations)).to.deep.equal(SEEDED.all.conversationsPerDay);
      expect([dashboard.totals.answered, dashboard.totals.suggested, dashboard.totals.declined]).to.deep.equal(SEEDED.all.outcomes);
      expect(dashboard.flows.map((flow) => flow.started)).to.deep.equal(SEEDED.flowsStarted);
      expect(dashboard.walk.map((step) => step.reached)).to.deep.equal(SEEDED.walkReached);
    });

    it('says what is wrong with a bad filter (400)', async () => {
      const response = await fetch(`${app.url}${AdminRoutes.data}?from=2026-03-05&to=2026-03-01`, { headers: bearer });
      expect(response.status).to.equal(400);
      expect((await response.json()).error.message).to.equal('"from" (2026-03-05) is after "to" (2026-03-01); swap them.');
    });

    it('signs in through the form into an HttpOnly, SameSite=Strict cookie scoped to /admin that opens the page', async () => {
      const wrong = await fetch(`${app.url}${AdminRoutes.login}`, { method: 'POST', body: new URLSearchParams({ token: 'nope' }), redirect: 'manual' });
      expect(wrong.status).to.equal(401);
      expect(wrong.headers.get('set-cookie')).to.equal(null);
      const right = await fetch(`${app.url}${AdminRoutes.login}`, { method: 'POST', body: new URLSearchParams({ token: TOKEN }), redirect: 'manual' });
      expect(right.status).to.equal(303);
      const cookie = right.headers.get('set-cookie') ?? '';
      expect(cookie).to.match(new RegExp(`^${ADMIN_COOKIE}=\\d+\\.[\\w-]{43}; Path=/admin; Max-Age=\\d+; HttpOnly; SameSite=Strict$`));
      expect(cookie).to.not.contain(TOKEN);
      const page = await fetch(`${app.url}${AdminRoutes.page}`, { headers: { Cookie: cookie.split(';')[0] ?? '' } });
      expect(page.status).to.equal(200);
      expect(page.headers.get('content-security-policy')).to.contain("frame-ancestors 'none'");
    });

    it('exports CSV tables, with questions users typed made safe for spreadsheets', async () => {
      const response = await fetch(`${app.url}${AdminRoutes.csv}?table=unanswered&from=${SEEDED.from}&to=${SEEDED.to}`, { headers: bearer });
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.equal('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).to.equal(`attachment; filename="care-manager-bot-unanswered-${SEEDED.from}-to-${SEEDED.to}-all.csv"`);
      const lines = (await response.text()).trim().split('\r\n');
      expect(lines[0]).to.equal('group,question,times asked,closest entries');
      expect(lines.slice(1).map((line) => line.split(',')[1])).to.have.members(['can i be a care manager in japan', 'care manager jobs in japan', 'what is the weather today']);
      expect(csvCell('=HYPERLINK("x")')).to.equal('"\'=HYPERLINK(""x"")"');
      expect(csvCell('-1+2')).to.equal("'-1+2");
      expect((await fetch(`${app.url}${AdminRoutes.csv}?table=secrets`, { headers: bearer })).status).to.equal(400);
    });
  });

  describe('what a conversation records for it', () => {
    let app: App;
    before(async () => {
      app = await startTestApp({ ADMIN_TOKEN: TOKEN });
    });
    after(() => app.close());

    it('counts an answered, a declined question and a walk started, with the channel and no user text', async () => {
      const ids = newIds();
      await post(app, message('how long does it take to become a care manager', { ...ids, channelId: 'msteams' }));
      await post(app, message('what is the capital of peru', { ...ids, channelId: 'msteams' }));
      await post(app, message(FlowPhrases.careerSteps, { ...ids, channelId: 'msteams' }));
      await app.close();
      const events = await readDashboardEvents(app.storage);
      const usage = events.filter((event) => event.type === 'turn' || event.type === 'flow' || event.type === 'walkStep');
      expect(usage.map((event) => event.type)).to.have.members(['turn', 'turn', 'flow', 'walkStep']);
      for (const event of usage) expect(event.channel).to.equal('msteams');
      const turns = usage.filter((event) => event.type === 'turn');
      expect(turns.map((event) => (event.type === 'turn' ? `${event.outcome}:${event.entryId ?? ''}` : ''))).to.have.members(['answered:how-long', 'declined:']);
      expect(JSON.stringify(usage)).to.not.contain('peru');
      const declined = events.find((event) => event.type === 'question');
      expect(declined).to.deep.include({ question: 'what is the capital of peru', channel: 'msteams' });
    });
  });

  describe('pieces', () => {
    it('compares tokens in constant time whatever their lengths', () => {
      expect(sameSecret(TOKEN, TOKEN)).to.equal(true);
      expect(sameSecret(`${TOKEN}x`, TOKEN)).to.equal(false);
      expect(sameSecret('', TOKEN)).to.equal(false);
    });

    it('takes a session cookie only while it lasts and only for this token', () => {
      const request = (cookie: string) => ({ headers: { cookie } });
      const value = sessionCookieValue(TOKEN, 2000);
      expect(isAdmin(request(`${ADMIN_COOKIE}=${value}`), TOKEN, 1000)).to.equal(true);
      expect(isAdmin(request(`${ADMIN_COOKIE}=${value}`), TOKEN, 2001)).to.equal(false);
      expect(isAdmin(request(`${ADMIN_COOKIE}=${value}`), 'another-token-0123456789', 1000)).to.equal(false);
      expect(isAdmin(request(`${ADMIN_COOKIE}=9999999999.${value.split('.')[1]}`), TOKEN, 1000)).to.equal(false);
    });

    it('groups unanswered questions by their words, most asked first', () => {
      const groups = groupQuestions([
        { question: 'can i work as a care manager in japan', count: 1, offTopic: 0 },
        { question: 'care manager jobs in japan', count: 3, offTopic: 0 },
        { question: 'what is the weather like', count: 2, offTopic: 2 },
        { question: 'is the weather nice today', count: 1, offTopic: 1 },
      ]);
      expect(groups.map((group) => group.map((item) => item.question))).to.deep.equal([
        ['care manager jobs in japan', 'can i work as a care manager in japan'],
        ['what is the weather like'],
        ['is the weather nice today'],
      ]);
    });

    it('gives each unanswered group its closest entries and the YAML an editor adds', () => {
      const { kb } = sharedKnowledge();
      const dashboard = buildDashboard({
        events: [
          { type: 'question', question: 'can i be a care manager in japan', kind: 'no-match', at: '2026-03-02T10:00:00.000Z' },
          { type: 'question', question: 'what is the weather today', kind: 'out-of-scope', at: '2026-03-02T10:00:00.000Z' },
        ],
        filter: { from: '2026-03-02', to: '2026-03-02', channel: 'all' },
        kb,
        candidates: createCandidateEngine(kb),
      });
      const [japan, weather] = dashboard.unanswered;
      expect(japan?.closest.length).to.be.greaterThan(0);
      expect(japan?.fixes[0]).to.deep.include({ file: 'knowledge/content/faq.yaml', yaml: '      - can i be a care manager in japan' });
      expect(japan?.fixes[0]?.where).to.equal(`under "alternates:" of the entry with id: ${japan?.closest[0]?.id}`);
      // Mostly off topic: the notCovered phrase comes first.
      expect(weather?.fixes[0]).to.deep.include({ file: 'knowledge/content/lexicon.yaml', where: 'under "notCovered:"', yaml: '  - weather today' });
    });

    it('reads dates and channel from the query, defaulting to the last 30 days', () => {
      expect(parseFilter({}, new Date('2026-03-31T12:00:00Z'))).to.deep.equal({ from: '2026-03-02', to: '2026-03-31', channel: 'all' });
      expect(() => parseFilter({ from: '2026-02-30x' }, new Date())).to.throw(FilterError, /"from" must be a date written yyyy-mm-dd/);
      expect(() => parseFilter({ channel: 'fax' }, new Date())).to.throw(FilterError, /"channel" must be one of all, teams, webchat/);
      expect(() => parseFilter({ from: '2024-01-01', to: '2026-01-01' }, new Date())).to.throw(FilterError, /pick at most 366/);
    });
  });
});
