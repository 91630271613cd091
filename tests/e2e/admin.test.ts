import { expect } from 'chai';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { App } from '../../bot/app';
import { AdminRoutes, chartBundlePath } from '../../bot/admin/routes';
import { seedDashboard, SEEDED } from '../support/adminSeed';
import { sharedKnowledge, startTestApp } from '../support/http';
import { screenshotPath } from '../support/screenshots';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TOKEN = 'e2e-admin-token-0123456789';
const WAIT_MS = 15_000;

const missing = [!existsSync(CHROMIUM) && `${CHROMIUM} is missing (apt-get install -y chromium)`, !existsSync(chartBundlePath()) && 'Chart.js is missing (npm install)'].filter(
  (reason): reason is string => typeof reason === 'string',
);
const describeInBrowser = missing.length === 0 ? describe : describe.skip;

/** What one chart draws: its labels and each dataset's numbers, read from Chart.js itself. */
interface Drawn {
  labels: string[];
  datasets: Record<string, number[]>;
}

function drawn(page: Page, id: string): Promise<Drawn> {
  return page.evaluate((canvasId) => {
    const chart = window.Chart?.getChart(document.getElementById(canvasId));
    if (!chart) throw new Error(`no chart on #${canvasId}`);
    const datasets: Record<string, number[]> = {};
    chart.data.datasets.forEach((set, i) => {
      datasets[set.label ?? String(i)] = set.data.map(Number);
    });
    return { labels: (chart.data.labels ?? []).map(String), datasets };
  }, id);
}

/** Chart.js, as the page loads it. */
declare global {
  interface Window {
    Chart?: { getChart(node: Element | null): { data: { labels?: unknown[]; datasets: { label?: string; data: unknown[] }[] } } | undefined };
  }
}

const titleOf = (id: string) => sharedKnowledge().kb.faqById.get(id)?.title ?? id;

