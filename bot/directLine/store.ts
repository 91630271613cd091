import { randomBytes } from 'node:crypto';

/** How much the local Direct Line keeps, and for how long. Every limit is there to bound memory. */
export interface DirectLineLimits {
  /** A token's lifetime; Web Chat refreshes well before it ends. */
  tokenTtlMs: number;
  /** A conversation with no traffic for this long is forgotten, with its tokens. */
  idleMs: number;
  /** Conversations kept at once; the least recently used goes first when a new one needs room. */
  maxConversations: number;
  /** Activities kept per conversation; the oldest go first (clients poll every second, so they have them). */
  maxActivitiesPerConversation: number;
  /** Serialized bytes kept per conversation, on top of the count cap. */
  maxBytesPerConversation: number;
  /** Serialized bytes kept over all conversations; past it, the least recently used ones lose their oldest activities. */
  maxTotalBytes: number;
  /** A started conversation with traffic this recently is live (Web Chat polls every second): never evicted for a new one. */
  activeMs: number;
  /** Tokens alive per conversation (each refresh adds one); the oldest go first. */
  maxTokensPerConversation: number;
  /** How often expired conversations and tokens are swept. */
  sweepIntervalMs: number;
}

export const DEFAULT_LIMITS: Readonly<Omit<DirectLineLimits, 'tokenTtlMs' | 'idleMs'>> = Object.freeze({
  maxConversations: 1000,
  maxActivitiesPerConversation: 100,
  maxBytesPerConversation: 512 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  activeMs: 2 * 60_000,
  maxTokensPerConversation: 4,
  sweepIntervalMs: 60_000,
});

export interface Conversation {
  readonly id: string;
  /** The user id bound to the conversation's tokens; activities from the browser are stamped with it. */
  readonly userId: string;
  /** False until POST /conversations starts it (a generated token only reserves the id). */
  started: boolean;
  lastActiveAt: number;
  /** Sequence number of the last appended activity; the watermark clients poll with. */
  seq: number;
  activities: StoredActivity[];
  bytes: number;
  /** Turns run one after another per conversation, as one user types one message at a time. */
  turns: Promise<void>;
}

/** An activity as it travels in the Direct Line stream: plain JSON, with the `id` the store gives it. */
export type StreamActivity = { readonly [key: string]: unknown };

interface StoredActivity {
  seq: number;
  bytes: number;
  activity: StreamActivity;
}

interface TokenRecord {
  conversationId: string;
  expiresAt: number;
}

export interface IssuedToken {
  token: string;
  conversationId: string;
  userId: string;
  /** Seconds until the token expires, as Direct Line's `expires_in`. */
  expiresIn: number;
}

export type TokenCheck =
  | { ok: true; conversation: Conversation }
  | { ok: false; reason: 'missing' | 'unknown' | 'expired' | 'other-conversation' };

export interface DirectLineStore {
  /**
   * A new conversation id (not started yet) with a token and a user id bound to it (a returning user's, if given).
   * At the cap, a never-started conversation makes room first, then the one idle longest; null when every one is live.
   */
  createConversation(userId?: string): IssuedToken | null;
  /** One more token for the conversation the given token belongs to. */
  refresh(conversation: Conversation): IssuedToken;
  /** Resolves a bearer token; with `conversationId`, also checks that the token belongs to that conversation. */
  checkToken(token: string | undefined, conversationId?: string): TokenCheck;
  /** A live conversation by id (for the connector routes, which carry no Direct Line token). */
  get(conversationId: string): Conversation | undefined;
  /** Appends an activity, giving it the next id, and trims the conversation to its limits. */
  append(conversation: Conversation, activity: StreamActivity): StreamActivity;
  /** Activities after the watermark, and the new watermark. */
  since(conversation: Conversation, watermark: number | undefined): { activities: StreamActivity[]; watermark: string };
  /** Forgets expired tokens and idle conversations. */
  sweep(): void;
  readonly size: number;
  /** Serialized bytes of every activity kept. */
  readonly totalBytes: number;
}

const randomToken = (bytes: number) => randomBytes(bytes).toString('base64url');

