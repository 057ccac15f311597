import assert from 'node:assert/strict';
import { DraftStore } from '../../../tab/src/platform/draft-store.js';

class MapStorage {
  readonly map = new Map<string, string>();
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}

const isText = (value: unknown): value is { text: string } => typeof (value as { text?: unknown } | null)?.text === 'string';

describe('DraftStore', () => {
  it('should give back what was written for the same user and form, and nothing for another user', () => {
    const storage = new MapStorage();
    new DraftStore(storage, 'u1', 'ny-bosetting', isText).write({ text: 'Sentrum' });
    assert.deepEqual(new DraftStore(storage, 'u1', 'ny-bosetting', isText).read(), { text: 'Sentrum' });
    assert.equal(new DraftStore(storage, 'u2', 'ny-bosetting', isText).read(), undefined);
  });

  it('should forget a draft older than 24 hours or of another shape', () => {
    const storage = new MapStorage();
    let now = 0;
    const store = new DraftStore(storage, 'u1', 'f', isText, () => now);
    store.write({ text: 'x' });
    now = 24 * 60 * 60 * 1000;
    assert.equal(store.read(), undefined);
    assert.equal(storage.map.size, 0, 'the stale draft is removed');
    storage.setItem('introteam:utkast:u1:f', JSON.stringify({ v: 1, savedAt: now, value: { other: 1 } }));
    assert.equal(store.read(), undefined);
    storage.setItem('introteam:utkast:u1:f', 'not json');
    assert.equal(store.read(), undefined);
  });

  it('should read as no draft and not throw when storage throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    const store = new DraftStore(broken, 'u1', 'f', isText);
    store.write({ text: 'x' });
    store.clear();
    assert.equal(store.read(), undefined);
  });
});
