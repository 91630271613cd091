import { expect } from 'chai';
import { createRateLimiter } from '../../bot/rateLimit';

describe('rate limiter (token bucket, on an injected clock)', () => {
  it('allows a burst of perMinute, then refuses with the seconds until the next message is allowed', () => {
    const clock = 1_000_000;
    const limiter = createRateLimiter(3, () => clock);
    expect([1, 2, 3].map(() => limiter.check('a').allowed)).to.deep.equal([true, true, true]);
    expect(limiter.check('a')).to.deep.equal({ allowed: false, retryAfterSeconds: 20 });
  });

  it('refills over time: one message every 60/perMinute seconds, up to a full burst after a minute', () => {
    let clock = 1_000_000;
    const limiter = createRateLimiter(3, () => clock);
    for (let i = 0; i < 3; i += 1) limiter.check('a');
    expect(limiter.check('a').allowed).to.equal(false);
    clock += 19_000;
    expect(limiter.check('a').allowed, 'after 19 s').to.equal(false);
    clock += 1_000;
    expect(limiter.check('a').allowed, 'after 20 s: one message').to.equal(true);
    expect(limiter.check('a').allowed, 'and only one').to.equal(false);
    clock += 60_000;
    expect([1, 2, 3, 4].map(() => limiter.check('a').allowed), 'a minute later: a full burst, no more').to.deep.equal([true, true, true, false]);
  });

  it('keeps clients apart and forgets idle ones once it tracks many', () => {
    let clock = 0;
    const limiter = createRateLimiter(2, () => clock);
    limiter.check('a');
    limiter.check('a');
    expect(limiter.check('a').allowed).to.equal(false);
    expect(limiter.check('b').allowed, 'another client').to.equal(true);
    for (let i = 0; i < 10_000; i += 1) limiter.check(`flood-${i}`);
    clock += 60_000;
    limiter.check('one more');
    expect(limiter.size, 'full buckets swept').to.be.below(10);
  });
});
