import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
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

  constructor(readonly path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a power cut may lose the last transactions, never corrupt the file.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
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
    if (this.db.open) this.db.close();
  }
}
