import { createHash, randomBytes } from 'node:crypto';
import type { Storage, StoreItem } from 'botbuilder';
import { z } from 'zod';
import type { ListableStorage } from '../bot/listing';

/**
 * Feedback is kept as one record per event, each under its own key:
 *   feedback/<user key>/<UTC time, yyyymmddThhmmssSSS>-<random>
 * No two writers ever share a document, so several instances never contend (no eTag conflicts to retry), one user's
 * records are found by their prefix ("forget me"), and old records are dropped by the time in their key.
 * The user key is a hash of the channel and user id, so no raw id is written into feedback.
 */
export const FEEDBACK_PREFIX = 'feedback/';

/**
 * Usage records (dialogs/usageLog.ts, for the /admin dashboard) share the prefix, so "forget me" and the age clean-up
 * remove them too; their keys end with this, so they are not counted as the person's questions and ratings.
 */
export const USAGE_KEY_SUFFIX = '.usage';

/** The shared documents of the earlier shape (one per kind). Read by the report while they exist; never written. */
export const LEGACY_FEEDBACK_KEYS = Object.freeze({
  questions: 'feedback-questions',
  noneOfThese: 'feedback-none-of-these',
  ratings: 'feedback-ratings',
});

/** Records from before feedback knew its user, and records made outside a conversation. */
export const ANONYMOUS_USER = 'anonymous';

/** How long feedback is kept unless FEEDBACK_RETENTION_DAYS says otherwise (users are told this number). */
export const DEFAULT_FEEDBACK_RETENTION_DAYS = 90;

/** Why a question was recorded. */
export type QuestionKind = 'no-match' | 'out-of-scope' | 'ambiguous';

export const FEEDBACK_LIMITS = Object.freeze({
  /** Stored question text is cut here; a content editor needs the gist, not an essay. */
  questionChars: 200,
  /** Attempts to store one record before it is reported as lost (storage down). */
  maxAttempts: 3,
  /** Records read per storage call by the report. */
  readBatch: 100,
});

const isoDate = z.string().min(1);
const kinds = z.enum(['no-match', 'out-of-scope', 'ambiguous']);

/** One event, as stored. */
export const FeedbackRecordSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('question'), question: z.string(), kind: kinds, at: isoDate, channel: z.string().optional() }),
  z.object({ type: z.literal('noneOfThese'), question: z.string(), offered: z.array(z.string()), at: isoDate, channel: z.string().optional() }),
  z.object({ type: z.literal('rating'), entryId: z.string(), helpful: z.boolean(), at: isoDate, channel: z.string().optional() }),
]);
export type FeedbackRecord = z.infer<typeof FeedbackRecordSchema>;

const QuestionRecordSchema = z.object({
  question: z.string(),
  count: z.number().int().nonnegative(),
  kinds: z.object({ 'no-match': z.number().int().nonnegative().default(0), 'out-of-scope': z.number().int().nonnegative().default(0), ambiguous: z.number().int().nonnegative().default(0) }),
  firstSeen: isoDate,
  lastSeen: isoDate,
});
export type QuestionRecord = z.infer<typeof QuestionRecordSchema>;

const NoneOfTheseRecordSchema = z.object({
  question: z.string(),
  offered: z.array(z.string()),
  count: z.number().int().nonnegative(),
  lastSeen: isoDate,
});
export type NoneOfTheseRecord = z.infer<typeof NoneOfTheseRecordSchema>;

const RatingRecordSchema = z.object({
  helpful: z.number().int().nonnegative(),
  notHelpful: z.number().int().nonnegative(),
  lastRated: isoDate,
});
export type RatingRecord = z.infer<typeof RatingRecordSchema>;

const LegacyQuestionsSchema = z.object({ items: z.record(QuestionRecordSchema) });
const LegacyNoneOfTheseSchema = z.object({ items: z.record(NoneOfTheseRecordSchema) });
const LegacyRatingsSchema = z.object({ items: z.record(RatingRecordSchema) });

/** Everything recorded so far, counted up as the report prints it. */
export interface FeedbackSnapshot {
  questions: QuestionRecord[];
  noneOfThese: NoneOfTheseRecord[];
  ratings: Record<string, RatingRecord>;
}

/**
 * Records what a content editor needs to improve the knowledge base.
 * The record methods never throw: feedback is best effort and must not break a user's turn. They resolve to true once
 * the record is stored, false when it could not be (the error goes to `onError`, so a lost record is always reported).
 * `user` is the key from `feedbackUserOf(activity)` (required, so "forget me" can find every record; ANONYMOUS_USER
 * only where there is no person). `channel` is the activity's channelId, for the dashboard's channel filter.
 */
export interface FeedbackStore {
  recordQuestion(question: string, kind: QuestionKind, user: string, channel?: string): Promise<boolean>;
  recordNoneOfThese(question: string, offeredIds: readonly string[], user: string, channel?: string): Promise<boolean>;
  recordRating(entryId: string, helpful: boolean, user: string, channel?: string): Promise<boolean>;
  /** Resolves when every record made so far has been written or has failed (shutdown waits for it). */
  flush(): Promise<void>;
  /** Reads and counts everything, the earlier shared documents included; throws when the storage cannot be read. */
  read(): Promise<FeedbackSnapshot>;
  /** Deletes every record of one user; resolves to how many there were. */
  forgetUser(user: string): Promise<number>;
  /** Deletes records older than `days` days (and drops such entries from the earlier documents); resolves to how many. */
  dropOlderThan(days: number): Promise<number>;
}

