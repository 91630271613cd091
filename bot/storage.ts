import { relative } from 'node:path';
import type { Storage, StoreItems } from 'botbuilder';
import { ConfigError, type StorageConfig } from './config';
import { ListableMemoryStorage, type ListableStorage } from './listing';
import { SqliteStorage } from './sqliteStorage';

/** Storage could not be reached or failed; the turn's state was not read or not saved. */
export class StorageUnavailableError extends Error {
  constructor(
    readonly operation: 'read' | 'write' | 'delete',
    cause: unknown,
    hint?: string,
  ) {
    super(`Bot state storage failed during ${operation}: ${hint ?? (cause instanceof Error ? cause.message : String(cause))}`, { cause });
    this.name = 'StorageUnavailableError';
  }
}

/** What to do about a failure a person can fix in the settings; undefined when there is nothing specific to say. */
function hintFor(kind: StorageConfig['kind'], error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  if (kind === 'cosmos' && /partitionKeyPath|PartitionKey extracted/i.test(message)) {
    return "the Cosmos DB container's partition key must be /id (Bot Framework's CosmosDbPartitionedStorage keys documents by id). Create a container with partition key /id, or set COSMOS_CONTAINER to a new name and the bot creates one.";
  }
  return undefined;
}

/** Someone else wrote the same state since it was read (stale eTag): the write was rejected, nothing was overwritten. */
export class StateConflictError extends Error {
  constructor(
    readonly keys: readonly string[],
    cause: unknown,
  ) {
    super(`Bot state changed under us (eTag conflict) for ${keys.join(', ')}; the write was rejected`, { cause });
    this.name = 'StateConflictError';
  }
}

/** Blob client retries tuned for a chat turn: fail within a few seconds instead of the SDK's ~30 s back-off. */
function blobPipeline() {
  // A fresh object each time: the Azure SDK writes into the options it is given.
  return { retryOptions: { maxTries: 2, retryDelayInMs: 100, maxRetryDelayInMs: 500, tryTimeoutInMs: 4000 } };
}

/** The health probe gives storage this long to answer. */
export const STORAGE_PROBE_TIMEOUT_MS = 2000;
const PROBE_KEY = 'healthz/probe';

/**
 * The Azure stores' module, loaded the first time Blob or Cosmos storage is built: a bot on SQLite or memory never
 * loads the Azure SDKs (see bot/listingAzure.ts).
 */
function azureStores(): typeof import('./listingAzure') {
  return require('./listingAzure') as typeof import('./listingAzure');
}

function buildStorage(config: StorageConfig): ListableStorage {
  switch (config.kind) {
    case 'memory':
      return new ListableMemoryStorage();
    case 'sqlite':
      return new SqliteStorage(config.path);
    case 'blob':
      return new (azureStores().ListableBlobsStorage)(config.connectionString, config.container, { storagePipelineOptions: blobPipeline() });
    case 'cosmos':
      return new (azureStores().ListableCosmosStorage)({ endpoint: config.endpoint, key: config.key, database: config.database, container: config.container });
  }
}

/** A write refused because the stored item's eTag changed since it was read (any storage's way of saying so). */
export function isConflict(error: unknown): boolean {
  if (error instanceof StateConflictError) return true;
  if (error instanceof Error && /etag conflict|precondition/i.test(error.message)) return true;
  const status = typeof error === 'object' && error !== null && 'statusCode' in error ? error.statusCode : undefined;
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return status === 412 || code === 412;
}

/**
 * Wraps a botbuilder Storage so that failures are typed (StorageUnavailableError, StateConflictError) and, for Blob
 * storage, a client that never worked is rebuilt after a failure: BlobsStorage caches a failed container creation
 * forever, so a bot started while storage was down would otherwise never recover. A client that has worked keeps
 * going through later failures. (Memory is never rebuilt: that would drop all state.)
 */
export class GuardedStorage implements ListableStorage {
  private inner: ListableStorage | null;
  /** The current client has answered at least once, so its container check passed and is not what failed. */
  private innerWorked = false;

