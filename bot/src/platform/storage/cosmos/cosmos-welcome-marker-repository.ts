import type { Container } from '@azure/cosmos';
import { isDomainError } from '../../../kernel/domain-error.js';
import type { WelcomeMarker } from '../../../kernel/channels/welcome-marker.js';
import type { WelcomeMarkerRepository } from '../../../kernel/channels/welcome-marker-repository.js';
import { VersionedDocumentStore, type DocumentKind } from './versioned-document-store.js';

/** `welcome` documents keyed by conversation id: their existence is the marker. */
export const WELCOME_MARKER_KIND: DocumentKind<WelcomeMarker> = {
  type: 'welcome',
  tenantIdOf: (marker) => marker.tenantId,
  keyOf: (marker) => [marker.conversationId],
};

/** WelcomeMarkerRepository on the `core` container: one create per welcome, a conflict means already welcomed. */
export class CosmosWelcomeMarkerRepository implements WelcomeMarkerRepository {
  private readonly store: VersionedDocumentStore<WelcomeMarker>;

  constructor(container: Container) {
    this.store = new VersionedDocumentStore(container, WELCOME_MARKER_KIND);
  }

  /** Creates the marker; false when it exists (two install events racing: only one wins the create). */
  async markWelcomed(tenantId: string, conversationId: string, at: Date): Promise<boolean> {
    try {
      await this.store.create({ tenantId, conversationId, welcomedAt: at.toISOString() });
      return true;
    } catch (error) {
      if (isDomainError(error, 'conflict')) return false;
      throw error;
    }
  }
}
