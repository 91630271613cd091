import type { Storage, StoreItem } from 'botbuilder';
import { z } from 'zod';

/** Storage keys: plain characters only, so Blob and Cosmos storage keep them as they are. */
export const FEEDBACK_KEYS = Object.freeze({
  questions: 'feedback-questions',
  noneOfThese: 'feedback-none-of-these',
  ratings: 'feedback-ratings',
});

/** Why a question was recorded. */
export type QuestionKind = 'no-match' | 'out-of-scope' | 'ambiguous';

export const FEEDBACK_LIMITS = Object.freeze({
  /** Stored question text is cut here; a content editor needs the gist, not an essay. */
  questionChars: 200,
  /** Documents stay bounded: past this, the least asked (then oldest) questions are dropped. */
  maxQuestions: 1000,
  maxAttempts: 8,
});

const isoDate = z.string().min(1);
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

const QuestionsDocSchema = z.object({ items: z.record(QuestionRecordSchema) });
const NoneOfTheseDocSchema = z.object({ items: z.record(NoneOfTheseRecordSchema) });
const RatingsDocSchema = z.object({ items: z.record(RatingRecordSchema) });

/** Everything recorded so far, as the report prints it. */
export interface FeedbackSnapshot {
  questions: QuestionRecord[];
  noneOfThese: NoneOfTheseRecord[];
  ratings: Record<string, RatingRecord>;
}

/**
 * Records what a content editor needs to improve the knowledge base.
 * The record methods never throw: feedback is best effort and must not break a user's turn.
 * They resolve to true once the record is stored, false when the write failed (the error goes to `onError`).
 * Records that arrive while their document is being written are batched into its next write, so a busy bot writes
 * each document a few times a second instead of once per question; a turn need not wait for its record.
 */
