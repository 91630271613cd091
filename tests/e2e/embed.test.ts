import { expect } from 'chai';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import type { App } from '../../bot/app';
import { DEFAULT_BUNDLE_PATH, FETCH_COMMAND } from '../../bot/web/routes';
import { EmbedRoutes } from '../../bot/web/embed';
import { Messages } from '../../dialogs/rendering/core/messages';
import { sharedKnowledge, startTestApp } from '../support/http';
import { screenshotPath } from '../support/screenshots';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const WAIT_MS = 15_000;
const TITLE = 'Ask about care management';
const COLOUR = '#5b2a86';
const OPENING = 'Thinking about becoming a care manager? Ask me.';

const missing = [!existsSync(CHROMIUM) && `${CHROMIUM} is missing (apt-get install -y chromium)`, !existsSync(DEFAULT_BUNDLE_PATH) && `the Web Chat bundle is missing (${FETCH_COMMAND})`].filter(
  (reason): reason is string => typeof reason === 'string',
);
const describeInBrowser = missing.length === 0 ? describe : describe.skip;

/** A host site with two pages and styles that would wreck a widget that does not keep them out. */
function hostPage(botUrl: string, heading: string, link: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>${heading}</title>
<style>
  body { font-family: Georgia, serif; margin: 0; padding: 32px; background: #fdf6e3; color: #333; }
  * { font-size: 30px !important; letter-spacing: 3px; }
  button, div, iframe { border: 6px dashed red !important; background: yellow !important; }
  #host-button { padding: 4px; }
</style></head>
<body>
  <h1>${heading}</h1>
  <p>A training provider's page. The chat button sits in the corner.</p>
  <p><a href="${link}">Next page</a></p>
  <button id="host-button" type="button">Host button</button>
  <script src="${botUrl}${EmbedRoutes.loader}" async data-title="${TITLE}" data-colour="${COLOUR}" data-position="bottom-right" data-opening-message="${OPENING}"></script>
</body></html>`;
}

function startHostSite(botUrl: () => string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const pages: Record<string, string> = {
      '/': hostPage(botUrl(), 'Careers in care', '/second.html'),
      '/second.html': hostPage(botUrl(), 'Training courses', '/'),
    };
    const page = pages[path];
    res.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page ?? 'not found');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const chat = (page: Page): FrameLocator => page.frameLocator(`iframe[title="Chat with ${TITLE}"]`);

function chatText(frame: FrameLocator): Promise<string> {
  return frame.locator('#webchat').evaluate((node) => (node.textContent ?? '').replace(/[‘’]/g, "'").replace(/\s+/g, ' '));
}

async function waitForChatText(frame: FrameLocator, text: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    if ((await chatText(frame).catch(() => '')).includes(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The chat never showed "${text}"; it shows: ${(await chatText(frame).catch(() => '(nothing)')).slice(0, 300)}`);
}

async function ask(frame: FrameLocator, question: string): Promise<void> {
  const input = frame.locator('[data-id="webchat-sendbox-input"]');
  await input.click();
  await input.fill(question);
  await input.press('Enter');
}

