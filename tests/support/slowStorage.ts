import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';

/**
 * In-memory storage that takes `delayMs` for every read and write, as a remote store does, so turns that run at the
 * same time really interleave (a plain MemoryStorage answers almost at once and hides races). It keeps eTags.
 */
export class SlowStorage implements Storage {
  readonly inner = new MemoryStorage();
  reads = 0;
  writes = 0;

  constructor(private readonly delayMs: number) {}

  private pause(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, this.delayMs));
  }

  async read(keys: string[]): Promise<StoreItems> {
    this.reads += 1;
    await this.pause();
    return this.inner.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    this.writes += 1;
    await this.pause();
    return this.inner.write(changes);
  }

  async delete(keys: string[]): Promise<void> {
    await this.pause();
    return this.inner.delete(keys);
  }
}
