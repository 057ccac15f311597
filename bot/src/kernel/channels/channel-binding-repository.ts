import type { ChannelBinding } from './channel-binding.js';
import type { Versioned } from '../versioned.js';

/** Unit–channel bindings; one binding per unit (a unit posts to one channel). */
export interface ChannelBindingRepository {
  get(tenantId: string, unitId: string): Promise<Versioned<ChannelBinding> | undefined>;
  list(tenantId: string): Promise<ChannelBinding[]>;
  /** Creates the binding, or replaces it when `etag` matches; throws DomainError('conflict') otherwise. */
  put(binding: ChannelBinding, etag?: string): Promise<Versioned<ChannelBinding>>;
}