describeInBrowser(`/admin dashboard in headless Chromium${missing.length ? ` (skipped: ${missing.join('; ')})` : ''}`, function () {
  this.timeout(60_000);
  let app: App;
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  const pageErrors: string[] = [];

  before(async () => {
    app = await startTestApp({ ADMIN_TOKEN: TOKEN });
    await seedDashboard(app.storage);
    userDataDir = mkdtempSync(join(tmpdir(), 'admin-e2e-'));
    context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 } });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      // The sign-in page itself comes with status 401, on purpose.
      if (message.type() === 'error' && !message.text().includes('status of 401')) pageErrors.push(message.text());
    });
  });

  after(async () => {
    await context?.close();
    await app?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('answers 401 with a sign-in form, and refuses a wrong token', async () => {
    const response = await page.goto(`${app.url}${AdminRoutes.page}`);
    expect(response?.status()).to.equal(401);
    await page.getByLabel('Admin token').fill('not-the-token-at-all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor({ timeout: WAIT_MS });
    expect(await page.getByRole('alert').textContent()).to.contain('not the admin token');
    expect(await context.cookies(app.url)).to.deep.equal([]);
  });

  it('signs in with the token into an HttpOnly cookie for /admin only, and the token is in no URL', async () => {
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    await page.getByLabel('Admin token').fill(TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /what people ask/ }).waitFor({ timeout: WAIT_MS });
    const [cookie] = await context.cookies(`${app.url}${AdminRoutes.page}`);
    expect(cookie).to.include({ httpOnly: true, sameSite: 'Strict', path: '/admin' });
    expect(cookie?.value).to.not.contain(TOKEN);
    expect(urls.filter((url) => url.includes(TOKEN))).to.deep.equal([]);
  });

  it('draws every chart with the seeded numbers', async () => {
    await page.goto(`${app.url}${AdminRoutes.page}?from=${SEEDED.from}&to=${SEEDED.to}&channel=all`);
    await page.waitForSelector('body[data-loaded="true"]', { timeout: WAIT_MS });

    const daily = await drawn(page, 'chart-daily');
    expect(daily.labels).to.deep.equal(SEEDED.days);
    expect(daily.datasets.Conversations).to.deep.equal(SEEDED.all.conversationsPerDay);
    expect(daily.datasets.Questions).to.deep.equal(SEEDED.all.questionsPerDay);

    const outcomes = await drawn(page, 'chart-outcomes');
    expect(outcomes.labels).to.deep.equal(['Answered', 'Did you mean', 'Declined']);
    expect(Object.values(outcomes.datasets)[0]).to.deep.equal(SEEDED.all.outcomes);
    expect(await page.locator('#share-answered').textContent()).to.equal(SEEDED.all.answeredShare);

    const unanswered = await drawn(page, 'chart-unanswered');
    expect(unanswered.labels).to.deep.equal(SEEDED.unansweredGroups.map((group) => group.label));
    expect(unanswered.datasets['Times asked']).to.deep.equal(SEEDED.unansweredGroups.map((group) => group.count));

    const none = await drawn(page, 'chart-none');
    expect(none.labels).to.deep.equal([SEEDED.noneOfThese.question]);
    expect(none.datasets.Times).to.deep.equal([SEEDED.noneOfThese.count]);

    const ratings = await drawn(page, 'chart-ratings');
    expect(ratings.labels).to.deep.equal(SEEDED.ratings.map((rating) => titleOf(rating.entryId)));
    expect(ratings.datasets.Helpful).to.deep.equal(SEEDED.ratings.map((rating) => rating.helpful));
    expect(ratings.datasets['Not helpful']).to.deep.equal(SEEDED.ratings.map((rating) => rating.notHelpful));

    const busiest = await drawn(page, 'chart-busiest');
    expect(busiest.labels).to.deep.equal(SEEDED.busiest.map((entry) => titleOf(entry.entryId)));
    expect(busiest.datasets['Times answered']).to.deep.equal(SEEDED.busiest.map((entry) => entry.count));

    const flows = await drawn(page, 'chart-flows');
    expect(flows.labels).to.deep.equal(['Career steps walk', 'Choose a specialisation', 'My roadmap', 'Salary ladder']);
    expect(flows.datasets.Started).to.deep.equal(SEEDED.flowsStarted);
    expect(flows.datasets.Finished).to.deep.equal(SEEDED.flowsFinished);

    const walk = await drawn(page, 'chart-walk');
    expect(walk.labels).to.have.length(10);
    expect(Object.values(walk.datasets)[0]).to.deep.equal(SEEDED.walkReached);
    await page.screenshot({ path: screenshotPath('admin', 'admin-dashboard.png'), fullPage: true });
  });

  it('shows, for each unanswered group, its closest entries and the YAML line to add', async () => {
    const fixes = page.locator('#fixes > li');
    expect(await fixes.count()).to.equal(SEEDED.unansweredGroups.length);
    const first = fixes.first();
    const text = (await first.textContent()) ?? '';
    expect(text).to.contain(SEEDED.unansweredGroups[0]!.label);
    expect(text).to.contain('knowledge/content/faq.yaml');
    expect(text).to.contain('knowledge/content/lexicon.yaml');
    const links = first.locator('.closest a');
    expect(await links.count()).to.be.greaterThan(0);
    await links.first().click();
    await page.locator('#entry-dialog').waitFor({ timeout: WAIT_MS });
    expect(await page.locator('#entry-dialog .entry-answer').textContent()).to.not.equal('');
    await page.getByRole('button', { name: 'Close', exact: true }).click();
  });

  it('filters by channel: Teams alone', async () => {
    await page.locator('#channel').selectOption('teams');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForFunction((expected) => document.getElementById('total-questions')?.textContent === String(expected), SEEDED.teams.questions, { timeout: WAIT_MS });
    const daily = await drawn(page, 'chart-daily');
    expect(daily.datasets.Questions).to.deep.equal(SEEDED.teams.questionsPerDay);
    expect(daily.datasets.Conversations).to.deep.equal(SEEDED.teams.conversationsPerDay);
    expect(new URL(page.url()).searchParams.get('channel')).to.equal('teams');
  });

  it('exports the per-day table as CSV with the same numbers', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#csv-links a', { hasText: 'per day' }).click()]);
    const path = await download.path();
    const lines = readFileSync(path, 'utf8').trim().split(/\r\n/);
    expect(lines[0]).to.equal('day,conversations,questions,answered,suggested,declined');
    expect(lines.slice(1).map((line) => Number(line.split(',')[2]))).to.deep.equal(SEEDED.teams.questionsPerDay);
  });

  it('fits a phone screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}${AdminRoutes.page}?from=${SEEDED.from}&to=${SEEDED.to}&channel=all`);
    await page.waitForSelector('body[data-loaded="true"]', { timeout: WAIT_MS });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).to.be.at.most(0);
  });

  it('logged no errors', () => {
    expect(pageErrors).to.deep.equal([]);
  });
});
