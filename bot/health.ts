import type { StorageHealth } from './storage';

/** What GET /healthz answers; 'degraded' (HTTP 503) when storage is unreachable or no knowledge is loaded. */
export interface HealthReport {
  status: 'ok' | 'degraded';
  version: string;
  knowledgeEntries: number;
  storage: StorageHealth;
  uptimeSeconds: number;
}

export interface HealthInputs {
  version: string;
  knowledgeEntries: number;
  startedAt: number;
  probe: () => Promise<StorageHealth>;
  now?: () => number;
}

export async function readHealth(inputs: HealthInputs): Promise<HealthReport> {
  const storage = await inputs.probe();
  const now = inputs.now ?? Date.now;
  return {
    status: storage === 'reachable' && inputs.knowledgeEntries > 0 ? 'ok' : 'degraded',
    version: inputs.version,
    knowledgeEntries: inputs.knowledgeEntries,
    storage,
    uptimeSeconds: Math.floor((now() - inputs.startedAt) / 1000),
  };
}

/** How long one storage probe answers /healthz: the route needs no authentication, so it must not reach storage per request. */
export const HEALTH_PROBE_CACHE_MS = 5000;
/** An unreachable result is kept for less time, so a recovery shows soon. */
export const HEALTH_PROBE_FAILURE_CACHE_MS = 1000;

/**
 * A probe that runs at most once per `ttlMs` (`failureTtlMs` after an unreachable result); callers in between share the
 * last result or the probe in flight, so a flood of /healthz requests costs at most one storage read at a time.
 */
export function cachedProbe(
  probe: () => Promise<StorageHealth>,
  ttlMs: number = HEALTH_PROBE_CACHE_MS,
  failureTtlMs: number = HEALTH_PROBE_FAILURE_CACHE_MS,
  now: () => number = Date.now,
): () => Promise<StorageHealth> {
  let last: { settledAt: number | null; health: StorageHealth | null; result: Promise<StorageHealth> } | undefined;
  return () => {
    const at = now();
    const fresh =
      last !== undefined &&
      (last.settledAt === null || at - last.settledAt < (last.health === 'reachable' ? ttlMs : failureTtlMs));
    if (!fresh || !last) {
      const entry: { settledAt: number | null; health: StorageHealth | null; result: Promise<StorageHealth> } = { settledAt: null, health: null, result: probe() };
      void entry.result.then((health) => {
        entry.settledAt = now();
        entry.health = health;
      });
      last = entry;
    }
    return last.result;
  };
}