export interface FeedbackStore {
  recordQuestion(question: string, kind: QuestionKind): Promise<boolean>;
  recordNoneOfThese(question: string, offeredIds: readonly string[]): Promise<boolean>;
  recordRating(entryId: string, helpful: boolean): Promise<boolean>;
  /** Resolves when every record made so far has been written or has failed (shutdown waits for it). */
  flush(): Promise<void>;
  /** Reads everything; throws when the storage cannot be read (the report says so). */
  read(): Promise<FeedbackSnapshot>;
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

export function createFeedbackStore(storage: Storage, options: FeedbackStoreOptions = {}): FeedbackStore {
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? (() => undefined);
  const maxAttempts = options.maxAttempts ?? FEEDBACK_LIMITS.maxAttempts;

  /** eTag-safe read-modify-write: a concurrent writer makes ours fail, so read again and retry. */
  async function update<T>(key: string, schema: z.ZodType<{ items: Record<string, T> }>, mutate: (items: Record<string, T>) => void): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const read = await storage.read([key]);
      const stored: StoreItem | undefined = read[key];
      if (!stored) {
        // Storage has no "create if absent": create an empty document, then update it under its eTag like everyone else.
        await storage.write({ [key]: { items: {} } });
        continue;
      }
      const parsed = schema.safeParse(stored);
      // A document that does not parse is replaced rather than blocking every future write.
      const items: Record<string, T> = parsed.success ? { ...parsed.data.items } : {};
      mutate(items);
      const eTag = typeof stored?.eTag === 'string' ? stored.eTag : undefined;
      const document: StoreItem = eTag ? { items, eTag } : { items };
      try {
        await storage.write({ [key]: document });
        return;
      } catch (error) {
        if (!isConflict(error) || attempt >= maxAttempts) throw error;
        await sleep(Math.floor(Math.random() * 15 * attempt));
      }
    }
  }

  /** One document's records: batched while a write of that document is in flight, then written together. */
  function createBatcher<T>(key: string, schema: z.ZodType<{ items: Record<string, T> }>, operation: string) {
    let pending: { mutate: (items: Record<string, T>) => void; settle: (stored: boolean) => void }[] = [];
    let writing: Promise<void> | null = null;

    async function drain(): Promise<void> {
      // Let the other turns of this tick add their records to the same write.
      await new Promise((resolve) => setImmediate(resolve));
      while (pending.length > 0) {
        const batch = pending;
        pending = [];
        let stored = true;
        try {
          await update(key, schema, (items) => {
            for (const record of batch) record.mutate(items);
          });
        } catch (error) {
          stored = false;
          onError(error, operation);
        }
        for (const record of batch) record.settle(stored);
      }
      writing = null;
    }

    return {
      record(mutate: (items: Record<string, T>) => void): Promise<boolean> {
        return new Promise<boolean>((settle) => {
          pending.push({ mutate, settle });
          writing ??= drain();
        });
      },
      idle(): Promise<void> {
        return writing ?? Promise.resolve();
      },
    };
  }

  const questions = createBatcher(FEEDBACK_KEYS.questions, QuestionsDocSchema, 'recordQuestion');
  const noneOfThese = createBatcher(FEEDBACK_KEYS.noneOfThese, NoneOfTheseDocSchema, 'recordNoneOfThese');
  const ratings = createBatcher(FEEDBACK_KEYS.ratings, RatingsDocSchema, 'recordRating');

  return {
    recordQuestion(question, kind) {
      const text = normaliseQuestion(question);
      if (!text) return Promise.resolve(false);
      return questions.record((items) => {
        const at = now().toISOString();
        const previous = takeItem(items, text);
        const kinds = previous ? { ...previous.kinds } : { 'no-match': 0, 'out-of-scope': 0, ambiguous: 0 };
        kinds[kind] = (kinds[kind] ?? 0) + 1;
        items[itemKey(text)] = { question: text, count: (previous?.count ?? 0) + 1, kinds, firstSeen: previous?.firstSeen ?? at, lastSeen: at };
        trim(items, FEEDBACK_LIMITS.maxQuestions);
      });
    },
    recordNoneOfThese(question, offeredIds) {
      const text = normaliseQuestion(question) || '(question not known)';
      return noneOfThese.record((items) => {
        const previous = takeItem(items, text);
        const offered = [...new Set([...(previous?.offered ?? []), ...offeredIds])];
        items[itemKey(text)] = { question: text, offered, count: (previous?.count ?? 0) + 1, lastSeen: now().toISOString() };
        trim(items, FEEDBACK_LIMITS.maxQuestions);
      });
    },
    recordRating(entryId, helpful) {
      return ratings.record((items) => {
        const previous = items[entryId] ?? { helpful: 0, notHelpful: 0, lastRated: '' };
        items[entryId] = {
          helpful: previous.helpful + (helpful ? 1 : 0),
          notHelpful: previous.notHelpful + (helpful ? 0 : 1),
          lastRated: now().toISOString(),
        };
      });
    },
    async flush() {
      await Promise.all([questions.idle(), noneOfThese.idle(), ratings.idle()]);
    },
    async read() {
      const read = await storage.read([FEEDBACK_KEYS.questions, FEEDBACK_KEYS.noneOfThese, FEEDBACK_KEYS.ratings]);
      const questions = QuestionsDocSchema.safeParse(read[FEEDBACK_KEYS.questions]);
      const none = NoneOfTheseDocSchema.safeParse(read[FEEDBACK_KEYS.noneOfThese]);
      const ratings = RatingsDocSchema.safeParse(read[FEEDBACK_KEYS.ratings]);
      return {
        questions: questions.success ? Object.values(questions.data.items) : [],
        noneOfThese: none.success ? Object.values(none.data.items) : [],
        ratings: ratings.success ? ratings.data.items : {},
      };
    },
  };
}

/**
 * A question's key in its document. Prefixed, because the text is the user's: "__proto__" or "constructor" as a plain
 * key would set or shadow the object's prototype (and zod drops such keys when it reads), so the question was lost.
 */
function itemKey(text: string): string {
  return `q:${text}`;
}

/** The item recorded for this text (under its key, or under the bare text documents written before keys were prefixed). */
function takeItem<T>(items: Record<string, T>, text: string): T | undefined {
  const key = itemKey(text);
  if (Object.hasOwn(items, key)) return items[key];
  if (!Object.hasOwn(items, text)) return undefined;
  const legacy = items[text];
  delete items[text];
  return legacy;
}

function trim<T extends { count: number; lastSeen: string }>(items: Record<string, T>, max: number): void {
  const keys = Object.keys(items);
  if (keys.length <= max) return;
  const drop = keys
    .map((key) => ({ key, item: items[key] as T }))
    .sort((a, b) => a.item.count - b.item.count || a.item.lastSeen.localeCompare(b.item.lastSeen))
    .slice(0, keys.length - max);
  for (const { key } of drop) delete items[key];
}

/** MemoryStorage, BlobsStorage (412) and Cosmos (412) each report a stale eTag differently. */
function isConflict(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const statusCode = 'statusCode' in error ? error.statusCode : undefined;
  const code = 'code' in error ? error.code : undefined;
  if (statusCode === 412 || code === 412 || code === 'ConditionNotMet') return true;
  const message = 'message' in error ? error.message : undefined;
  return typeof message === 'string' && /etag|precondition|condition specified/i.test(message);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
