import { expect } from 'chai';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { createSilentLogger } from '../../bot/logger';
import { DEFAULT_BUNDLE_PATH, FETCH_COMMAND } from '../../bot/web/routes';
import { stepCardTitle } from '../../dialogs/rendering/guided/guidedCards';
import { GuidedButtons } from '../../dialogs/rendering/guided/guidedMessages';
import { ButtonTitles, Messages } from '../../dialogs/rendering/core/messages';
import { loadKnowledge } from '../../knowledge/loadKnowledge';

const CHROMIUM = '/usr/bin/chromium';
/** The flags that work for Debian's Chromium on these machines (PLATFORM-NOTES). */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ARTIFACTS = join(__dirname, '..', 'artifacts');
const TYPO_QUESTION = 'how lnog does it tak to become a care manager';
const WAIT_MS = 15_000;

const missing = [!existsSync(CHROMIUM) && `${CHROMIUM} is missing (apt-get install -y chromium)`, !existsSync(DEFAULT_BUNDLE_PATH) && `the Web Chat bundle is missing (${FETCH_COMMAND})`].filter(
  (reason): reason is string => typeof reason === 'string',
);
const describeInBrowser = missing.length === 0 ? describe : describe.skip;

/** What Web Chat shows of a Markdown line: no emphasis marks, typographic quotes, collapsed spaces. */
function shown(markdown: string): string {
  return markdown
    .replace(/\*\*|__|\*/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The transcript's visible text, in the same form as `shown`. */
function transcriptText(page: Page): Promise<string> {
  return page.evaluate(() =>
    (document.querySelector('#webchat')?.textContent ?? '')
      .replace(/[‘’]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/\s+/g, ' '),
  );
}

async function waitForText(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => (document.querySelector('#webchat')?.textContent ?? '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').includes(wanted),
    text,
    { timeout: WAIT_MS },
  );
}

/** Web Chat scrolls new messages into view with an animation; screenshots wait until the transcript is at the bottom. */
async function settleScroll(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const scroller = document.querySelector('.webchat__basic-transcript__scrollable');
      return !scroller || scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
    },
    undefined,
    { timeout: WAIT_MS },
  );
}

describeInBrowser(`web chat page in headless Chromium${missing.length ? ` (skipped: ${missing.join('; ')})` : ''}`, function () {
  this.timeout(60_000);
  const kb = loadKnowledge();
  const howLong = kb.faqById.get('how-long');
  const firstStep = kb.steps[0];
  const secondStep = kb.steps[1];
  // The first line of each answer is plain prose in Web Chat; later lines may be list items.
  const howLongShown = shown(howLong?.answer.split('\n')[0] ?? '');
  const welcomeShown = shown(Messages.welcome).slice(0, 80);

  let app: App;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let offsite: string[] = [];
  let consoleErrors: string[] = [];

  before(async () => {
    if (!howLong || !firstStep || !secondStep) throw new Error('The knowledge base needs the "how-long" entry and at least two steps.');
    mkdirSync(ARTIFACTS, { recursive: true });
    app = await createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', STORAGE: 'memory' }), { logger: createSilentLogger(), kb });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });

  // Each test gets its own browser context (a new visitor, empty localStorage) and a freshly loaded page, so any one
  // of them runs alone (mocha --grep) and none depends on what an earlier test left on the page.
  beforeEach(async () => {
    offsite = [];
    consoleErrors = [];
    context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    page = await context.newPage();
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(app.url) && !url.startsWith('data:') && !url.startsWith('blob:')) offsite.push(url);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(`${app.url}/`);
    await waitForText(page, welcomeShown);
  });

  afterEach(async () => {
    await context?.close();
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  async function ask(text: string): Promise<void> {
    await page.locator('[data-id="webchat-sendbox-input"]').focus();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }

  async function walkToStepTwo(): Promise<void> {
    await page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name: ButtonTitles.careerSteps, exact: true }).click();
    await waitForText(page, stepCardTitle(firstStep!, kb.steps.length));
    await page.getByRole('button', { name: GuidedButtons.next, exact: true }).last().click();
    await waitForText(page, stepCardTitle(secondStep!, kb.steps.length));
  }

  it('shows the welcome and puts the keyboard in the send box', async () => {
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-id') === 'webchat-sendbox-input', undefined, { timeout: WAIT_MS });
    expect(await page.title()).to.equal('Care Manager Career Bot');
    expect(await page.locator('main h1').textContent()).to.contain('Care Manager Career Bot');
    // Screen readers hear who said what by the bot's name, not its avatar initials.
    await page.getByRole('article', { name: /^Care Manager Career Bot said:/ }).first().waitFor({ timeout: WAIT_MS });
  });

  it('starts the career guide from a suggested action and walks two steps', async () => {
    await walkToStepTwo();
  });

  it('answers a question typed with typos from the knowledge base', async () => {
    await ask(TYPO_QUESTION);
    await waitForText(page, TYPO_QUESTION);
    await waitForText(page, howLongShown);
    await settleScroll(page);
    await page.screenshot({ path: join(ARTIFACTS, 'webchat-desktop.png') });
  });

  it('comes back to the same conversation after a reload: the whole transcript, and no second welcome', async () => {
    await ask(TYPO_QUESTION);
    await waitForText(page, howLongShown);
    await page.reload();
    await waitForText(page, howLongShown);
    const text = await transcriptText(page);
    expect(text).to.contain(TYPO_QUESTION);
    const welcomes = await page.evaluate(
      (wanted) => Array.from(document.querySelectorAll('.webchat__basic-transcript__activity')).filter((el) => (el.textContent ?? '').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').includes(wanted)).length,
      welcomeShown.slice(0, 40),
    );
    expect(welcomes, 'welcomes in the transcript').to.equal(1);
  });

  it('knows the same user in a new chat (the ticket kept in the browser): the welcome offers step 2 back', async () => {
    await walkToStepTwo();
    await page.getByRole('button', { name: /^New chat/ }).click();
    await waitForText(page, Messages.welcomeBack.step(2, kb.steps.length, secondStep!.title));
    expect(await page.locator('.webchat__basic-transcript__activity').filter({ hasText: stepCardTitle(firstStep!, kb.steps.length) }).count(), 'old messages shown').to.equal(0);
    await page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name: GuidedButtons.continueStep(2), exact: true }).click();
    await waitForText(page, stepCardTitle(secondStep!, kb.steps.length));
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await waitForText(page, welcomeShown);
    await ask(TYPO_QUESTION);
    await waitForText(page, howLongShown);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow in px').to.be.at.most(0);
    await settleScroll(page);
    await page.screenshot({ path: join(ARTIFACTS, 'webchat-phone.png') });
  });

  it('makes no request outside this server and logs no errors while answering', async () => {
    await walkToStepTwo();
    await ask(TYPO_QUESTION);
    await waitForText(page, howLongShown);
    expect(offsite).to.deep.equal([]);
    expect(consoleErrors).to.deep.equal([]);
  });
});
