import { expect } from 'chai';
import { Agent } from 'node:http';
import type { App } from '../../bot/app';
import { GuidedMessages } from '../../dialogs/rendering/guided/guidedMessages';
import { loadKnowledge } from '../../knowledge/loadKnowledge';
import { postMessagesKeepAlive } from '../../bench/net';
import { message, newIds, startTestApp } from '../support/http';

const CONVERSATIONS = 1_000;
/** Turns in flight at once, across all conversations; one conversation never has two (a person waits for the reply). */
const IN_FLIGHT = 50;
const START_WALK = 'walk me through the steps';
const NEXT = 'next';
const REPEAT = 'repeat';

interface Conversation {
  index: number;
  conversationId: string;
  userId: string;
  /** The step this conversation walks to, 1..total. */
  target: number;
  turns: string[];
  /** Turns already answered. */
  done: number;
  /** Step shown by each reply, in order; null when no step heading was in the reply. */
  seen: Array<number | null>;
}

/** The replies' text and cards as one string (the step heading is a hero card's title). */
function repliesText(body: string): string {
  const parsed: unknown = JSON.parse(body);
  if (typeof parsed !== 'object' || parsed === null || !('activities' in parsed) || !Array.isArray(parsed.activities)) return '';
  return parsed.activities.map((reply: unknown) => JSON.stringify(reply)).join('\n');
}

/** Every "Step N of T" heading in the replies of one turn; the bot shows one step card per turn while walking. */
function stepsShown(text: string, total: number): number[] {
  const shown: number[] = [];
  for (let n = 1; n <= total; n += 1) {
    if (text.includes(GuidedMessages.steps.heading(n, total))) shown.push(n);
  }
  return shown;
}

/** Conversation i walks to step (i % total) + 1: start the walk, "next" that many times less one, then "repeat". */
function plan(index: number, total: number): Conversation {
  const target = (index % total) + 1;
  const { conversationId, userId } = newIds();
  return {
    index,
    conversationId,
    userId,
    target,
    turns: [START_WALK, ...Array.from({ length: target - 1 }, () => NEXT), REPEAT],
    done: 0,
    seen: [],
  };
}

/** Round-robin over the conversations: each worker takes the next conversation in line, sends its next turn, requeues it. */
async function runInterleaved(app: App, agent: Agent, conversations: Conversation[], total: number, failures: string[]): Promise<{ peakInFlight: number }> {
  const queue: Conversation[] = [...conversations];
  let head = 0;
  let inFlight = 0;
  let peakInFlight = 0;
  async function worker(): Promise<void> {
    while (head < queue.length) {
      const conversation = queue[head]!;
      head += 1;
      const text = conversation.turns[conversation.done]!;
      inFlight += 1;
      peakInFlight = Math.max(peakInFlight, inFlight);
      const result = await postMessagesKeepAlive(agent, app.url, JSON.stringify(message(text, { conversationId: conversation.conversationId, userId: conversation.userId }))).finally(() => {
        inFlight -= 1;
      });
      if (result.status !== 200) {
        failures.push(`conversation ${conversation.index}, turn ${conversation.done + 1} ("${text}"): HTTP ${result.status} ${result.body.slice(0, 200)}`);
        continue;
      }
      const shown = stepsShown(repliesText(result.body), total);
      conversation.seen.push(shown.length === 1 ? shown[0]! : null);
      conversation.done += 1;
      if (conversation.done < conversation.turns.length) queue.push(conversation);
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, () => worker()));
  return { peakInFlight };
}

describe('1,000 conversations interleaved over HTTP', () => {
  let app: App | undefined;
  const agent = new Agent({ keepAlive: true, maxSockets: IN_FLIGHT });

  after(async () => {
    agent.destroy();
    await app?.close();
  });

  it('each walks the career steps to its own step and ends there', async function () {
    // About 6,500 turns; on a quiet 2-core machine this takes well under 60 s. The guard is wider because test runs share the machine.
    this.timeout(120_000);
    const kb = loadKnowledge();
    const total = kb.steps.length;
    expect(total, 'the knowledge base lists the career steps').to.be.at.least(2);
    // 1,000 users from one address; the per-client limit is not what this test is about.
    app = await startTestApp({ RATE_LIMIT_PER_MINUTE: '100000000' }, { kb });

    const conversations = Array.from({ length: CONVERSATIONS }, (_, i) => plan(i, total));
    const failures: string[] = [];
    const { peakInFlight } = await runInterleaved(app, agent, conversations, total, failures);
    expect(peakInFlight, 'turns of different conversations were in flight at the same time').to.equal(IN_FLIGHT);
    expect(failures.length, `${failures.length} turn(s) failed, first ones:\n${failures.slice(0, 5).join('\n')}`).to.equal(0);

    const wrong: string[] = [];
    for (const conversation of conversations) {
      // Start shows step 1, each "next" the following step, and "repeat" the step it stopped at.
      const expected = [...Array.from({ length: conversation.target }, (_, k) => k + 1), conversation.target];
      if (JSON.stringify(conversation.seen) !== JSON.stringify(expected)) {
        wrong.push(`conversation ${conversation.index}: expected steps ${expected.join(',')}, saw ${conversation.seen.join(',')}`);
      }
    }
    expect(wrong.length, `${wrong.length} conversation(s) not in their own state, first ones:\n${wrong.slice(0, 5).join('\n')}`).to.equal(0);

    const byTarget = new Map<number, number>();
    for (const conversation of conversations) byTarget.set(conversation.target, (byTarget.get(conversation.target) ?? 0) + 1);
    expect([...byTarget.keys()].sort((a, b) => a - b), 'every step is some conversation\'s end point').to.deep.equal(
      Array.from({ length: total }, (_, k) => k + 1),
    );
  });
});
