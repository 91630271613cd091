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