export interface FeedbackStoreOptions {
  now?: () => Date;
  onError?: (error: unknown, operation: string) => void;
  maxAttempts?: number;
}

/** Lower case, one space, no @mention, personal numbers and e-mail addresses masked, cut to a chat-sized length. */
export function normaliseQuestion(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]')
    .replace(/\+?\d[\d\s().-]{5,}\d/g, '[number]')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s?!.,;:]+$/, '')
    .slice(0, FEEDBACK_LIMITS.questionChars);
}

/** The key one user's feedback is filed under: a hash of channel and user id (the same user, the same key). */
export function feedbackUserKey(channelId: string, userId: string): string {
  return createHash('sha256').update(`${channelId}\n${userId}`).digest('hex').slice(0, 24);
}

/** The feedback key of the person who sent this activity (channel and user id); anonymous when it has none. */
export function feedbackUserOf(activity: { channelId?: string; from?: { id?: string } }): string {
  const userId = activity.from?.id;
  return userId ? feedbackUserKey(activity.channelId ?? '', userId) : ANONYMOUS_USER;
}

/** "2025-03-01T10:00:00.000Z" -> "20250301T100000000": sorts by time, safe in every store's keys. */
function compactTime(at: Date): string {
  return at.toISOString().replace(/[-:.Z]/g, '');
}

const KEY_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})-/;

/** When the record under `key` was made, from the key alone; null for a key of another shape. */
export function recordTime(key: string): Date | null {
  const last = key.slice(key.lastIndexOf('/') + 1);
  const match = KEY_TIME.exec(last);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, ms] = match;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
}

