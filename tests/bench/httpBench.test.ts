import { expect } from 'chai';
import { averageRounds, type LoadFigures } from '../../bench/httpBench';

const run = (requestsPerSecond: number, p99: number, max: number, errors = 0): LoadFigures => ({
  requestsPerSecond,
  requestsTotal: requestsPerSecond * 10,
  latencyP50Ms: p99 / 2,
  latencyP99Ms: p99,
  latencyMaxMs: max,
  errors,
  timeouts: 0,
  non2xx: 0,
  badReplies: 0,
});

describe('bench: rounds of one bot', () => {
  it('averages rates and latencies, adds up counts and keeps the worst maximum', () => {
    const combined = averageRounds([run(2000, 40, 300), run(2400, 50, 900, 1)]);
    expect(combined).to.deep.equal({ requestsPerSecond: 2200, requestsTotal: 44000, latencyP50Ms: 22.5, latencyP99Ms: 45, latencyMaxMs: 900, errors: 1, timeouts: 0, non2xx: 0, badReplies: 0 });
  });

  it('refuses to average nothing', () => {
    expect(() => averageRounds([])).to.throw(/at least one run/);
  });
});
