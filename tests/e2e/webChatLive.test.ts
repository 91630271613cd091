import { expect } from 'chai';
import { existsSync, mkdirSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, LATENCY_GOAL, LATENCY_QUESTIONS, summarise, timeReplies } from '../../bench/webChatLatency';
import { createApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { createSilentLogger } from '../../bot/logger';
import { DEFAULT_BUNDLE_PATH, FETCH_COMMAND } from '../../bot/web/routes';
import { stepCardTitle } from '../../dialogs/rendering/guided/guidedCards';
import { AimButtons, GuidedButtons, GuidedMessages } from '../../dialogs/rendering/guided/guidedMessages';
import { ButtonTitles, FlowPhrases, Messages } from '../../dialogs/rendering/core/messages';
import { loadKnowledge } from '../../knowledge/loadKnowledge';
import { startPrefixProxy } from '../support/prefixProxy';

/**
 * The web page as people use it, each test in its own browser context (its own storage, so no test depends on
 * another): replies as they are sent, a conversation that survives a reload, New chat, the welcome back, phones at
 * 320 and 390 px, dark mode and the checklist's copy button. Screenshots go to tests/artifacts/latest/.
 */

/** Written on every run (git-ignored); the chosen ones are copied by hand to tests/artifacts/webchat/, which is committed. */
const ARTIFACTS = join(__dirname, '..', 'artifacts', 'latest');
// A wait for one reply. Generous because the suite shares two cores with whatever else runs (a reply took over 15 s at
// load 5.8 while three engineers ran evals); speed is measured by the latency test below and by npm run bench, not here.
const WAIT_MS = 30_000;
const missing = [!existsSync(CHROMIUM) && `${CHROMIUM} is missing (apt-get install -y chromium)`, !existsSync(DEFAULT_BUNDLE_PATH) && `the Web Chat bundle is missing (${FETCH_COMMAND})`].filter(
  (reason): reason is string => typeof reason === 'string',
);
const describeInBrowser = missing.length === 0 ? describe : describe.skip;

const kb = loadKnowledge();
const welcomeStart = Messages.welcome.replace(/[’]/g, "'").slice(0, 30);
const QUESTIONS = LATENCY_QUESTIONS;
const ROADMAP_OPENING = "make me a roadmap: I'm a registered nurse with a BSN and I've worked in a hospital for 6 years";

/** The visible text of the transcript's activities (not Web Chat's screen-reader live region), with plain quotes. */
function activitiesText(page: Page): Promise<string> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('#webchat .webchat__basic-transcript__activity'))
      .map((el) => el.textContent ?? '')
      .join('\n')
      .replace(/[‘’]/g, "'")
      .replace(/\s+/g, ' '),
  );
}

async function waitForActivityText(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      Array.from(document.querySelectorAll('#webchat .webchat__basic-transcript__activity'))
        .map((el) => el.textContent ?? '')
        .join('\n')
        .replace(/[‘’]/g, "'")
        .replace(/\s+/g, ' ')
        .includes(wanted),
    text,
    { timeout: WAIT_MS },
  );
}

/** The first 40 characters of an entry's answer as the transcript shows them (bold marks gone). */
function answerOpening(id: string): string {
  const answer = kb.faqById.get(id)?.answer;
  if (!answer) throw new Error(`no entry ${id} in the knowledge base: the test names an entry that is gone`);
  return answer.split('\n')[0]!.replace(/\*\*/g, '').slice(0, 40);
}

async function send(page: Page, text: string): Promise<void> {
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill(text);
  await input.press('Enter');
}

/** Clicks a button by its exact label: the last one shown (suggested actions or card buttons). */
async function press(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: label, exact: true }).last().click();
}

/** Web Chat scrolls new messages into view with an animation; screenshots wait until the transcript is at the bottom. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const scroller = document.querySelector('.webchat__basic-transcript__scrollable');
      return !scroller || scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
    },
    undefined,
    { timeout: WAIT_MS },
  );
  await page.waitForTimeout(300);
}

/**
 * What a phone user could not read: elements pushed past the right edge, and text cut by its box (an ellipsis or a
 * hidden overflow).
 */
