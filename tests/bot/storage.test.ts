import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ConversationState, MemoryStorage, TestAdapter, TurnContext, type Storage, type StoreItems } from 'botbuilder';
import { createStorage, checkStorage, GuardedStorage, StateConflictError, StorageUnavailableError } from '../../bot/storage';
import { createConversationState, createUserState } from '../../bot/state';
import { ListableMemoryStorage, type ListableStorage } from '../../bot/listing';
import { startAzurite, type Azurite } from '../support/azurite';

function turn(conversationId: string, userId = 'user-1'): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'message',
    channelId: 'test',
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: userId, name: 'User' },
    recipient: { id: 'bot', name: 'Bot' },
    text: 'hello',
  });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

/** Storage whose every call fails, to see what the guard turns that into. */
function brokenStorage(message: string): ListableStorage {
  const fail = () => Promise.reject(new Error(message));
  return { read: fail, write: fail, delete: fail, listKeys: fail };
}

describe('state storage', () => {
  it('loads the Azure storage SDKs only for Blob or Cosmos storage, never for SQLite or memory', () => {
    // A fresh process: this one has loaded them for other tests.
    const script = `
      const { createStorage } = require('./bot/storage');
      const loaded = () => Object.keys(require.cache).some((file) => /[\\\\/]@azure[\\\\/](?:storage-blob|cosmos)[\\\\/]|[\\\\/]botbuilder-azure/.test(file));
      createStorage({ kind: 'memory' });
      createStorage({ kind: 'sqlite', path: ':memory:' }).close();
      const before = loaded();
      createStorage({ kind: 'blob', connectionString: 'UseDevelopmentStorage=true', container: 'unused' });
      console.log(JSON.stringify({ before, after: loaded() }));`;
    const output = execFileSync(process.execPath, ['--require', 'tsx/cjs', '--no-deprecation', '-e', script], { cwd: join(__dirname, '../..'), encoding: 'utf8' });
    expect(JSON.parse(output.trim().split('\n').pop()!)).to.deep.equal({ before: false, after: true });
  });

  describe('in memory', () => {
    it('writes, reads and deletes items', async () => {
      const storage = createStorage({ kind: 'memory' });
      await storage.write({ a: { n: 1 } });
      expect((await storage.read(['a'])).a).to.include({ n: 1 });
      await storage.delete(['a']);
      expect(await storage.read(['a'])).to.deep.equal({});
    });

    it('turns a stale eTag write into a StateConflictError and keeps the newer value', async () => {
      const storage = createStorage({ kind: 'memory' });
      await storage.write({ k: { who: 'first' } });
      const stale = (await storage.read(['k'])).k;
      await storage.write({ k: { ...stale, who: 'second' } });
      const error = await rejection(storage.write({ k: { ...stale, who: 'stale writer' } }));
      expect(error).to.be.instanceOf(StateConflictError);
      expect((await storage.read(['k'])).k).to.include({ who: 'second' });
    });

    it('keeps every item when one write fails (memory is never rebuilt)', async () => {
      const storage = createStorage({ kind: 'memory' });
      await storage.write({ kept: { v: 1 } });
      const circular: Record<string, unknown> = {};
      circular.self = circular;
      expect(await rejection(storage.write({ bad: circular }))).to.be.instanceOf(StorageUnavailableError);
      expect((await storage.read(['kept'])).kept).to.include({ v: 1 });
    });

    it('turns other failures into StorageUnavailableError and rebuilds a Blob client for the next call', async () => {
      let builds = 0;
      const guarded = new GuardedStorage('blob', () => {
        builds += 1;
        return builds === 1 ? brokenStorage('connect ECONNREFUSED 127.0.0.1:1') : new ListableMemoryStorage();
      });
      const error = await rejection(guarded.read(['x']));
      expect(error).to.be.instanceOf(StorageUnavailableError);
      expect(error).to.have.property('operation', 'read');
      expect(await guarded.read(['x'])).to.deep.equal({});
      expect(builds).to.equal(2);
    });

    it('keeps a Blob client that has worked through one failed write, so reads go on working', async () => {
      let builds = 0;
      let writeFails = true;
      const first = new ListableMemoryStorage();
      const guarded = new GuardedStorage('blob', () => {
        builds += 1;
        if (builds > 1) return brokenStorage('a rebuilt client could not check its container (403)');
        return Object.assign(first, {
          write: async (changes: StoreItems) => {
            if (writeFails) throw new Error('write timed out');
            return ListableMemoryStorage.prototype.write.call(first, changes);
          },
        });
      });
      expect(await guarded.read(['x'])).to.deep.equal({});
      expect(await rejection(guarded.write({ x: { v: 1 } }))).to.be.instanceOf(StorageUnavailableError);
      expect(await guarded.read(['x']), 'a read right after the failed write').to.deep.equal({});
      writeFails = false;
      await guarded.write({ x: { v: 2 } });
      expect((await guarded.read(['x'])).x).to.include({ v: 2 });
      expect(builds).to.equal(1);
    });
  });

  describe('checkStorage (the /healthz probe)', () => {
    it('says reachable when a read succeeds', async () => {
      expect(await checkStorage(new MemoryStorage())).to.equal('reachable');
    });

    it('says unreachable when a read fails', async () => {
      expect(await checkStorage(brokenStorage('down'))).to.equal('unreachable');
    });

    it('says unreachable when a read hangs past the timeout', async () => {
      const hanging: Storage = { read: () => new Promise<StoreItems>(() => {}), write: async () => {}, delete: async () => {} };
      const started = Date.now();
      expect(await checkStorage(hanging, 100)).to.equal('unreachable');
      expect(Date.now() - started).to.be.below(1000);
    });
  });

  describe('optimistic conversation and user state', () => {
    it('rejects the second of two turns that read the same state, instead of silently dropping the first', async () => {
      const storage = createStorage({ kind: 'memory' });
      const seed = turn('c1');
      const seedState = createConversationState(storage);
      await seedState.createProperty<number>('count').set(seed, 1);
      await seedState.saveChanges(seed);

      const instanceA = createConversationState(storage);
      const instanceB = createConversationState(storage);
      const turnA = turn('c1');
      const turnB = turn('c1');
      const countA = instanceA.createProperty<number>('count');
      const countB = instanceB.createProperty<number>('count');
      expect(await countA.get(turnA)).to.equal(1);
      expect(await countB.get(turnB)).to.equal(1);
      await countA.set(turnA, 2);
      await instanceA.saveChanges(turnA);
      await countB.set(turnB, 20);
      const error = await rejection(instanceB.saveChanges(turnB));
      expect(error).to.be.instanceOf(StateConflictError);

      const check = turn('c1');
      expect(await createConversationState(storage).createProperty<number>('count').get(check)).to.equal(2);
    });

    it('lets one turn save twice (its second save follows its own first)', async () => {
      const storage = createStorage({ kind: 'memory' });
      const state = createUserState(storage);
      const context = turn('c2', 'u2');
      const name = state.createProperty<string>('name');
      await name.set(context, 'a');
      await state.saveChanges(context);
      await name.set(context, 'b');
      await state.saveChanges(context);
      expect(await createUserState(storage).createProperty<string>('name').get(turn('c9', 'u2'))).to.equal('b');
    });

    it('does not write when nothing changed', async () => {
      let writes = 0;
      const memory = new MemoryStorage();
      const counting: Storage = { read: (keys) => memory.read(keys), write: (changes) => ((writes += 1), memory.write(changes)), delete: (keys) => memory.delete(keys) };
      const state = createConversationState(counting);
      const context = turn('c3');
      expect(await state.createProperty<number>('n').get(context)).to.equal(undefined);
      await state.saveChanges(context);
      expect(writes).to.equal(0);
    });

    it('clears and deletes as BotState does: a cleared state is saved empty, a deleted one is gone from storage', async () => {
      const storage = createStorage({ kind: 'memory' });
      const state = createConversationState(storage);
      const seed = turn('c5');
      await state.createProperty<string>('kept').set(seed, 'yes');
      await state.saveChanges(seed);

      const clearing = turn('c5');
      expect(await state.createProperty<string>('kept').get(clearing)).to.equal('yes');
      await state.clear(clearing);
      expect(state.get(clearing)).to.deep.equal({});
      await state.saveChanges(clearing);
      expect(await createConversationState(storage).createProperty<string>('kept').get(turn('c5'))).to.equal(undefined);

      const deleting = turn('c5');
      await state.createProperty<string>('again').set(deleting, 'x');
      await state.saveChanges(deleting);
      expect(Object.keys(await storage.read(['test/conversations/c5/']))).to.deep.equal(['test/conversations/c5/']);
      await state.delete(deleting);
      expect(state.get(deleting)).to.equal(undefined);
      expect(Object.keys(await storage.read(['test/conversations/c5/']))).to.deep.equal([]);
    });

    it('re-reads storage on a forced load, taking the newer eTag', async () => {
      const storage = createStorage({ kind: 'memory' });
      const mine = createConversationState(storage);
      const context = turn('c6');
      await mine.load(context);
      const other = turn('c6');
      const theirs = createConversationState(storage);
      await theirs.createProperty<number>('n').set(other, 7);
      await theirs.saveChanges(other);
      expect(await mine.createProperty<number>('n').get(context)).to.equal(undefined);
      await mine.load(context, true);
      expect(await mine.createProperty<number>('n').get(context)).to.equal(7);
      await mine.createProperty<number>('n').set(context, 8);
      await mine.saveChanges(context);
      expect(await createConversationState(storage).createProperty<number>('n').get(turn('c6'))).to.equal(8);
    });

    it('(why it exists) botbuilder ConversationState overwrites a newer write with eTag "*"', async () => {
      const storage = createStorage({ kind: 'memory' });
      const a = new ConversationState(storage);
      const b = new ConversationState(storage);
      const turnA = turn('c4');
      const turnB = turn('c4');
      await a.load(turnA);
      await b.load(turnB);
      await a.createProperty<string>('who').set(turnA, 'A');
      await a.saveChanges(turnA);
      await b.createProperty<string>('who').set(turnB, 'B');
      await b.saveChanges(turnB);
      expect(await new ConversationState(storage).createProperty<string>('who').get(turn('c4'))).to.equal('B');
    });
  });

  describe('Azure Blob storage (Azurite)', function () {
    this.timeout(20_000);
    let azurite: Azurite;

    before(async () => {
      azurite = await startAzurite();
    });

    after(async () => {
      await azurite.dispose();
    });

    const blob = (container = 'state') => createStorage({ kind: 'blob', connectionString: azurite.connectionString, container });

    it('round-trips items, including keys with characters blob names dislike', async () => {
      const storage = blob();
      const key = 'msteams/conversations/a:b/c?d#e/';
      await storage.write({ [key]: { step: 5 } });
      expect((await storage.read([key]))[key]).to.include({ step: 5 });
      expect(await checkStorage(storage)).to.equal('reachable');
    });

    it('keeps items across a restart of both the storage client and Azurite', async () => {
      await blob('restart').write({ kept: { step: 5, specialisation: 'geriatric' } });
      await azurite.stop();
      await azurite.start();
      const fresh = blob('restart');
      expect((await fresh.read(['kept'])).kept).to.include({ step: 5, specialisation: 'geriatric' });
    });

    it('rejects a stale eTag write from a second instance and keeps the first instance write', async () => {
      const instanceA = blob('conflict');
      const instanceB = blob('conflict');
      await instanceA.write({ conv: { step: 1 } });
      const readByA = (await instanceA.read(['conv'])).conv;
      const readByB = (await instanceB.read(['conv'])).conv;
      expect(readByA?.eTag).to.be.a('string').and.equal(readByB?.eTag);
      await instanceA.write({ conv: { ...readByA, step: 2 } });
      const error = await rejection(instanceB.write({ conv: { ...readByB, step: 7 } }));
      expect(error).to.be.instanceOf(StateConflictError);
      expect(error).to.have.property('keys').that.deep.equals(['conv']);
      expect((await instanceA.read(['conv'])).conv).to.include({ step: 2 });
    });

    it('reports storage down as unreachable and recovers once Azurite is back', async () => {
      const storage = blob('outage');
      await storage.write({ k: { v: 1 } });
      await azurite.stop();
      try {
        expect(await checkStorage(storage)).to.equal('unreachable');
        expect(await rejection(storage.read(['k']))).to.be.instanceOf(StorageUnavailableError);
      } finally {
        await azurite.start();
      }
      expect(await checkStorage(storage)).to.equal('reachable');
      expect((await storage.read(['k'])).k).to.include({ v: 1 });
    });

    it('recovers a client that first met storage while it was down (the container is created then)', async () => {
      await azurite.stop();
      const storage = blob('created-late');
      try {
        expect(await rejection(storage.write({ k: { v: 1 } }))).to.be.instanceOf(StorageUnavailableError);
      } finally {
        await azurite.start();
      }
      await storage.write({ k: { v: 2 } });
      expect((await storage.read(['k'])).k).to.include({ v: 2 });
    });
  });
});
