import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { StoreItem, StoreItems } from 'botbuilder';
import type { ListableStorage } from './listing';

/** A stale eTag, in the words and with the status code MemoryStorage, BlobsStorage and Cosmos use for it. */
export class SqliteETagConflictError extends Error {
  readonly statusCode = 412;
  constructor(key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'SqliteETagConflictError';
  }
}

interface Row {
  key: string;
  etag: string;
  data: string;
}

/** How often the checkpoint worker copies the write-ahead log back into the database file. */
export const CHECKPOINT_EVERY_MS = 1000;

/**
 * The checkpoint worker: its own connection to the file, copying the write-ahead log into the database every
 * `everyMs` (PASSIVE: it never waits for, or blocks, the bot's reads and writes). A checkpoint ends with an fsync that
 * can take tens of milliseconds; done on the bot's thread (SQLite's automatic checkpoint), it stalls every turn in
 * flight. It reports a failure once and stops, and the bot's connection then checkpoints itself again.
 */
const CHECKPOINT_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 5000');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    clearInterval(timer);
    parentPort.postMessage(String((error && error.message) || error));
  }
}, workerData.everyMs);
`;

/**
 * The worker runs one pragma a second and keeps nothing: a small V8 heap is plenty (the defaults reserve room for a
 * whole app, about 2 MB more resident memory). Going over a limit ends the worker, and SQLite's own checkpoints come back.
 */
export const CHECKPOINT_WORKER_LIMITS = Object.freeze({ maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 8, codeRangeSizeMb: 2, stackSizeMb: 1 });

/** The highest code point: every key that starts with a prefix sorts below prefix + this. */
const AFTER_PREFIX = '\u{10FFFF}';

/**
 * botbuilder Storage in one SQLite file (better-sqlite3), for one host: state survives a restart with nothing to set up.
 * eTags behave as BlobsStorage's do: every write gets a new one; a write carrying an older one is rejected (412) and
 * changes nothing; "*" or no eTag writes unconditionally; an eTag for an item that is gone (deleted since it was read)
 * is rejected too, so a forgotten user is not written back. One write call is one transaction.
 * WAL mode lets `npm run report` read while the bot writes.
 */
export class SqliteStorage implements ListableStorage {
  private readonly db: Database.Database;
  private readonly selectOne: Database.Statement<[string], Row>;
  private readonly upsert: Database.Statement<[string, string, string, number]>;
  private readonly updateIfMatch: Database.Statement<[string, string, number, string, string]>;
  private readonly deleteOne: Database.Statement<[string]>;
  private readonly selectKeys: Database.Statement<[string, string], Pick<Row, 'key'>>;
  private readonly writeAll: (changes: StoreItems) => void;
  private checkpointer: Worker | null = null;

  constructor(readonly path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a power cut may lose the last transactions, never corrupt the file.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    if (path !== ':memory:') this.startCheckpointer();
    this.db.exec(`CREATE TABLE IF NOT EXISTS items (
      key TEXT PRIMARY KEY,
      etag TEXT NOT NULL,
      data TEXT NOT NULL,
      updated INTEGER NOT NULL
    ) WITHOUT ROWID`);
    this.selectOne = this.db.prepare<[string], Row>('SELECT key, etag, data FROM items WHERE key = ?');
    this.upsert = this.db.prepare<[string, string, string, number]>(
      'INSERT INTO items (key, etag, data, updated) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, data = excluded.data, updated = excluded.updated',
    );
    this.updateIfMatch = this.db.prepare<[string, string, number, string, string]>('UPDATE items SET etag = ?, data = ?, updated = ? WHERE key = ? AND etag = ?');
    this.deleteOne = this.db.prepare<[string]>('DELETE FROM items WHERE key = ?');
    this.selectKeys = this.db.prepare<[string, string], Pick<Row, 'key'>>('SELECT key FROM items WHERE key >= ? AND key < ? ORDER BY key');
    this.writeAll = this.db.transaction((changes: StoreItems) => {
      const now = Date.now();
      for (const [key, item] of Object.entries(changes)) {
        const { eTag, ...rest }: StoreItem = item ?? {};
        const data = JSON.stringify(rest);
        const next = randomUUID();
        if (typeof eTag !== 'string' || eTag === '' || eTag === '*') {
          this.upsert.run(key, next, data, now);
        } else if (this.updateIfMatch.run(next, data, now, key, eTag).changes === 0) {
          throw new SqliteETagConflictError(key);
        }
      }
    });
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const row = this.selectOne.get(key);
      if (!row) continue;
      const stored: StoreItem = JSON.parse(row.data);
      items[key] = { ...stored, eTag: row.etag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    this.writeAll(changes);
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.deleteOne.run(key);
  }

  async listKeys(prefix: string): Promise<string[]> {
    return this.selectKeys.all(prefix, prefix + AFTER_PREFIX).map((row) => row.key);
  }

  /** Closes the file; later calls fail. */
  close(): void {
    this.stopCheckpointer();
    if (this.db.open) this.db.close();
  }

  /** Moves checkpoints off this thread (see CHECKPOINT_WORKER); if the worker cannot run, SQLite's own stay on. */
  private startCheckpointer(): void {
    const worker = new Worker(CHECKPOINT_WORKER, {
      eval: true,
      resourceLimits: CHECKPOINT_WORKER_LIMITS,
      workerData: { driver: require.resolve('better-sqlite3'), path: this.path, everyMs: CHECKPOINT_EVERY_MS },
    });
    const fallBack = () => {
      if (this.checkpointer !== worker) return;
      this.stopCheckpointer();
      if (this.db.open) this.db.pragma('wal_autocheckpoint = 1000');
    };
    worker.once('message', fallBack);
    worker.once('error', fallBack);
    // After the listeners: adding a 'message' listener refs the worker again, and it must never keep the process up.
    worker.unref();
    this.checkpointer = worker;
    this.db.pragma('wal_autocheckpoint = 0');
  }

  private stopCheckpointer(): void {
    const worker = this.checkpointer;
    this.checkpointer = null;
    if (worker) void worker.terminate();
  }
}
