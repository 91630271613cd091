/**
 * Memory readings of the process this runs in, for the bench's servers (bench/serve.ts, bench/memoryStagesChild.ts).
 * Imports nothing but Node's own modules, so a reading taken before the bot is loaded counts none of it.
 */

/** Two full GCs when Node runs with --expose-gc; else nothing. */
export function fullGc(): void {
  const gc: unknown = Reflect.get(globalThis, 'gc');
  if (typeof gc === 'function') {
    gc();
    gc();
  }
}

/** How long settledRss waits between readings, and at most in all. */
const SETTLE_STEP_MS = 50;
const SETTLE_DEADLINE_MS = 3000;

/**
 * The resident memory once it stops falling after a full GC: V8 hands the pages it freed back to the system from a
 * background thread, so a reading taken the moment gc() returns can still count tens of MB of them (for information
 * beside the goal's reading, which is taken at once).
 */
export async function settledRss(): Promise<number> {
  const deadline = Date.now() + SETTLE_DEADLINE_MS;
  let previous = process.memoryUsage.rss();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_STEP_MS));
    const now = process.memoryUsage.rss();
    if (previous - now < 256 * 1024 || Date.now() > deadline) return now;
    previous = now;
  }
}

/** `overrides`: the knowledge and engine built beforehand (bench/memoryStagesChild.ts reads the memory after each). */