describeInBrowser(`embed.js on another site, in headless Chromium${missing.length ? ` (skipped: ${missing.join('; ')})` : ''}`, function () {
  this.timeout(60_000);
  const kb = sharedKnowledge().kb;
  const welcomeShown = Messages.welcome.replace(/\*\*|__|\*/g, '').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().slice(0, 60);
  const howLong = kb.faqById.get('how-long');
  const answerShown = (howLong?.answer.split('\n')[0] ?? '').replace(/\*\*|__|\*/g, '').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().slice(0, 60);

  let app: App;
  let site: Server;
  let siteUrl = '';
  let refusedUrl = '';
  let context: BrowserContext;
  let userDataDir: string;
  let page: Page;
  const botRequests: string[] = [];
  const pageErrors: string[] = [];

  before(async () => {
    if (!howLong) throw new Error('The knowledge base needs the "how-long" entry.');
    let botUrl = '';
    site = await startHostSite(() => botUrl);
    const port = (site.address() as AddressInfo).port;
    // "localhost" and "127.0.0.1" are different sites to the browser: the host site is another site than the bot.
    siteUrl = `http://localhost:${port}`;
    refusedUrl = `http://127.0.0.1:${port}`;
    app = await startTestApp({ EMBED_ORIGINS: siteUrl });
    botUrl = app.url;
    userDataDir = mkdtempSync(join(tmpdir(), 'embed-e2e-'));
    context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1200, height: 800 } });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (request) => {
      if (request.url().startsWith(app.url)) botRequests.push(new URL(request.url()).pathname);
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  after(async () => {
    await context?.close();
    await app?.close();
    await new Promise((resolve) => site?.close(resolve));
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('shows a round button and asks the bot for nothing but the loader until it is pressed', async () => {
    await page.goto(`${siteUrl}/`);
    const button = page.getByRole('button', { name: `Open chat: ${TITLE}` });
    await button.waitFor({ timeout: WAIT_MS });
    await page.getByText(OPENING).waitFor({ timeout: WAIT_MS });
    // Give a lazy loader every chance to misbehave before counting.
    await page.waitForTimeout(500);
    expect(botRequests).to.deep.equal([EmbedRoutes.loader]);
    const look = await button.evaluate((node) => {
      const style = getComputedStyle(node);
      const box = node.getBoundingClientRect();
      return { background: style.backgroundColor, radius: style.borderRadius, border: style.borderStyle, width: box.width, height: box.height, right: innerWidth - box.right, bottom: innerHeight - box.bottom };
    });
    // The host's "button { background: yellow !important; border: dashed }" does not reach into the shadow root.
    expect(look.background).to.equal('rgb(91, 42, 134)');
    expect(look.border).to.equal('none');
    expect(look.width).to.equal(look.height);
    expect(look.radius).to.equal('50%');
    expect(look.right).to.equal(20);
    expect(look.bottom).to.equal(20);
    // And the widget's styles do not reach out: the host's own button keeps the host's look.
    expect(await page.locator('#host-button').evaluate((node) => getComputedStyle(node).backgroundColor)).to.equal('rgb(255, 255, 0)');
    expect(await button.getAttribute('aria-expanded')).to.equal('false');
    await page.screenshot({ path: screenshotPath('embed', 'embed-closed.png') });
  });

  it('opens the chat over the page: the welcome shows and a question is answered', async () => {
    await page.getByRole('button', { name: `Open chat: ${TITLE}` }).click();
    const dialog = page.getByRole('dialog', { name: TITLE });
    await dialog.waitFor({ timeout: WAIT_MS });
    expect(await page.getByRole('button', { name: `Close chat: ${TITLE}` }).getAttribute('aria-expanded')).to.equal('true');
    const frame = chat(page);
    await waitForChatText(frame, welcomeShown);
    // Inside the panel the page's own header gives way to the panel's title bar.
    expect(await frame.locator('.app-header').isVisible()).to.equal(false);
    await ask(frame, 'how long does it take to become a care manager');
    await waitForChatText(frame, answerShown);
    await page.waitForTimeout(600);
    await page.screenshot({ path: screenshotPath('embed', 'embed-open-desktop.png') });
  });

  it('stays open on the next page of the site, and sets no cookies there', async () => {
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.getByRole('heading', { name: 'Training courses' }).waitFor({ timeout: WAIT_MS });
    await page.getByRole('dialog', { name: TITLE }).waitFor({ timeout: WAIT_MS });
    const frame = chat(page);
    // The chat page reconnects to its conversation (its sessionStorage, in the panel's frame): the earlier question
    // and answer are there on the new page, with the one welcome.
    await waitForChatText(frame, answerShown);
    const shown = await chatText(frame);
    expect(shown).to.contain('how long does it take to become a care manager');
    const welcomes = await frame.locator('.webchat__basic-transcript__activity').filter({ hasText: /Hi! I.m the Care Manager/ }).count();
    expect(welcomes, 'welcomes in the transcript').to.equal(1);
    expect(await page.evaluate(() => document.cookie)).to.equal('');
    const hostCookies = await context.cookies(siteUrl);
    expect(hostCookies).to.deep.equal([]);
  });

  it('closes with Escape pressed inside the chat and gives the focus back to the button', async () => {
    const frame = chat(page);
    await frame.locator('[data-id="webchat-sendbox-input"]').focus();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: TITLE }).waitFor({ state: 'hidden', timeout: WAIT_MS });
    const focused = await page.evaluate(() => document.querySelector('[data-care-manager-bot]')?.shadowRoot?.activeElement?.getAttribute('aria-label'));
    expect(focused).to.equal(`Open chat: ${TITLE}`);
    // A closed panel stays closed on the next page.
    await page.reload();
    await page.getByRole('button', { name: `Open chat: ${TITLE}` }).waitFor({ timeout: WAIT_MS });
    expect(await page.getByRole('dialog', { name: TITLE }).isVisible()).to.equal(false);
  });

  it('is usable from the keyboard alone: Tab to the button, Enter reopens the same conversation, Escape on the title bar closes', async () => {
    await page.locator('#host-button').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: TITLE }).waitFor({ timeout: WAIT_MS });
    // Reopened on a page loaded since it was closed: still the same conversation, the earlier answer shown.
    await waitForChatText(chat(page), answerShown);
    await page.getByRole('button', { name: 'Close chat', exact: true }).focus();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: TITLE }).waitFor({ state: 'hidden', timeout: WAIT_MS });
  });

  it('fills a phone screen when open', async () => {
    const phone = await context.newPage();
    try {
      await phone.setViewportSize({ width: 390, height: 844 });
      await phone.goto(`${siteUrl}/`);
      await phone.getByRole('button', { name: `Open chat: ${TITLE}` }).click();
      const frame = chat(phone);
      await waitForChatText(frame, welcomeShown);
      const box = await phone.getByRole('dialog', { name: TITLE }).boundingBox();
      expect(box).to.deep.include({ x: 0, y: 0, width: 390, height: 844 });
      await ask(frame, 'what degree do I need');
      await phone.waitForTimeout(1500);
      await phone.screenshot({ path: screenshotPath('embed', 'embed-open-phone.png') });
    } finally {
      await phone.close();
    }
  });

  it('tells a site that is not in EMBED_ORIGINS why there is no chat, and loads nothing more', async () => {
    const other = await context.newPage();
    const requested: string[] = [];
    other.on('request', (request) => {
      if (request.url().startsWith(app.url)) requested.push(new URL(request.url()).pathname);
    });
    try {
      await other.goto(`${refusedUrl}/`);
      await other.getByRole('button', { name: `Open chat: ${TITLE}` }).click();
      const alert = other.getByRole('alert');
      await alert.waitFor({ timeout: WAIT_MS });
      expect(await alert.textContent()).to.contain(`adding ${refusedUrl} to EMBED_ORIGINS`);
      expect(await other.locator('iframe').count()).to.equal(0);
      expect(requested).to.deep.equal([EmbedRoutes.loader]);
    } finally {
      await other.close();
    }
  });

  it('threw no errors on the host pages', () => {
    expect(pageErrors).to.deep.equal([]);
  });
});
