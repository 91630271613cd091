import { CosmosClient } from '@azure/cosmos';
import { ContainerClient } from '@azure/storage-blob';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { CosmosDbPartitionedStorage } from 'botbuilder-azure';
import type { ListableStorage } from './listing';

// The Azure stores, in a module of their own: bot/storage.ts loads it only when STORAGE is blob or cosmos, so a bot on
// SQLite or memory never loads the Azure SDKs (tens of MB of resident memory and a second or more of start-up).

/** A container (or database) nobody has written to yet holds nothing. */
function isNotFound(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  return ('statusCode' in error && error.statusCode === 404) || ('code' in error && error.code === 404);
}

/**
 * BlobsStorage that lists the container. BlobsStorage names a blob encodeURIComponent(key) (after dropping empty
 * path segments), so a prefix is encoded the same way and names are decoded back into keys.
 */
export class ListableBlobsStorage extends BlobsStorage implements ListableStorage {
  private readonly lister: ContainerClient;

  constructor(connectionString: string, container: string, options: ConstructorParameters<typeof BlobsStorage>[2]) {
    super(connectionString, container, options);
    this.lister = new ContainerClient(connectionString, container, options?.storagePipelineOptions);
  }

  async listKeys(prefix: string): Promise<string[]> {
    // BlobsStorage drops empty segments, so "emulator/users/u1/" (UserState's key) is stored as "emulator/users/u1".
    const stored = prefix.split('/').filter(Boolean).join('/');
    const keys: string[] = [];
    try {
      for await (const blob of this.lister.listBlobsFlat({ prefix: encodeURIComponent(stored) })) keys.push(decodeURIComponent(blob.name));
    } catch (error) {
      if (isNotFound(error)) return [];
      throw error;
    }
    // A prefix ending in "/" means that folder: "u1/" must not list "u10".
    return prefix.endsWith('/') ? keys.filter((key) => key === stored || key.startsWith(`${stored}/`)) : keys;
  }
}

export interface CosmosListingOptions {
  endpoint: string;
  key: string;
  database: string;
  container: string;
}

/** CosmosDbPartitionedStorage that lists by querying `realId`, the original key it stores beside the escaped id. */
export class ListableCosmosStorage extends CosmosDbPartitionedStorage implements ListableStorage {
  private readonly queries: CosmosClient;

  constructor(private readonly listing: CosmosListingOptions) {
    // compatibilityMode false: the container is (or is created) partitioned on /id, as Bot Framework expects.
    super({ cosmosDbEndpoint: listing.endpoint, authKey: listing.key, databaseId: listing.database, containerId: listing.container, compatibilityMode: false });
    this.queries = new CosmosClient({ endpoint: listing.endpoint, key: listing.key });
  }

  async listKeys(prefix: string): Promise<string[]> {
    const container = this.queries.database(this.listing.database).container(this.listing.container);
    try {
      const { resources } = await container.items
        .query<{ realId: string }>({ query: 'SELECT c.realId FROM c WHERE STARTSWITH(c.realId, @prefix)', parameters: [{ name: '@prefix', value: prefix }] })
        .fetchAll();
      return resources.map((row) => row.realId);
    } catch (error) {
      if (isNotFound(error)) return [];
      throw error;
    }
  }
}
