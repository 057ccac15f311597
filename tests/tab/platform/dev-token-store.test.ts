import assert from 'node:assert/strict';
import { DevTokenStore, type KeyValueStorage } from '../../../tab/src/platform/dev-token-store.js';

const NOW = Date.parse('2026-11-24T10:00:00Z');

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { readonly items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('DevTokenStore', () => {
  it('should return the token when it was written and has not expired', () => {
    const store = new DevTokenStore({ storage: memoryStorage(), now: () => NOW });
    store.write({ token: 'abc', expiresAt: '2026-11-24T11:00:00Z' });
    assert.deepEqual(store.read(), { token: 'abc', expiresAt: '2026-11-24T11:00:00Z' });
  });

  it('should forget the token when it has expired', () => {
    const storage = memoryStorage();
    const store = new DevTokenStore({ storage, now: () => NOW });
    store.write({ token: 'abc', expiresAt: '2026-11-24T09:59:00Z' });
    assert.equal(store.read(), undefined);
    assert.equal(storage.items.size, 0);
  });

  it('should treat the token as expired when it expires within the safety margin', () => {
    const store = new DevTokenStore({ storage: memoryStorage(), now: () => NOW, marginMs: 60_000 });
    store.write({ token: 'abc', expiresAt: '2026-11-24T10:00:30Z' });
    assert.equal(store.read(), undefined);
  });

  it('should forget the entry when it is not valid JSON or lacks fields', () => {
    for (const raw of ['{not json', '{"token":1,"expiresAt":"2030-01-01T00:00:00Z"}', 'null', '{"token":"a","expiresAt":"snart"}']) {
      const storage = memoryStorage({ 'introteam.devToken': raw });
      assert.equal(new DevTokenStore({ storage, now: () => NOW }).read(), undefined, raw);
      assert.equal(storage.items.size, 0, raw);
    }
  });

  it('should remove the token when cleared', () => {
    const storage = memoryStorage();
    const store = new DevTokenStore({ storage, now: () => NOW });
    store.write({ token: 'abc', expiresAt: '2026-11-24T11:00:00Z' });
    store.clear();
    assert.equal(store.read(), undefined);
  });

  it('should read as signed out when storage throws', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    const store = new DevTokenStore({ storage: broken, now: () => NOW });
    store.write({ token: 'abc', expiresAt: '2026-11-24T11:00:00Z' });
    assert.equal(store.read(), undefined);
  });
});
