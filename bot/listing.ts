import { MemoryStorage, type Storage } from 'botbuilder';

/**
 * botbuilder's Storage reads, writes and deletes known keys only. Feedback kept as one record per event, and deleting
 * one user's records, need the keys under a prefix too: each store below adds that, the way its service lists.
 */
export interface ListableStorage extends Storage {
  /** Every stored key that starts with `prefix`, in no promised order. */
  listKeys(prefix: string): Promise<string[]>;
}

export function isListable(storage: Storage): storage is ListableStorage {
  return 'listKeys' in storage && typeof storage.listKeys === 'function';
}

/** MemoryStorage that lists its own keys, and forgets deleted keys (MemoryStorage keeps them, set to undefined). */
export class ListableMemoryStorage extends MemoryStorage implements ListableStorage {
  async listKeys(prefix: string): Promise<string[]> {
    return Object.keys(this.memory).filter((key) => key.startsWith(prefix));
  }

  override async delete(keys: string[]): Promise<void> {
    for (const key of keys) delete this.memory[key];
  }
}
