import type { Container } from '@azure/cosmos';
import type { RoutineTemplateRepository } from '../ports/routine-template-repository.js';
import type { RoutineTemplate } from '../domain/routine-template.js';
import { VersionedDocumentStore, type DocumentKind } from '../../../platform/storage/cosmos/versioned-document-store.js';

/** `routine-template` documents, one per unit an admin has edited. */
export const ROUTINE_TEMPLATE_KIND: DocumentKind<RoutineTemplate> = {
  type: 'routine-template',
  tenantIdOf: (template) => template.tenantId,
  keyOf: (template) => [template.unitId],
};

/** RoutineTemplateRepository on the `core` container. */
export class CosmosRoutineTemplateRepository implements RoutineTemplateRepository {
  private readonly store: VersionedDocumentStore<RoutineTemplate>;

  constructor(container: Container) {
    this.store = new VersionedDocumentStore(container, ROUTINE_TEMPLATE_KIND);
  }

  /** The edited template, or undefined when the unit uses the default. */
  async get(tenantId: string, unitId: string): Promise<RoutineTemplate | undefined> {
    return (await this.store.read(tenantId, [unitId]))?.value;
  }

  /** Stores the template (read–modify–write with If-Match inside). */
  async put(template: RoutineTemplate): Promise<void> {
    await this.store.update(template.tenantId, [template.unitId], () => template);
  }
}