async function clippedOnScreen(page: Page): Promise<string[]> {
  const found: unknown = await page.evaluate(CLIPPED_SCRIPT);
  return Array.isArray(found) ? found.map(String) : ['the check did not run'];
}

/** A string, because the TypeScript runner's helpers for named functions do not exist inside the page. */
const CLIPPED_SCRIPT = `(() => {
  const problems = [];
  const width = document.documentElement.clientWidth;
  const describe = (el) => el.tagName.toLowerCase() + '.' + Array.from(el.classList).join('.') + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
  for (const el of Array.from(document.querySelectorAll('body *'))) {
    const rect = el.getBoundingClientRect();
    if (rect.width <= 2 || rect.height <= 2) continue;
    // Web Chat's live region and other screen-reader-only copies sit in 1 px boxes: read aloud, never shown.
    if (el.closest('[class*="live-region"], [class*="screen-reader"], .visually-hidden')) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    if (rect.right > width + 1 || rect.left < -1) problems.push('off screen (' + Math.round(rect.left) + '..' + Math.round(rect.right) + ' of ' + width + '): ' + describe(el));
    const cuts = style.textOverflow === 'ellipsis' || style.overflowX === 'hidden' || style.overflowX === 'clip';
    const hasText = Array.from(el.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent || '').trim() !== '');
    if (cuts && hasText && el.scrollWidth > el.clientWidth + 1) problems.push('text cut (' + el.scrollWidth + ' in ' + el.clientWidth + '): ' + describe(el));
  }
  if (document.documentElement.scrollWidth > width) problems.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
  return problems;
})()`;

/** WCAG contrast ratio of two computed CSS colours (rgb/rgba, alpha ignored). */
function contrast(foreground: string, background: string): number {
  const luminance = (css: string) => {
    const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map((part) => {
      const c = Number(part) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** The colour an element's text is drawn on: its own background or the nearest ancestor's that is not transparent. */
function colours(page: Page, selector: string): Promise<{ color: string; background: string } | null> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    let node: Element | null = el;
    let background = 'rgb(255, 255, 255)';
    while (node) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg && bg !== 'transparent' && !/rgba\(.*, 0\)$/.test(bg)) {
        background = bg;
        break;
      }
      node = node.parentElement;
    }
    return { color: getComputedStyle(el).color, background };
  }, selector);
}

