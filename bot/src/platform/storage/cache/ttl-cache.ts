/** Options for {@link TtlCache}. */
export interface TtlCacheOptions {
  /** How long a loaded value is served before it is loaded again; 0 turns the cache off. */
  readonly ttlMs: number;
  /** Most entries kept; the oldest is dropped beyond it. */
  readonly maxEntries?: number;
  readonly now?: () => number;
}

interface Entry<V> {
  readonly value: Promise<V>;
  readonly loadedAt: number;
}

/**
 * A small read-through cache for data that changes rarely (tenants, users, units, channel
 * bindings). Concurrent misses share one load; a failed load is not kept; {@link TtlCache.invalidate}
 * drops a key at once, also while its load is still running (that result is then not kept), so
 * the next read after a change in this process sees the change. Other processes see it within the TTL.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(private readonly options: TtlCacheOptions) {
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** The cached value of `key`, or what `load` gives (then kept for the TTL). */
  get(key: string, load: () => Promise<V>): Promise<V> {
    if (this.options.ttlMs <= 0) return load();
    const entry = this.entries.get(key);
    if (entry && this.now() - entry.loadedAt < this.options.ttlMs) return entry.value;
    const value = load();
    // Stored before it settles, so concurrent misses share it and an invalidation during the load drops it.
    this.store(key, { value, loadedAt: this.now() });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  /** Forgets `key` (after a change to what it holds). */
  invalidate(key: string): void {
    this.entries.delete(key);
  }

  private store(key: string, entry: Entry<V>): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
