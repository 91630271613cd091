/**
 * Run as a child with --expose-gc (see tests/bot/directLineMemory.test.ts): fills the local Direct Line's store the
 * way a flood of large posts would, and prints the heap it retains after a full GC, as JSON on stdout.
 */
import { createDirectLineStore, DEFAULT_LIMITS } from '../../bot/directLine/store';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const [conversations, postsEach, postBytes, maxTotalBytes] = process.argv.slice(2).map(Number);
if (![conversations, postsEach, postBytes, maxTotalBytes].every((n) => Number.isFinite(n) && n! > 0)) throw new Error('usage: conversations posts bytes maxTotalBytes');

const store = createDirectLineStore({ ...DEFAULT_LIMITS, tokenTtlMs: 3_600_000, idleMs: 3_600_000, maxTotalBytes: maxTotalBytes! });
gc();
const before = process.memoryUsage().heapUsed;
for (let c = 0; c < conversations!; c += 1) {
  const issued = store.createConversation();
  const check = issued && store.checkToken(issued.token);
  if (!check || !check.ok) throw new Error('the store refused a conversation');
  check.conversation.started = true;
  for (let p = 0; p < postsEach!; p += 1) {
    // A new string each time, as each request's parsed body is.
    store.append(check.conversation, { type: 'message', value: `${c}-${p}-`.padEnd(postBytes!, 'x') });
  }
}
gc();
const after = process.memoryUsage().heapUsed;
process.stdout.write(JSON.stringify({ retainedBytes: after - before, storeBytes: store.totalBytes, conversations: store.size }));