export function createDirectLineStore(limits: DirectLineLimits, now: () => number = Date.now): DirectLineStore {
  // Map order is insertion order: re-inserting on use keeps the least recently used conversation first.
  const conversations = new Map<string, Conversation>();
  const tokens = new Map<string, TokenRecord>();
  const tokensByConversation = new Map<string, string[]>();
  let totalBytes = 0;

  function forget(conversationId: string): void {
    totalBytes -= conversations.get(conversationId)?.bytes ?? 0;
    conversations.delete(conversationId);
    for (const token of tokensByConversation.get(conversationId) ?? []) tokens.delete(token);
    tokensByConversation.delete(conversationId);
  }

  function isIdle(conversation: Conversation): boolean {
    return now() - conversation.lastActiveAt > limits.idleMs;
  }

  function live(conversationId: string): Conversation | undefined {
    const conversation = conversations.get(conversationId);
    if (conversation && isIdle(conversation)) {
      forget(conversationId);
      return undefined;
    }
    return conversation;
  }

  function touch(conversation: Conversation): void {
    conversation.lastActiveAt = now();
    conversations.delete(conversation.id);
    conversations.set(conversation.id, conversation);
  }

  function issue(conversation: Conversation): IssuedToken {
    const token = randomToken(32);
    tokens.set(token, { conversationId: conversation.id, expiresAt: now() + limits.tokenTtlMs });
    const list = tokensByConversation.get(conversation.id) ?? [];
    list.push(token);
    while (list.length > limits.maxTokensPerConversation) tokens.delete(list.shift() ?? '');
    tokensByConversation.set(conversation.id, list);
    return { token, conversationId: conversation.id, userId: conversation.userId, expiresIn: Math.floor(limits.tokenTtlMs / 1000) };
  }

  /** Who makes room for a new conversation: never started first, then idle longest; live ones never. */
  function evictionCandidate(): string | undefined {
    let idle: string | undefined;
    for (const conversation of conversations.values()) {
      if (!conversation.started) return conversation.id;
      if (idle === undefined && now() - conversation.lastActiveAt > limits.activeMs) idle = conversation.id;
    }
    return idle;
  }

  function dropOldest(conversation: Conversation): void {
    const dropped = conversation.activities.shift()?.bytes ?? 0;
    conversation.bytes -= dropped;
    totalBytes -= dropped;
  }

  /** Keeps the total under its cap by trimming the least recently used conversations' oldest activities first. */
  function trimTotal(current: Conversation): void {
    for (const conversation of conversations.values()) {
      if (totalBytes <= limits.maxTotalBytes) return;
      if (conversation === current) continue;
      while (conversation.activities.length > 0 && totalBytes > limits.maxTotalBytes) dropOldest(conversation);
    }
    while (current.activities.length > 1 && totalBytes > limits.maxTotalBytes) dropOldest(current);
  }

  return {
    createConversation(userId) {
      while (conversations.size >= limits.maxConversations) {
        const victim = evictionCandidate();
        if (victim === undefined) return null;
        forget(victim);
      }
      const conversation: Conversation = {
        id: randomToken(18),
        // Not "dl_": Web Chat reserves that prefix for user ids embedded in an Azure-issued (JWT) token.
        userId: userId ?? `user_${randomToken(12)}`,
        started: false,
        lastActiveAt: now(),
        seq: 0,
        activities: [],
        bytes: 0,
        turns: Promise.resolve(),
      };
      conversations.set(conversation.id, conversation);
      return issue(conversation);
    },

    refresh(conversation) {
      touch(conversation);
      return issue(conversation);
    },

    checkToken(token, conversationId) {
      if (!token) return { ok: false, reason: 'missing' };
      const record = tokens.get(token);
      if (!record) return { ok: false, reason: 'unknown' };
      if (now() >= record.expiresAt) {
        tokens.delete(token);
        return { ok: false, reason: 'expired' };
      }
      if (conversationId !== undefined && record.conversationId !== conversationId) return { ok: false, reason: 'other-conversation' };
      const conversation = live(record.conversationId);
      if (!conversation) return { ok: false, reason: 'expired' };
      touch(conversation);
      return { ok: true, conversation };
    },

    get(conversationId) {
      return live(conversationId);
    },

    append(conversation, activity) {
      conversation.seq += 1;
      const stored: StreamActivity = { ...activity, id: `${conversation.id}|${String(conversation.seq).padStart(7, '0')}` };
      const bytes = Buffer.byteLength(JSON.stringify(stored));
      conversation.activities.push({ seq: conversation.seq, bytes, activity: stored });
      conversation.bytes += bytes;
      totalBytes += bytes;
      while (
        conversation.activities.length > 1 &&
        (conversation.activities.length > limits.maxActivitiesPerConversation || conversation.bytes > limits.maxBytesPerConversation)
      ) {
        dropOldest(conversation);
      }
      touch(conversation);
      trimTotal(conversation);
      return stored;
    },

    since(conversation, watermark) {
      const after = watermark ?? 0;
      return {
        activities: conversation.activities.filter((item) => item.seq > after).map((item) => item.activity),
        watermark: String(conversation.seq),
      };
    },

    sweep() {
      const time = now();
      for (const [token, record] of tokens) {
        if (time >= record.expiresAt) tokens.delete(token);
      }
      for (const conversation of [...conversations.values()]) {
        if (isIdle(conversation)) forget(conversation.id);
      }
      for (const [conversationId, list] of tokensByConversation) {
        const alive = list.filter((token) => tokens.has(token));
        if (alive.length === 0 && !conversations.has(conversationId)) tokensByConversation.delete(conversationId);
        else tokensByConversation.set(conversationId, alive);
      }
    },

    get size() {
      return conversations.size;
    },

    get totalBytes() {
      return totalBytes;
    },
  };
}
