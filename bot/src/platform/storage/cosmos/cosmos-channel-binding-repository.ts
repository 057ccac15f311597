import type { Container } from '@azure/cosmos';
import type { ChannelBinding } from '../../../kernel/channels/channel-binding.js';
import type { ChannelBindingRepository } from '../../../kernel/channels/channel-binding-repository.js';
import type { Versioned } from '../../../kernel/versioned.js';
import { VersionedDocumentStore, type DocumentKind } from './versioned-document-store.js';

/** `channel-binding` documents, one per unit. */
export const CHANNEL_BINDING_KIND: DocumentKind<ChannelBinding> = {
  type: 'channel-binding',
  tenantIdOf: (binding) => binding.tenantId,
  keyOf: (binding) => [binding.unitId],
};

/** ChannelBindingRepository on the `core` container. */
export class CosmosChannelBindingRepository implements ChannelBindingRepository {
  private readonly store: VersionedDocumentStore<ChannelBinding>;

  constructor(container: Container) {
    this.store = new VersionedDocumentStore(container, CHANNEL_BINDING_KIND);
  }

  /** The unit's binding with its ETag, or undefined. */
  async get(tenantId: string, unitId: string): Promise<Versioned<ChannelBinding> | undefined> {
    return this.store.read(tenantId, [unitId]);
  }

  /** All bindings of the tenant, by unit id. */
  async list(tenantId: string): Promise<ChannelBinding[]> {
    const bindings = await this.store.query(tenantId, { orderBy: 'c.data.unitId' });
    return bindings.map((binding) => binding.value);
  }

  /** Creates the binding (no `etag`) or replaces it if `etag` is current; DomainError('conflict') otherwise. */
  async put(binding: ChannelBinding, etag?: string): Promise<Versioned<ChannelBinding>> {
    return etag === undefined ? this.store.create(binding) : this.store.replace(binding, etag);
  }
}