function isListable(storage: Storage): storage is ListableStorage {
  return 'listKeys' in storage && typeof storage.listKeys === 'function';
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function createFeedbackStore(storage: Storage, options: FeedbackStoreOptions = {}): FeedbackStore {
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? (() => undefined);
  const maxAttempts = options.maxAttempts ?? FEEDBACK_LIMITS.maxAttempts;
  const inFlight = new Set<Promise<boolean>>();

  function listable(operation: string): ListableStorage {
    if (isListable(storage)) return storage;
    throw new Error(`Feedback ${operation} needs a storage that can list its keys (createStorage in bot/storage.ts gives every store that); this one cannot`);
  }

  async function store(record: FeedbackRecord, user: string, operation: string): Promise<boolean> {
    const at = new Date(record.at);
    const key = `${FEEDBACK_PREFIX}${user || ANONYMOUS_USER}/${compactTime(at)}-${randomBytes(6).toString('hex')}`;
    for (let attempt = 1; ; attempt++) {
      try {
        // A new key each time: nobody else writes it, so no eTag is needed and none can conflict.
        await storage.write({ [key]: { ...record } });
        return true;
      } catch (error) {
        if (attempt >= maxAttempts) {
          onError(error, operation);
          return false;
        }
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  }

  function track(record: FeedbackRecord, user: string, operation: string): Promise<boolean> {
    const pending = store(record, user, operation);
    inFlight.add(pending);
    void pending.finally(() => inFlight.delete(pending));
    return pending;
  }

  async function readRecords(): Promise<FeedbackRecord[]> {
    const keys = await listable('reading').listKeys(FEEDBACK_PREFIX);
    const records: FeedbackRecord[] = [];
    for (let i = 0; i < keys.length; i += FEEDBACK_LIMITS.readBatch) {
      const read = await storage.read(keys.slice(i, i + FEEDBACK_LIMITS.readBatch));
      for (const item of Object.values(read)) {
        const parsed = FeedbackRecordSchema.safeParse(item);
        if (parsed.success) records.push(parsed.data);
      }
    }
    return records;
  }

  return {
    recordQuestion(question, kind, user, channel) {
      const text = normaliseQuestion(question);
      if (!text) return Promise.resolve(false);
      return track({ type: 'question', question: text, kind, at: now().toISOString(), ...(channel ? { channel } : {}) }, user, 'recordQuestion');
    },
    recordNoneOfThese(question, offeredIds, user, channel) {
      const text = normaliseQuestion(question) || '(question not known)';
      return track({ type: 'noneOfThese', question: text, offered: [...offeredIds], at: now().toISOString(), ...(channel ? { channel } : {}) }, user, 'recordNoneOfThese');
    },
    recordRating(entryId, helpful, user, channel) {
      return track({ type: 'rating', entryId, helpful, at: now().toISOString(), ...(channel ? { channel } : {}) }, user, 'recordRating');
    },
    async flush() {
      await Promise.all([...inFlight]);
    },
    async read() {
      const [records, legacy] = await Promise.all([readRecords(), storage.read(Object.values(LEGACY_FEEDBACK_KEYS))]);
      return countUp(records, legacy);
    },
    async forgetUser(user) {
      const keys = await listable('deletion').listKeys(`${FEEDBACK_PREFIX}${user}/`);
      if (keys.length > 0) await storage.delete(keys);
      return keys.filter((key) => !key.endsWith(USAGE_KEY_SUFFIX)).length;
    },
    async dropOlderThan(days) {
      const cutoff = now().getTime() - days * DAY_MS;
      const keys = await listable('clean-up').listKeys(FEEDBACK_PREFIX);
      const old = keys.filter((key) => (recordTime(key)?.getTime() ?? Infinity) < cutoff);
      if (old.length > 0) await storage.delete(old);
      return old.length + (await dropLegacyOlderThan(storage, new Date(cutoff).toISOString()));
    },
  };
}

/** Counts records (and the earlier documents' counts) into what the report prints. Map keys avoid `__proto__` traps. */
function countUp(records: readonly FeedbackRecord[], legacy: Record<string, StoreItem>): FeedbackSnapshot {
  const questions = new Map<string, QuestionRecord>();
  const none = new Map<string, NoneOfTheseRecord>();
  const ratings = new Map<string, RatingRecord>();
  const later = (a: string, b: string) => (a > b ? a : b);
  const earlier = (a: string, b: string) => (a < b ? a : b);

  const addQuestion = (record: QuestionRecord) => {
    const previous = questions.get(record.question);
    if (!previous) {
      questions.set(record.question, { ...record, kinds: { ...record.kinds } });
      return;
    }
    previous.count += record.count;
    for (const kind of kinds.options) previous.kinds[kind] += record.kinds[kind];
    previous.firstSeen = earlier(previous.firstSeen, record.firstSeen);
    previous.lastSeen = later(previous.lastSeen, record.lastSeen);
  };
  const addNone = (record: NoneOfTheseRecord) => {
    const previous = none.get(record.question);
    if (!previous) {
      none.set(record.question, { ...record, offered: [...record.offered] });
      return;
    }
    previous.count += record.count;
    previous.offered = [...new Set([...previous.offered, ...record.offered])];
    previous.lastSeen = later(previous.lastSeen, record.lastSeen);
  };
  const addRating = (entryId: string, record: RatingRecord) => {
    const previous = ratings.get(entryId);
    if (!previous) {
      ratings.set(entryId, { ...record });
      return;
    }
    previous.helpful += record.helpful;
    previous.notHelpful += record.notHelpful;
    previous.lastRated = later(previous.lastRated, record.lastRated);
  };

  for (const record of records) {
    if (record.type === 'question') {
      const counts = { 'no-match': 0, 'out-of-scope': 0, ambiguous: 0 };
      counts[record.kind] = 1;
      addQuestion({ question: record.question, count: 1, kinds: counts, firstSeen: record.at, lastSeen: record.at });
    } else if (record.type === 'noneOfThese') {
      addNone({ question: record.question, offered: record.offered, count: 1, lastSeen: record.at });
    } else {
      addRating(record.entryId, { helpful: record.helpful ? 1 : 0, notHelpful: record.helpful ? 0 : 1, lastRated: record.at });
    }
  }
  const oldQuestions = LegacyQuestionsSchema.safeParse(legacy[LEGACY_FEEDBACK_KEYS.questions]);
  if (oldQuestions.success) Object.values(oldQuestions.data.items).forEach(addQuestion);
  const oldNone = LegacyNoneOfTheseSchema.safeParse(legacy[LEGACY_FEEDBACK_KEYS.noneOfThese]);
  if (oldNone.success) Object.values(oldNone.data.items).forEach(addNone);
  const oldRatings = LegacyRatingsSchema.safeParse(legacy[LEGACY_FEEDBACK_KEYS.ratings]);
  if (oldRatings.success) for (const [id, rating] of Object.entries(oldRatings.data.items)) addRating(id, rating);

  return { questions: [...questions.values()], noneOfThese: [...none.values()], ratings: Object.fromEntries(ratings) };
}

/**
 * The earlier shared documents hold no user, so "forget me" cannot find anyone in them; they age out here instead:
 * entries last seen before the cutoff are dropped, and a document left empty is deleted. Written under its eTag.
 */
async function dropLegacyOlderThan(storage: Storage, cutoffIso: string): Promise<number> {
  const read = await storage.read(Object.values(LEGACY_FEEDBACK_KEYS));
  let dropped = 0;
  for (const [key, document] of Object.entries(read)) {
    const parsed = z.object({ items: z.record(z.object({ lastSeen: isoDate.optional(), lastRated: isoDate.optional() }).passthrough()) }).safeParse(document);
    if (!parsed.success) continue;
    const items = Object.entries(parsed.data.items);
    const kept = items.filter(([, item]) => (item.lastSeen ?? item.lastRated ?? '') >= cutoffIso);
    if (kept.length === items.length) continue;
    dropped += items.length - kept.length;
    if (kept.length === 0) await storage.delete([key]);
    else await storage.write({ [key]: { items: Object.fromEntries(kept), eTag: typeof document.eTag === 'string' ? document.eTag : '*' } });
  }
  return dropped;
}
