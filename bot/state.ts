import { ConversationState, UserState, type Storage, type StoreItem, type TurnContext } from 'botbuilder';

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
 */
class ETagTracker {
  private readonly loaded = new WeakMap<TurnContext, LoadedState>();

  remember(context: TurnContext, state: unknown, force: boolean): void {
    if (!isStoreItem(state) || (this.loaded.has(context) && !force)) return;
    this.loaded.set(context, { eTag: typeof state.eTag === 'string' ? state.eTag : undefined, snapshot: snapshotOf(state) });
  }

  async save(context: TurnContext, state: unknown, force: boolean, storage: Storage, key: () => Promise<string> | string): Promise<void> {
    const current: StoreItem = isStoreItem(state) ? state : {};
    const loaded = this.loaded.get(context);
    const snapshot = snapshotOf(current);
    if (!force && (state === undefined || (loaded !== undefined && loaded.snapshot === snapshot))) return;
    // No eTag read (new state) writes unconditionally; a second save in the same turn follows our own write, so "*".
    const eTag = loaded?.eTag ?? '*';
    await storage.write({ [await key()]: { ...current, eTag } });
    this.loaded.set(context, { eTag: '*', snapshot });
  }
}

export class OptimisticConversationState extends ConversationState {
  private readonly tracker = new ETagTracker();

  override async load(context: TurnContext, force = false): Promise<unknown> {
    const state: unknown = await super.load(context, force);
    this.tracker.remember(context, state, force);
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    await this.tracker.save(context, this.get(context), force, this.storage, () => this.storageKey(context));
  }
}

export class OptimisticUserState extends UserState {
  private readonly tracker = new ETagTracker();

  override async load(context: TurnContext, force = false): Promise<unknown> {
    const state: unknown = await super.load(context, force);
    this.tracker.remember(context, state, force);
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    await this.tracker.save(context, this.get(context), force, this.storage, () => this.storageKey(context));
  }
}

/** Conversation state (dialog stacks) that never overwrites another instance's newer write. */
export function createConversationState(storage: Storage): ConversationState {
  return new OptimisticConversationState(storage);
}

/** User state (the profile) that never overwrites another instance's newer write. */
export function createUserState(storage: Storage): UserState {
  return new OptimisticUserState(storage);
}
