import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { CosmosDbPartitionedStorage } from 'botbuilder-azure';
import { ConfigError, type StorageConfig } from './config';

/** Storage could not be reached or failed; the turn's state was not read or not saved. */
export class StorageUnavailableError extends Error {
  constructor(
    readonly operation: 'read' | 'write' | 'delete',
    cause: unknown,
  ) {
    super(`Bot state storage failed during ${operation}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StorageUnavailableError';
  }
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

function buildStorage(config: StorageConfig): Storage {
  switch (config.kind) {
    case 'memory':
      return new MemoryStorage();
    case 'blob':
      return new BlobsStorage(config.connectionString, config.container, { storagePipelineOptions: blobPipeline() });
    case 'cosmos':
      // compatibilityMode false: the container is (or is created) partitioned on /id, as Bot Framework expects.
      return new CosmosDbPartitionedStorage({
        cosmosDbEndpoint: config.endpoint,
        authKey: config.key,
        databaseId: config.database,
        containerId: config.container,
        compatibilityMode: false,
      });
  }
}

function isConflict(error: unknown): boolean {
  if (error instanceof Error && /etag conflict|precondition/i.test(error.message)) return true;
  const status = typeof error === 'object' && error !== null && 'statusCode' in error ? error.statusCode : undefined;
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return status === 412 || code === 412;
}

/**
 * Wraps a botbuilder Storage so that failures are typed (StorageUnavailableError, StateConflictError) and, for Blob
 * storage, the client is rebuilt after a failure: BlobsStorage caches a failed container creation forever, so a bot
 * started while storage was down would otherwise never recover. (Memory is never rebuilt: that would drop all state.)
 */
export class GuardedStorage implements Storage {
  private inner: Storage | null;

  constructor(
    readonly kind: StorageConfig['kind'],
    private readonly build: () => Storage,
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

  private async run<T>(operation: 'read' | 'write' | 'delete', keys: string[], action: (storage: Storage) => Promise<T>): Promise<T> {
    let storage: Storage | null = null;
    try {
      storage = this.inner ??= this.build();
      return await action(storage);
    } catch (error) {
      if (operation === 'write' && isConflict(error)) throw new StateConflictError(keys, error);
      if (this.kind === 'blob' && this.inner === storage) this.inner = null;
      throw new StorageUnavailableError(operation, error);
    }
  }
}

const SETTING_OF: Record<StorageConfig['kind'], string> = {
  memory: 'STORAGE',
  blob: 'BLOB_CONNECTION_STRING',
  cosmos: 'COSMOS_ENDPOINT / COSMOS_KEY',
};

/** The configured state storage: in memory, Azure Blob storage or Cosmos DB. A malformed setting is a ConfigError. */
export function createStorage(config: StorageConfig): GuardedStorage {
  try {
    return new GuardedStorage(config.kind, () => buildStorage(config));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError([`${SETTING_OF[config.kind]}: the ${config.kind} storage client rejected it (${reason}); copy the value again from the Azure portal`]);
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
