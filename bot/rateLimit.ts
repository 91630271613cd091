/** The verdict for one request. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export interface RateLimiter {
  check(key: string): RateDecision;
  /** Number of clients currently tracked (for tests and health). */
  readonly size: number;
}

/** Clients tracked before idle ones (full buckets) are swept; keeps memory bounded under many distinct ids. */
const SWEEP_THRESHOLD = 10_000;

/**
 * A token bucket per client: `perMinute` requests a minute on average, bursts up to `perMinute`.
 * `now` is injectable so tests do not wait for the clock.
 */
export function createRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  const capacity = perMinute;
  const refillPerMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();

  function refill(bucket: Bucket, at: number): void {
    bucket.tokens = Math.min(capacity, bucket.tokens + (at - bucket.updatedAt) * refillPerMs);
    bucket.updatedAt = at;
  }

  function sweep(at: number): void {
    for (const [key, bucket] of buckets) {
      refill(bucket, at);
      if (bucket.tokens >= capacity) buckets.delete(key);
    }
  }

  return {
    check(key: string): RateDecision {
      const at = now();
      if (buckets.size >= SWEEP_THRESHOLD) sweep(at);
      let bucket = buckets.get(key);
      if (!bucket) {
        bucket = { tokens: capacity, updatedAt: at };
        buckets.set(key, bucket);
      } else {
        refill(bucket, at);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000)) };
    },
    get size() {
      return buckets.size;
    },
  };
}
