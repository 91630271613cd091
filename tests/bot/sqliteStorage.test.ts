import { expect } from 'chai';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../bot/config';
import { CHECKPOINT_EVERY_MS, SqliteStorage } from '../../bot/sqliteStorage';
import { createStorage, StateConflictError } from '../../bot/storage';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('SQLite storage (the default)', () => {
  let dir: string;
  const opened: SqliteStorage[] = [];
  const open = (file = join(dir, 'nested', 'state.sqlite')) => {
    const storage = new SqliteStorage(file);
    opened.push(storage);
    return storage;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sqlite-storage-'));
  });

  afterEach(() => {
    for (const storage of opened.splice(0)) storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates its folder and file on first use, and keeps items after the file is closed and opened again', async () => {
    const file = join(dir, 'nested', 'state.sqlite');
    const first = open(file);
    expect(existsSync(file)).to.equal(true);
    await first.write({ 'emulator/users/u1': { profile: { lastStep: 4 } } });
    first.close();
    const second = open(file);
    const read = await second.read(['emulator/users/u1', 'missing']);
    expect(read['emulator/users/u1']).to.deep.include({ profile: { lastStep: 4 } });
    expect(read['emulator/users/u1'].eTag).to.be.a('string').and.not.be.empty;
    expect(read).not.to.have.property('missing');
  });

  it('gives every write a new eTag and rejects a write that carries an older one, changing nothing', async () => {
    const storage = open();
    await storage.write({ k: { who: 'first' } });
    const stale = (await storage.read(['k'])).k;
    await storage.write({ k: { ...stale, who: 'second' } });
    const fresh = (await storage.read(['k'])).k;
    expect(fresh.eTag).not.to.equal(stale.eTag);
    const error = await rejection(storage.write({ k: { ...stale, who: 'stale writer' } }));
    expect(error).to.have.property('statusCode', 412);
    expect(String(error)).to.match(/eTag conflict/);
    expect((await storage.read(['k'])).k).to.include({ who: 'second' });
  });

  it('overwrites with eTag "*" or none, and does not store the eTag inside the item', async () => {
    const storage = open();
    await storage.write({ k: { v: 1 } });
    await storage.write({ k: { v: 2, eTag: '*' } });
    expect((await storage.read(['k'])).k).to.include({ v: 2 });
    await storage.write({ k: { v: 3 } });
    const item = (await storage.read(['k'])).k;
    expect(item).to.include({ v: 3 });
    expect(Object.keys(item).filter((key) => key === 'eTag')).to.have.length(1);
  });

  it('rejects an eTag for an item deleted since it was read, so a forgotten user is not written back', async () => {
    const storage = open();
    await storage.write({ k: { v: 1 } });
    const read = (await storage.read(['k'])).k;
    await storage.delete(['k']);
    expect(await rejection(storage.write({ k: { ...read, v: 2 } }))).to.have.property('statusCode', 412);
    expect(await storage.read(['k'])).to.deep.equal({});
  });

  it('writes a batch all or nothing: one stale item keeps the others unwritten', async () => {
    const storage = open();
    await storage.write({ a: { v: 1 }, b: { v: 1 } });
    const { a, b } = await storage.read(['a', 'b']);
    await storage.write({ b: { ...b, v: 2 } });
    await rejection(storage.write({ a: { ...a, v: 9 }, b: { ...b, v: 9 } }));
    const after = await storage.read(['a', 'b']);
    expect(after.a).to.include({ v: 1 });
    expect(after.b).to.include({ v: 2 });
  });

  it('lists the keys under a prefix, and only those', async () => {
    const storage = open();
    await storage.write({ 'feedback/u1/1': { n: 1 }, 'feedback/u1/2': { n: 2 }, 'feedback/u2/1': { n: 3 }, 'feedback-questions': { items: {} } });
    expect((await storage.listKeys('feedback/u1/')).sort()).to.deep.equal(['feedback/u1/1', 'feedback/u1/2']);
    expect(await storage.listKeys('feedback/')).to.have.length(3);
    expect(await storage.listKeys('nothing/')).to.deep.equal([]);
  });

  it('lets a second connection to the same file (npm run report while the bot runs) read what the first wrote', async () => {
    const file = join(dir, 'shared.sqlite');
    const bot = open(file);
    const report = open(file);
    await bot.write({ k: { v: 1 } });
    expect((await report.read(['k'])).k).to.include({ v: 1 });
    const fromReport = (await report.read(['k'])).k;
    await bot.write({ k: { ...(await bot.read(['k'])).k, v: 2 } });
    expect(await rejection(report.write({ k: { ...fromReport, v: 3 } }))).to.have.property('statusCode', 412);
  });

  it('through createStorage, turns a stale write into a StateConflictError like the other stores', async () => {
    const storage = createStorage({ kind: 'sqlite', path: join(dir, 'guarded.sqlite') });
    try {
      await storage.write({ k: { v: 1 } });
      const stale = (await storage.read(['k'])).k;
      await storage.write({ k: { ...stale, v: 2 } });
      expect(await rejection(storage.write({ k: { ...stale, v: 3 } }))).to.be.instanceOf(StateConflictError);
    } finally {
      storage.close();
    }
  });

  it('stops the start with a ConfigError naming SQLITE_PATH when the file cannot be created', () => {
    // A folder path through a regular file cannot be created, even by root.
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const config = loadConfig({ SQLITE_PATH: join(blocker, 'state.sqlite') });
    let failure: unknown;
    try {
      createStorage(config.storage).close();
    } catch (error) {
      failure = error;
    }
    expect(failure).to.be.instanceOf(ConfigError);
    expect(String(failure)).to.include('SQLITE_PATH').and.include(blocker).and.include('STORAGE=memory');
  });

  it('copies the write-ahead log into the database file from a worker, never on the thread that answers turns', async () => {
    const file = join(dir, 'state.sqlite');
    const storage = open(file);
    const before = statSync(file).size;
    // 300 KB of state: the bot's own connection never checkpoints (SQLite's automatic one is off), so only the worker
    // can move it from the -wal file into the database file.
    for (let i = 0; i < 100; i += 1) await storage.write({ [`emulator/users/u${i}`]: { notes: 'x'.repeat(3000) } });
    const deadline = Date.now() + CHECKPOINT_EVERY_MS * 10;
    while (statSync(file).size <= before + 200_000 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(statSync(file).size, 'database file after the worker checkpointed').to.be.above(before + 200_000);
    expect(Object.keys(await storage.read(['emulator/users/u99']))).to.deep.equal(['emulator/users/u99']);
  });

  it('takes SQLITE_PATH relative to the working directory', () => {
    const config = loadConfig({ SQLITE_PATH: 'somewhere/state.sqlite' });
    expect(config.storage).to.deep.equal({ kind: 'sqlite', path: join(process.cwd(), 'somewhere', 'state.sqlite') });
  });
});
