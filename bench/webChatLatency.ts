/**
 * How long a person waits in the web chat page: from pressing Enter in the send box to the bot's reply drawn in the
 * transcript, measured inside Debian's Chromium (playwright-core) against a running server. Used by `npm run bench`
 * and by the end-to-end test that holds the page to the goal.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { median, percentile } from './stats';

export const CHROMIUM = '/usr/bin/chromium';
/** The flags that work for Debian's Chromium on these machines (PLATFORM-NOTES). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The goal (issue 11): from Enter to the reply on screen. */
export const LATENCY_GOAL = Object.freeze({ medianMs: 200, p95Ms: 400 });

export interface LatencyFigures {
  transport: 'websocket' | 'polling';
  samplesMs: number[];
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

/**
 * The timer, run in the page: Enter in the send box starts it, the next bot bubble (at the next frame) stops it.
 * A string, because the TypeScript runner's helpers for named functions do not exist inside the page.
 */
const TIMER_SCRIPT = `(() => {
  const state = { started: 0, botBubbles: 0, samples: [] };
  const botBubbles = () => document.querySelectorAll('#webchat .webchat__bubble:not(.webchat__bubble--from-user)').length;
  state.botBubbles = botBubbles();
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target && event.target.getAttribute('data-id') === 'webchat-sendbox-input') {
      state.started = performance.now();
      state.botBubbles = botBubbles();
    }
  }, true);
  new MutationObserver(() => {
    if (state.started === 0 || botBubbles() <= state.botBubbles) return;
    const started = state.started;
    state.started = 0;
    requestAnimationFrame(() => state.samples.push(performance.now() - started));
  }).observe(document.getElementById('webchat') || document.body, { childList: true, subtree: true });
  window.__latency = state;
})()`;

async function installTimer(page: Page): Promise<void> {
  await page.evaluate(TIMER_SCRIPT);
}

function samplesIn(page: Page): Promise<number> {
  return page.evaluate(() => {
    const state: unknown = Reflect.get(window, '__latency');
    return typeof state === 'object' && state !== null && 'samples' in state && Array.isArray(state.samples) ? state.samples.length : 0;
  });
}

async function readSamples(page: Page): Promise<number[]> {
  const raw: unknown = await page.evaluate(() => {
    const state: unknown = Reflect.get(window, '__latency');
    return typeof state === 'object' && state !== null && 'samples' in state ? state.samples : [];
  });
  return Array.isArray(raw) ? raw.filter((value): value is number => typeof value === 'number') : [];
}

/**
 * Asks `questions` one after another in an open page (the send box ready) and returns each wait in milliseconds.
 * The first `warmup` questions are asked but not counted.
 */
export async function timeReplies(page: Page, questions: readonly string[], warmup = 2, timeoutMs = 15_000): Promise<number[]> {
  await installTimer(page);
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  for (let i = 0; i < questions.length; i += 1) {
    await input.fill(questions[i]!);
    await input.press('Enter');
    await page.waitForFunction((count) => {
      const state: unknown = Reflect.get(window, '__latency');
      return typeof state === 'object' && state !== null && 'samples' in state && Array.isArray(state.samples) && state.samples.length >= count;
    }, i + 1, { timeout: timeoutMs });
    // Let Web Chat finish scrolling and settle, as a person reads before typing again.
    await page.waitForTimeout(150);
  }
  if ((await samplesIn(page)) < questions.length) throw new Error('the page did not time every reply');
  return (await readSamples(page)).slice(warmup);
}

export function summarise(transport: LatencyFigures['transport'], samplesMs: readonly number[]): LatencyFigures {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return { transport, samplesMs: [...samplesMs], medianMs: median(sorted), p95Ms: percentile(sorted, 95), maxMs: sorted[sorted.length - 1] ?? Number.NaN };
}

/** Opens the page at `url` in a fresh Chromium, waits for the welcome, and times replies to `questions`. */
export async function measureWebChatLatency(url: string, questions: readonly string[], transport: LatencyFigures['transport'] = 'websocket'): Promise<LatencyFigures> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'webchat-latency-'));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1000, height: 800 } });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(transport === 'polling' ? `${url}/?transport=polling` : `${url}/`);
    await page.locator('#webchat .webchat__bubble').first().waitFor({ timeout: 20_000 });
    await page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: 20_000 });
    return summarise(transport, await timeReplies(page, questions));
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** The questions the page is timed on: one of each kind people ask first. */
export const LATENCY_QUESTIONS: readonly string[] = Object.freeze([
  'how long does it take to become a care manager',
  'what degree do I need',
  'what is the salary',
  'which certifications should I get',
  'is the job stressful',
  'where do care managers work',
  'what is the job outlook',
  'what skills do I need',
  'can I become a care manager without a degree',
  'what does a care manager do',
  'how do I get experience',
  'what is the CCM',
]);

/** Why the page cannot be timed here, or null when Chromium and the Web Chat bundle are both installed. */
export function cannotTimePage(bundlePath: string): string | null {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing (apt-get install -y chromium)`;
  if (!existsSync(bundlePath)) return 'the Web Chat bundle is missing (node scripts/fetch-webchat.cjs)';
  return null;
}
