import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { createDirectLineStore, DEFAULT_LIMITS } from '../../bot/directLine/store';

const MB = 1024 * 1024;

describe('local Direct Line memory bounds', function () {
  this.timeout(60_000);

  it('keeps the bytes of all conversations under maxTotalBytes, trimming the least recently used first', () => {
    let clock = 0;
    const store = createDirectLineStore({ ...DEFAULT_LIMITS, tokenTtlMs: 3_600_000, idleMs: 3_600_000, maxTotalBytes: MB }, () => clock);
    const started = [];
    for (let i = 0; i < 30; i += 1) {
      clock += 1000;
      const issued = store.createConversation();
      const check = issued && store.checkToken(issued.token);
      if (!check || !check.ok) throw new Error('refused');
      check.conversation.started = true;
      store.append(check.conversation, { type: 'message', text: 'x'.repeat(100 * 1024) });
      started.push(check.conversation);
      expect(store.totalBytes, `after ${i + 1} conversations`).to.be.at.most(MB);
    }
    const newest = started[started.length - 1]!;
    expect(store.since(newest, 0).activities).to.have.length(1);
    expect(store.since(started[0]!, 0).activities, 'the oldest gave way').to.have.length(0);
  });

  it('retains a bounded heap (measured after a full GC, in a child process) under a flood of 90 KB posts', () => {
    // 300 conversations x 4 posts x 90 KB = 105 MB posted; the cap is 8 MB. Without it each conversation kept its
    // 360 KB (under the 512 KB per-conversation cap): 105 MB retained.
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--require', 'tsx/cjs', join(__dirname, '..', 'support', 'directLineHeapProbe.ts'), '300', '4', String(90 * 1024), String(8 * MB)],
      { encoding: 'utf8', maxBuffer: MB },
    );
    const { retainedBytes, storeBytes } = JSON.parse(out) as { retainedBytes: number; storeBytes: number };
    expect(storeBytes).to.be.at.most(8 * MB);
    expect(Math.round(retainedBytes / MB), 'MB of heap retained').to.be.below(20);
  });
});
