import { chromium } from 'playwright-core';
import { createApp } from './bot/app';
import { loadConfig } from './bot/config';
import { createSilentLogger } from './bot/logger';
import { CHROMIUM, CHROMIUM_ARGS } from './bench/webChatLatency';
async function main() {
  const app = await createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', STORAGE: 'memory' }), { logger: createSilentLogger() });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const ctx = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  await ctx.addInitScript(`(() => {
    window.__ev = [];
    const Orig = window.WebSocket;
    window.WebSocket = function (url, p) { const ws = new Orig(url, p); ws.addEventListener('message', (e) => window.__ev.push(['ws', performance.now(), String(e.data).slice(0, 60)])); return ws; };
    window.WebSocket.prototype = Orig.prototype; window.WebSocket.OPEN = 1;
    const of = XMLHttpRequest.prototype.send;
    XMLHttpRequest.prototype.send = function (b) { window.__ev.push(['xhr', performance.now(), String(b).slice(0, 40)]); this.addEventListener('load', () => window.__ev.push(['xhrdone', performance.now()])); return of.call(this, b); };
    document.addEventListener('keydown', (e) => { if (e.key === 'Enter') window.__ev.push(['enter', performance.now()]); }, true);
    new MutationObserver(() => { const n = document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)').length; if (n !== window.__n) { window.__n = n; window.__ev.push(['bubble', performance.now(), n]); } }).observe(document, { childList: true, subtree: true });
  })()`);
  const page = await ctx.newPage();
  await page.goto(app.url + '/');
  await page.locator('#webchat .webchat__bubble').first().waitFor();
  for (const q of ['how long does it take', 'what degree do I need', 'salary?', 'ccm cert']) {
    await page.evaluate('window.__ev = []');
    await page.locator('[data-id="webchat-sendbox-input"]').fill(q);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1200);
    const ev = await page.evaluate('window.__ev') as [string, number, unknown][];
    const t0 = ev.find((e) => e[0] === 'enter')?.[1] ?? 0;
    console.log(ev.map((e) => `${e[0]}@${(e[1] - t0).toFixed(0)}${e[2] !== undefined ? ' ' + String(e[2]).slice(0, 30) : ''}`).join(' | '));
  }
  await browser.close();
  await app.close();
}
main();
