/**
 * Mocha root hooks (see .mocharc.json): the suite must close everything it opens, since mocha runs without "exit" and
 * waits for the event loop to empty. A server, socket, child process or timer a test leaves open is named here, the
 * suite fails, and the process exits instead of hanging until CI's time limit.
 */
import type { RootHookObject } from 'mocha';

/** How long the last closes (sockets draining, children exiting) may take after the last test. */
const SETTLE_MS = 5000;

let baseline = new Map<string, number>();

function tally(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const type of process.getActiveResourcesInfo()) counts.set(type, (counts.get(type) ?? 0) + 1);
  return counts;
}

/** Resource types with more open now than when the suite started (stdout and stderr are open from the start). */
function leftOpen(): string[] {
  const extra: string[] = [];
  for (const [type, count] of tally()) {
    const more = count - (baseline.get(type) ?? 0);
    if (more > 0) extra.push(`${more} x ${type}`);
  }
  return extra;
}

export const mochaHooks: RootHookObject = {
  beforeAll() {
    baseline = tally();
  },
  async afterAll(this: Mocha.Context) {
    this.timeout(SETTLE_MS + 5000);
    const deadline = Date.now() + SETTLE_MS;
    let extra = leftOpen();
    while (extra.length > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      extra = leftOpen();
    }
    if (extra.length === 0) return;
    // Fail, then leave: waiting on a leaked handle would hang the run.
    setTimeout(() => process.exit(1), 2000);
    throw new Error(
      `The suite left open: ${extra.join(', ')}. Close it in the after hook of the test that opened it ` +
        '(run the files one by one to find which; process.getActiveResourcesInfo() lists what is open).',
    );
  },
};