describeInBrowser(`web chat as people use it, in headless Chromium${missing.length ? ` (skipped: ${missing.join('; ')})` : ''}`, function () {
  this.timeout(90_000);
  let app: App;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  const streams = new Map<Page, string[]>();

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    app = await createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', STORAGE: 'memory' }), { logger: createSilentLogger(), kb });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });

  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  /** A fresh browser profile (its own storage: a new visitor) with the page open and the welcome shown. */
  async function openPage(options: { width?: number; height?: number; dark?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: options.width ?? 1000, height: options.height ?? 800 }, colorScheme: options.dark ? 'dark' : 'light' });
    contexts.push(context);
    const page = await context.newPage();
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(app.url) && !url.startsWith(app.url.replace('http', 'ws')) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request outside the server: ${url}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('websocket', (socket) => streams.set(page, [...(streams.get(page) ?? []), socket.url()]));
    await page.goto(`${app.url}/`);
    await page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: WAIT_MS });
    await waitForActivityText(page, welcomeStart);
    return page;
  }

  it(`shows replies as they are sent: from Enter to the reply on screen, median <= ${LATENCY_GOAL.medianMs} ms and p95 <= ${LATENCY_GOAL.p95Ms} ms`, async () => {
    const page = await openPage();
    const figures = summarise('websocket', await timeReplies(page, QUESTIONS));
    // The goal holds on a machine doing nothing else; when other work keeps both cores busy (load average over twice
    // the cores), the bound doubles and the title of the failure says so. Polling, before the stream, measured ~650 ms.
    const [load] = loadavg();
    const busy = (load ?? 0) > 2 * cpus().length;
    const scale = busy ? 2 : 1;
    const label = `${figures.samplesMs.length} replies: median ${figures.medianMs.toFixed(0)} ms, p95 ${figures.p95Ms.toFixed(0)} ms${busy ? ` (machine busy, load ${load?.toFixed(1)}: bound doubled)` : ''}`;
    expect(figures.medianMs, label).to.be.at.most(LATENCY_GOAL.medianMs * scale);
    expect(figures.p95Ms, label).to.be.at.most(LATENCY_GOAL.p95Ms * scale);
    expect(streams.get(page) ?? [], 'the Direct Line streams the page opened').to.have.length(1);
  });

  it('comes back to the same conversation after a reload: the transcript, one welcome, and replies still arrive', async () => {
    const page = await openPage();
    await send(page, QUESTIONS[0]!);
    const answer = answerOpening('how-long');
    await waitForActivityText(page, answer);
    await page.reload();
    await waitForActivityText(page, answer);
    const text = await activitiesText(page);
    expect(text).to.contain(QUESTIONS[0]);
    const welcomes = await page.locator('#webchat .webchat__basic-transcript__activity').filter({ hasText: /Hi! I.m the Care Manager/ }).count();
    expect(welcomes, 'welcomes').to.equal(1);
    await send(page, 'what skills do I need');
    await waitForActivityText(page, answerOpening('essential-skills'));
    await settle(page);
    await page.screenshot({ path: join(ARTIFACTS, 'desktop-after-reload.png') });
  });

  it('starts a fresh conversation with New chat, and a reload then stays on the new one', async () => {
    const page = await openPage();
    await send(page, QUESTIONS[1]!);
    await waitForActivityText(page, QUESTIONS[1]!);
    await page.getByRole('button', { name: /^New chat/ }).click();
    await page.waitForFunction((old) => !Array.from(document.querySelectorAll('#webchat .webchat__basic-transcript__activity')).some((el) => (el.textContent ?? '').includes(old)), QUESTIONS[1]!, { timeout: WAIT_MS });
    await waitForActivityText(page, welcomeStart);
    // Web Chat shows a message before the server has it: waiting for the reply means the bot has it before the reload.
    const skills = answerOpening('essential-skills');
    await send(page, 'what skills do I need');
    await waitForActivityText(page, skills);
    await page.reload();
    await waitForActivityText(page, skills);
    expect(await activitiesText(page)).to.not.contain(QUESTIONS[1]);
  });

  it('welcomes a returning user back with the step they reached, and the button resumes the walk there', async () => {
    const page = await openPage();
    await page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name: ButtonTitles.careerSteps, exact: true }).click();
    await waitForActivityText(page, stepCardTitle(kb.steps[0]!, kb.steps.length));
    await press(page, GuidedButtons.next);
    await waitForActivityText(page, stepCardTitle(kb.steps[1]!, kb.steps.length));
    await page.getByRole('button', { name: /^New chat/ }).click();
    await waitForActivityText(page, Messages.welcomeBack.step(2, kb.steps.length, kb.steps[1]!.title).replace(/[’]/g, "'"));
    await settle(page);
    await page.screenshot({ path: join(ARTIFACTS, 'desktop-welcome-back.png') });
    await press(page, GuidedButtons.continueStep(2));
    await waitForActivityText(page, stepCardTitle(kb.steps[1]!, kb.steps.length));
  });

  for (const width of [320, 390]) {
    it(`fits a ${width} px phone: nothing off screen or cut, buttons wrap, ratings reachable, checklist wrapped with a copy button`, async () => {
      const page = await openPage({ width, height: 780 });
      expect(await clippedOnScreen(page), 'welcome').to.deep.equal([]);
      await send(page, FlowPhrases.careerSteps);
      await waitForActivityText(page, stepCardTitle(kb.steps[0]!, kb.steps.length));
      expect(await clippedOnScreen(page), 'step card').to.deep.equal([]);
      await send(page, 'stop');
      await send(page, QUESTIONS[3]!);
      await page.getByRole('button', { name: ButtonTitles.notHelpful, exact: true }).last().waitFor({ timeout: WAIT_MS });
      await settle(page);
      // Every answer button, ratings included, is inside the screen: wrapped, not in a carousel that hides some.
      const outside = await page.evaluate((w) =>
        Array.from(document.querySelectorAll('[role="toolbar"] button'))
          .map((button) => button.getBoundingClientRect())
          .filter((rect) => rect.left < 0 || rect.right > w).length,
      width);
      expect(outside, 'suggested actions outside the screen').to.equal(0);
      expect(await clippedOnScreen(page), 'answer with ratings').to.deep.equal([]);
      await page.screenshot({ path: join(ARTIFACTS, `phone-${width}-answer.png`) });
      await send(page, ROADMAP_OPENING);
      await press(page, AimButtons.lead);
      await page.locator('#webchat .copy-button').first().waitFor({ timeout: WAIT_MS });
      await settle(page);
      expect(await clippedOnScreen(page), 'roadmap and checklist').to.deep.equal([]);
      await page.locator('#webchat pre').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(ARTIFACTS, `phone-${width}-checklist.png`) });
    });
  }

  it('copies the roadmap checklist with its button', async () => {
    const page = await openPage({ width: 390, height: 844 });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    await send(page, ROADMAP_OPENING);
    await press(page, AimButtons.lead);
    const copy = page.getByRole('button', { name: 'Copy checklist', exact: true }).first();
    await copy.click();
    await page.getByRole('button', { name: 'Copied', exact: true }).waitFor({ timeout: WAIT_MS });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const lines = copied.split('\n');
    expect(lines).to.have.length(kb.steps.length);
    lines.forEach((line, i) => expect(line).to.match(new RegExp(`^\\[(x| )\\] ${i + 1}\\. `)));
    expect(copied).to.contain(kb.steps[9]!.title);
    expect(await activitiesText(page)).to.contain(GuidedMessages.roadmap.checklistIntro);
  });

  it('follows the dark system setting with readable contrast (WCAG AA, 4.5:1) for messages, buttons and the send box', async () => {
    const page = await openPage({ width: 390, height: 844, dark: true });
    await send(page, QUESTIONS[0]!);
    await page.getByRole('button', { name: ButtonTitles.helpful, exact: true }).last().waitFor({ timeout: WAIT_MS });
    await settle(page);
    const page_ = await colours(page, 'body');
    expect(page_?.background, 'page background is dark').to.match(/^rgb\((\d{1,2}), (\d{1,2}), (\d{1,2})\)$/);
    const pairs: Array<[string, string]> = [
      ['bot message', '#webchat .webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content p'],
      ['user message', '#webchat .webchat__bubble--from-user .webchat__bubble__content'],
      ['suggested action', '#webchat [role="toolbar"] button'],
      ['send box', '[data-id="webchat-sendbox-input"]'],
      ['header', '.app-title'],
      ['New chat', '#new-chat'],
    ];
    for (const [name, selector] of pairs) {
      const seen = await colours(page, selector);
      expect(seen, `${name} (${selector}) is on the page`).to.not.equal(null);
      expect(contrast(seen!.color, seen!.background), `${name}: ${seen!.color} on ${seen!.background}`).to.be.at.least(4.5);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'phone-390-dark.png') });
  });

  it('remembers what the user said about themselves: "my roadmap" then asks nothing, names the chosen area, and offers it as a button', async () => {
    const page = await openPage({ width: 1000, height: 1700 });
    await send(page, "I've been a healthcare assistant for six years, no degree, and I want to work with older people with dementia");
    await page.getByRole('button', { name: ButtonTitles.helpful, exact: true }).last().waitFor({ timeout: WAIT_MS });
    await send(page, FlowPhrases.roadmap);
    await page.locator('#webchat .copy-button').first().waitFor({ timeout: WAIT_MS });
    const geriatric = kb.specialisations.find((spec) => spec.id === 'geriatric')!;
    await waitForActivityText(page, GuidedMessages.roadmap.aimLine(`specialize in ${geriatric.name}`));
    const text = await activitiesText(page);
    for (const question of [GuidedMessages.roadmap.educationQuestion, GuidedMessages.roadmap.aimQuestion]) expect(text).to.not.contain(question.replace(/[’]/g, "'"));
    // The buttons to go on sit under the last message, where Web Chat shows them.
    await waitForActivityText(page, GuidedMessages.roadmap.saved.split('"')[0]!.trim());
    await settle(page);
    await page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name: GuidedButtons.openStep(9), exact: true }).waitFor({ timeout: WAIT_MS });
    await page.screenshot({ path: join(ARTIFACTS, 'desktop-roadmap-remembered.png') });
  });

  it('a Next pressed on an old step card says so and does not move; the salary ladder mid-walk offers the walk back', async () => {
    const page = await openPage({ width: 1000, height: 900 });
    await send(page, FlowPhrases.careerSteps);
    for (const n of [1, 2, 3]) {
      await waitForActivityText(page, stepCardTitle(kb.steps[n - 1]!, kb.steps.length));
      await press(page, GuidedButtons.next);
    }
    await waitForActivityText(page, stepCardTitle(kb.steps[3]!, kb.steps.length));
    // The step 3 card is still in the transcript; its Next is pressed there, as someone scrolling up would.
    const stepThree = page.locator('#webchat .webchat__basic-transcript__activity').filter({ hasText: stepCardTitle(kb.steps[2]!, kb.steps.length) });
    await stepThree.getByRole('button', { name: GuidedButtons.next, exact: true }).click();
    await waitForActivityText(page, GuidedMessages.steps.staleCard(GuidedButtons.next, 3, 4).split('"')[2]!.trim());
    expect(await activitiesText(page)).to.not.contain(stepCardTitle(kb.steps[4]!, kb.steps.length));
    await send(page, FlowPhrases.salaryLadder);
    await press(page, GuidedButtons.done);
    await waitForActivityText(page, GuidedMessages.backTo.walk(4));
    await settle(page);
    await page.screenshot({ path: join(ARTIFACTS, 'desktop-back-to-walk.png') });
    await page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name: GuidedButtons.backToStep(4), exact: true }).click();
    await page.waitForFunction(
      (title) => Array.from(document.querySelectorAll('#webchat .webchat__basic-transcript__activity')).filter((el) => (el.textContent ?? '').includes(title)).length >= 3,
      stepCardTitle(kb.steps[3]!, kb.steps.length),
      { timeout: WAIT_MS },
    );
  });

  it('works behind a reverse proxy that serves it under /carebot/: every request and the stream go through the prefix', async () => {
    const proxy = await startPrefixProxy(app.url, '/carebot');
    try {
      const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
      contexts.push(context);
      const page = await context.newPage();
      const failed: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      page.on('pageerror', (error) => failed.push(`page error: ${error.message}`));
      await page.goto(proxy.url);
      await page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: WAIT_MS });
      await waitForActivityText(page, welcomeStart);
      await send(page, QUESTIONS[0]!);
      await waitForActivityText(page, answerOpening('how-long'));
      expect(proxy.seen.filter((path) => !path.startsWith('/carebot/')), 'requests that left the prefix').to.deep.equal([]);
      expect(proxy.upgrades, 'streams opened through the proxy').to.have.length(1);
      expect(proxy.upgrades[0]).to.match(/^\/carebot\/v3\/directline\/conversations\/[^/]+\/stream\?/);
      expect(failed).to.deep.equal([]);
    } finally {
      await proxy.close();
    }
  });

  it('made no request outside this server and logged no errors in any of the pages above', () => {
    expect(problems).to.deep.equal([]);
  });
});
