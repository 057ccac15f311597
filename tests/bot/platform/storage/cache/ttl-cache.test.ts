import assert from 'node:assert/strict';
import { TtlCache } from '../../../../../bot/src/platform/storage/cache/ttl-cache.js';

describe('TtlCache', () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => {
    clock = 1_000;
  });

  it('should load once within the TTL and again after it', async () => {
    const cache = new TtlCache<number>({ ttlMs: 100, now });
    let loads = 0;
    const load = async () => ++loads;
    assert.equal(await cache.get('a', load), 1);
    clock += 99;
    assert.equal(await cache.get('a', load), 1);
    clock += 1;
    assert.equal(await cache.get('a', load), 2);
  });

  it('should share one load between concurrent misses', async () => {
    const cache = new TtlCache<number>({ ttlMs: 100, now });
    let loads = 0;
    const load = async () => {
      loads += 1;
      await new Promise((resolve) => setImmediate(resolve));
      return loads;
    };
    assert.deepEqual(await Promise.all([cache.get('a', load), cache.get('a', load), cache.get('a', load)]), [1, 1, 1]);
    assert.equal(loads, 1);
  });

  it('should not keep a failed load', async () => {
    const cache = new TtlCache<number>({ ttlMs: 100, now });
    await assert.rejects(cache.get('a', async () => Promise.reject(new Error('Cosmos svarer ikke'))));
    assert.equal(await cache.get('a', async () => 7), 7);
  });

  it('should load again after an invalidation, also one made while the load was running', async () => {
    const cache = new TtlCache<string>({ ttlMs: 100, now });
    assert.equal(await cache.get('a', async () => 'gammel'), 'gammel');
    cache.invalidate('a');
    assert.equal(await cache.get('a', async () => 'ny'), 'ny');
    cache.invalidate('a');
    let release!: () => void;
    const slow = cache.get('a', () => new Promise<string>((resolve) => (release = () => resolve('før endringen'))));
    cache.invalidate('a');
    release();
    assert.equal(await slow, 'før endringen');
    assert.equal(await cache.get('a', async () => 'etter endringen'), 'etter endringen', 'the load that raced the change is not kept');
  });

  it('should not cache at all with a TTL of 0', async () => {
    const cache = new TtlCache<number>({ ttlMs: 0, now });
    let loads = 0;
    await cache.get('a', async () => ++loads);
    await cache.get('a', async () => ++loads);
    assert.equal(loads, 2);
  });

  it('should drop the oldest entry beyond the maximum', async () => {
    const cache = new TtlCache<string>({ ttlMs: 100, maxEntries: 2, now });
    for (const key of ['a', 'b', 'c']) await cache.get(key, async () => key);
    let reloaded = false;
    await cache.get('a', async () => {
      reloaded = true;
      return 'a';
    });
    assert.ok(reloaded);
  });
});
