import type { ChannelBinding } from '../../../bot/src/kernel/channels/channel-binding.js';
import type { ChannelBindingRepository } from '../../../bot/src/kernel/channels/channel-binding-repository.js';
import type { Versioned } from '../../../bot/src/kernel/versioned.js';
import { compareStrings, InMemoryVersionedMap } from './in-memory-versioned-map.js';

/** ChannelBindingRepository in memory with ETag checks, for unit tests. */
export class InMemoryChannelBindingRepository implements ChannelBindingRepository {
  private readonly bindings = new InMemoryVersionedMap<ChannelBinding>();

  /** The unit's binding with its ETag, or undefined. */
  async get(tenantId: string, unitId: string): Promise<Versioned<ChannelBinding> | undefined> {
    return this.bindings.read(tenantId, [unitId]);
  }

  /** All bindings of the tenant, by unit id. */
  async list(tenantId: string): Promise<ChannelBinding[]> {
    return this.bindings.values(tenantId).sort((a, b) => compareStrings(a.unitId, b.unitId));
  }

  /** Creates (no `etag`) or replaces when `etag` is current; DomainError('conflict') otherwise. */
  async put(binding: ChannelBinding, etag?: string): Promise<Versioned<ChannelBinding>> {
    const key = [binding.unitId];
    return etag === undefined
      ? this.bindings.create(binding.tenantId, key, binding)
      : this.bindings.replace(binding.tenantId, key, binding, etag);
  }
}
