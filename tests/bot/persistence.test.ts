import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runReport } from '../../bot/cli/report';
import { startBotProcess } from '../support/botProcess';
import { message, post, replyText } from '../support/http';

describe('state and feedback survive a restart with no configuration (SQLite by default)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'persist-'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('offers the step reached before a restart, and the report shows a question the bot could not answer', async function () {
    this.timeout(60_000);
    const env = { SQLITE_PATH: join(dir, 'bot-state.sqlite') };
    const user = { userId: 'persistent-user', conversationId: 'persistent-conversation' };
    const unanswered = 'how do i bake sourdough bread';

    const first = await startBotProcess(env);
    expect(first.readyLine).to.match(/Web chat: http:\/\/localhost:\d+\/ {2}Bot Framework endpoint: http:\/\/localhost:\d+\/api\/messages/);
    expect(first.readyLine).to.include('SQLite file');
    try {
      expect(replyText(await post(first.url, message('walk me through the steps', user)))).to.include('Step 1');
      expect(replyText(await post(first.url, message('next', user)))).to.include('Step 2');
      expect(replyText(await post(first.url, message('next', user)))).to.include('Step 3');
      await post(first.url, message(unanswered, user));
    } finally {
      expect(await first.stop()).to.equal(0);
    }

    const second = await startBotProcess(env);
    try {
      // A new conversation, the same user: the walk is offered from where they stopped.
      const resumed = replyText(await post(second.url, message('walk me through the steps', { userId: user.userId, conversationId: 'after-restart' })));
      expect(resumed).to.include('step 3');
    } finally {
      expect(await second.stop()).to.equal(0);
    }

    let report = '';
    expect(await runReport({ env, write: (text) => (report += text) })).to.equal(0);
    expect(report).to.include('SQLite file').and.include(unanswered.replace(/\?$/, ''));
  });
});
