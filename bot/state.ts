import { ConversationState, PrivateConversationState, UserState, type Storage, type StoreItem, type TurnContext } from 'botbuilder';
import { isConflict } from './storage';

/** What a turn read: the eTag to write back with, and the state as JSON to tell whether anything changed. */
interface LoadedState {
  eTag: string | undefined;
  snapshot: string;
}

/** The state without its eTag, as JSON: equal snapshots mean nothing to save (a plain comparison, no hashing). */
function snapshotOf(state: StoreItem): string {
  const { eTag: _eTag, ...rest } = state;
  return JSON.stringify(rest);
}

function isStoreItem(value: unknown): value is StoreItem {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Optimistic concurrency for botbuilder state. BotState.saveChanges writes with eTag "*" (last writer wins), so two
 * instances answering the same conversation would silently drop one turn's state. These write back the eTag the turn
 * read; a stale write is rejected by the storage (StateConflictError from bot/storage.ts) and reported by onTurnError.
 * The turn's copy is kept here rather than in BotState's own cache, which hashes every state it reads (SHA-256 of its
 * JSON) for a comparison this class makes on the JSON itself.
 */
class OptimisticCache {
  private readonly turns = new WeakMap<TurnContext, { state: StoreItem; loaded: LoadedState | undefined }>();

  /** `mergeOnConflict`: on a stale eTag, re-read, merge this turn's changes into the newer state and write again. */
  constructor(
    private readonly storage: Storage,
    private readonly mergeOnConflict = false,
  ) {}

  async load(context: TurnContext, force: boolean, key: () => Promise<string> | string): Promise<StoreItem> {
    const cached = this.turns.get(context);
    if (cached && !force) return cached.state;
    const storageKey = await key();
    const read: unknown = (await this.storage.read([storageKey]))[storageKey];
    const state: StoreItem = isStoreItem(read) ? read : {};
    this.turns.set(context, { state, loaded: { eTag: typeof state.eTag === 'string' ? state.eTag : undefined, snapshot: snapshotOf(state) } });
    return state;
  }

  get(context: TurnContext): StoreItem | undefined {
    return this.turns.get(context)?.state;
  }

  /** Empties the turn's copy; the next save writes it (BotState.clear). */
  clear(context: TurnContext): void {
    const loaded = this.turns.get(context)?.loaded;
    this.turns.set(context, { state: {}, loaded: loaded && { eTag: loaded.eTag, snapshot: '' } });
  }

  async delete(context: TurnContext, key: () => Promise<string> | string): Promise<void> {
    this.turns.delete(context);
    await this.storage.delete([await key()]);
  }

  async save(context: TurnContext, force: boolean, key: () => Promise<string> | string): Promise<void> {
    const cached = this.turns.get(context);
    if (!cached && !force) return;
    const current = cached?.state ?? {};
    const snapshot = snapshotOf(current);
    if (!force && cached?.loaded?.snapshot === snapshot) return;
    // No eTag read (new state) writes unconditionally; a second save in the same turn follows our own write, so "*".
    const eTag = cached?.loaded?.eTag ?? '*';
    const storageKey = await key();
    try {
      await this.storage.write({ [storageKey]: { ...current, eTag } });
    } catch (error) {
      if (!this.mergeOnConflict || !isConflict(error) || !cached?.loaded) throw error;
      const merged = await this.writeMerged(storageKey, JSON.parse(cached.loaded.snapshot || '{}') as StoreItem, current, error);
      this.turns.set(context, { state: merged, loaded: { eTag: '*', snapshot: snapshotOf(merged) } });
      return;
    }
    this.turns.set(context, { state: current, loaded: { eTag: '*', snapshot } });
  }

  /** Re-reads the newer state and writes it with this turn's changes (relative to `base`) applied; a few tries. */
  private async writeMerged(storageKey: string, base: StoreItem, ours: StoreItem, firstConflict: unknown): Promise<StoreItem> {
    let lastConflict = firstConflict;
    for (let attempt = 0; attempt < MERGE_ATTEMPTS; attempt += 1) {
      const read: unknown = (await this.storage.read([storageKey]))[storageKey];
      const theirs: StoreItem = isStoreItem(read) ? read : {};
      const { eTag: theirETag, ...theirState } = theirs;
      const { eTag: _ours, ...ourState } = ours;
      const merged = mergeState(withoutETag(base), ourState, theirState);
      const record = isStoreItem(merged) ? merged : ourState;
      try {
        await this.storage.write({ [storageKey]: { ...record, eTag: typeof theirETag === 'string' ? theirETag : '*' } });
        return record;
      } catch (error) {
        if (!isConflict(error)) throw error;
        lastConflict = error;
      }
    }
    throw lastConflict;
  }
}

/** Tries at merging a user's state when several conversations write it at once, before the turn fails. */
const MERGE_ATTEMPTS = 4;

function withoutETag(state: StoreItem): StoreItem {
  const { eTag: _eTag, ...rest } = state;
  return rest;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Three-way merge of JSON state: what only one side changed since `base` wins; objects merge key by key; arrays
 * merge as sets (additions from both sides kept, removals from both sides applied); when both sides changed the same
 * value differently, this turn's (ours) wins, as it is the later write.
 */
export function mergeState(base: unknown, ours: unknown, theirs: unknown): unknown {
  if (same(ours, base)) return theirs;
  if (same(theirs, base) || same(ours, theirs)) return ours;
  if (Array.isArray(ours) && Array.isArray(theirs)) {
    const key = (item: unknown) => JSON.stringify(item);
    const baseKeys = new Set((Array.isArray(base) ? base : []).map(key));
    const ourKeys = new Set(ours.map(key));
    const theirKeys = new Set(theirs.map(key));
    const kept = theirs.filter((item) => !(baseKeys.has(key(item)) && !ourKeys.has(key(item))));
    const added = ours.filter((item) => !baseKeys.has(key(item)) && !theirKeys.has(key(item)));
    return [...kept, ...added];
  }
  if (isPlainObject(ours) && isPlainObject(theirs)) {
    const baseObject = isPlainObject(base) ? base : {};
    const result: Record<string, unknown> = {};
    for (const field of new Set([...Object.keys(theirs), ...Object.keys(ours)])) {
      const value = mergeState(baseObject[field], ours[field], theirs[field]);
      if (value !== undefined) result[field] = value;
    }
    return result;
  }
  return ours;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class OptimisticConversationState extends ConversationState {
  private readonly cache = new OptimisticCache(this.storage);

  override load(context: TurnContext, force = false): Promise<StoreItem> {
    return this.cache.load(context, force, () => this.storageKey(context));
  }

  override get(context: TurnContext): StoreItem | undefined {
    return this.cache.get(context);
  }

  override async clear(context: TurnContext): Promise<void> {
    this.cache.clear(context);
  }

  override delete(context: TurnContext): Promise<void> {
    return this.cache.delete(context, () => this.storageKey(context));
  }

  override saveChanges(context: TurnContext, force = false): Promise<void> {
    return this.cache.save(context, force, () => this.storageKey(context));
  }
}

/**
 * User state is shared by all of a user's conversations (two browser tabs, Teams and the web), whose turns run at the
 * same time; a stale write is merged into the newer state instead of failing the turn.
 */
export class OptimisticUserState extends UserState {
  private readonly cache = new OptimisticCache(this.storage, true);

  override load(context: TurnContext, force = false): Promise<StoreItem> {
    return this.cache.load(context, force, () => this.storageKey(context));
  }

  override get(context: TurnContext): StoreItem | undefined {
    return this.cache.get(context);
  }

  override async clear(context: TurnContext): Promise<void> {
    this.cache.clear(context);
  }

  override delete(context: TurnContext): Promise<void> {
    return this.cache.delete(context, () => this.storageKey(context));
  }

  override saveChanges(context: TurnContext, force = false): Promise<void> {
    return this.cache.save(context, force, () => this.storageKey(context));
  }
}

/**
 * One person's state in one conversation (their guided flow in a Teams group chat or channel), keyed by the
 * conversation and the user as botbuilder's PrivateConversationState keys it, with the same eTag checks.
 */
export class OptimisticPersonState extends OptimisticConversationState {
  constructor(storage: Storage) {
    super(storage);
    const keys = new PrivateConversationState(storage);
    this.storageKey = async (context) => {
      const key = keys.getStorageKey(context);
      if (!key) throw new Error('Person state needs the activity\'s channelId, conversation.id and from.id; the channel sent a message without them.');
      return key;
    };
  }
}

/** Per person in a shared conversation, never overwriting another instance's newer write. */
export function createPersonState(storage: Storage): ConversationState {
  return new OptimisticPersonState(storage);
}

/** Conversation state (dialog stacks) that never overwrites another instance's newer write. */
export function createConversationState(storage: Storage): ConversationState {
  return new OptimisticConversationState(storage);
}

/** User state (the profile) that never overwrites another instance's newer write. */
export function createUserState(storage: Storage): UserState {
  return new OptimisticUserState(storage);
}
