import type { ChannelBinding } from '../../../kernel/channels/channel-binding.js';
import type { ChannelBindingRepository } from '../../../kernel/channels/channel-binding-repository.js';
import type { Versioned } from '../../../kernel/versioned.js';
import { cacheKey } from './cache-key.js';
import { TtlCache } from './ttl-cache.js';

/**
 * Channel bindings read through a short-lived cache (every card action checks that its channel is
 * the unit's); `put` invalidates the unit's binding and the tenant's list.
 */
export class CachedChannelBindingRepository implements ChannelBindingRepository {
  private readonly bindings: TtlCache<Versioned<ChannelBinding> | undefined>;
  private readonly lists: TtlCache<ChannelBinding[]>;

  constructor(
    private readonly inner: ChannelBindingRepository,
    ttlMs: number,
  ) {
    this.bindings = new TtlCache({ ttlMs });
    this.lists = new TtlCache({ ttlMs, maxEntries: 1_000 });
  }

  get(tenantId: string, unitId: string): Promise<Versioned<ChannelBinding> | undefined> {
    return this.bindings.get(cacheKey(tenantId, unitId), () => this.inner.get(tenantId, unitId));
  }

  async list(tenantId: string): Promise<ChannelBinding[]> {
    return [...(await this.lists.get(tenantId, () => this.inner.list(tenantId)))];
  }

  async put(binding: ChannelBinding, etag?: string): Promise<Versioned<ChannelBinding>> {
    try {
      return await this.inner.put(binding, etag);
    } finally {
      this.bindings.invalidate(cacheKey(binding.tenantId, binding.unitId));
      this.lists.invalidate(binding.tenantId);
    }
  }
}
