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

/** A probe that runs at most once per `ttlMs`; callers in between share the last result (or the probe in flight). */
export function cachedProbe(probe: () => Promise<StorageHealth>, ttlMs: number = HEALTH_PROBE_CACHE_MS, now: () => number = Date.now): () => Promise<StorageHealth> {
  let last: { at: number; result: Promise<StorageHealth> } | undefined;
  return () => {
    const at = now();
    if (!last || at - last.at >= ttlMs) last = { at, result: probe() };
    return last.result;
  };
}