  constructor(
    readonly kind: StorageConfig['kind'],
    private readonly build: () => ListableStorage,
  ) {
    // Built once now, so a malformed connection string stops the start instead of the first turn.
    this.inner = build();
  }

  async read(keys: string[]): Promise<StoreItems> {
    return this.run('read', keys, (storage) => storage.read(keys));
  }

  async write(changes: StoreItems): Promise<void> {
    return this.run('write', Object.keys(changes), (storage) => storage.write(changes));
  }

  async delete(keys: string[]): Promise<void> {
    return this.run('delete', keys, (storage) => storage.delete(keys));
  }

  async listKeys(prefix: string): Promise<string[]> {
    return this.run('read', [prefix], (storage) => storage.listKeys(prefix));
  }

  /** Releases what the store holds open (the SQLite file); the network stores hold nothing that needs closing. */
  close(): void {
    if (this.inner instanceof SqliteStorage) this.inner.close();
  }

  private async run<T>(operation: 'read' | 'write' | 'delete', keys: string[], action: (storage: ListableStorage) => Promise<T>): Promise<T> {
    let storage: ListableStorage | null = null;
    try {
      if (!this.inner) {
        this.inner = this.build();
        this.innerWorked = false;
      }
      storage = this.inner;
      const result = await action(storage);
      if (this.inner === storage) this.innerWorked = true;
      return result;
    } catch (error) {
      if (operation === 'write' && isConflict(error)) throw new StateConflictError(keys, error);
      // Only a client that never worked can be stuck on its cached container check; rebuilding one that worked made
      // the next reads fail too (the new client's container check) until writes recovered.
      if (this.kind === 'blob' && this.inner === storage && !this.innerWorked) this.inner = null;
      throw new StorageUnavailableError(operation, error, hintFor(this.kind, error));
    }
  }
}

const SETTING_OF: Record<StorageConfig['kind'], string> = {
  memory: 'STORAGE',
  sqlite: 'SQLITE_PATH',
  blob: 'BLOB_CONNECTION_STRING',
  cosmos: 'COSMOS_ENDPOINT / COSMOS_KEY',
};

/** Where state lives, in words: for the start-up line and the report. */
export function describeStorage(storage: StorageConfig): string {
  switch (storage.kind) {
    case 'memory':
      return 'memory, lost when the bot stops';
    case 'sqlite':
      return `SQLite file ${relative(process.cwd(), storage.path) || storage.path}`;
    case 'blob':
      return `Azure Blob storage, container "${storage.container}"`;
    case 'cosmos':
      return `Cosmos DB ${storage.endpoint}, database "${storage.database}", container "${storage.container}"`;
  }
}

/** What to do when a store cannot be opened, per kind. */
const FIX_OF: Record<StorageConfig['kind'], string> = {
  memory: 'this should not happen; report it',
  sqlite: 'point SQLITE_PATH at a file in a folder this user may write, or set STORAGE=memory',
  blob: 'copy the value again from the Azure portal',
  cosmos: 'copy the values again from the Azure portal',
};

/** The configured state storage: SQLite, in memory, Azure Blob storage or Cosmos DB. A bad setting is a ConfigError. */
export function createStorage(config: StorageConfig): GuardedStorage {
  try {
    return new GuardedStorage(config.kind, () => buildStorage(config));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const value = config.kind === 'sqlite' ? ` "${config.path}"` : '';
    throw new ConfigError([`${SETTING_OF[config.kind]}: the ${config.kind} storage could not be opened${value} (${reason}); ${FIX_OF[config.kind]}`]);
  }
}

export type StorageHealth = 'reachable' | 'unreachable';

/** A cheap probe for /healthz: read one key that never exists, with a short timeout. */
export async function checkStorage(storage: Storage, timeoutMs: number = STORAGE_PROBE_TIMEOUT_MS): Promise<StorageHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<StorageHealth>((resolve) => {
    timer = setTimeout(() => resolve('unreachable'), timeoutMs);
  });
  const probe = storage.read([PROBE_KEY]).then(
    (): StorageHealth => 'reachable',
    (): StorageHealth => 'unreachable',
  );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
