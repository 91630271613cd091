import { ConversationState, PrivateConversationState, UserState, type Storage, type StoreItem, type TurnContext } from 'botbuilder';

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

  constructor(private readonly storage: Storage) {}

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
    await this.storage.write({ [await key()]: { ...current, eTag } });
    this.turns.set(context, { state: current, loaded: { eTag: '*', snapshot } });
  }
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

export class OptimisticUserState extends UserState {
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
