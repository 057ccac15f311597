import type { Container } from '@azure/cosmos';
import type { AppUser } from '../../../kernel/users/app-user.js';
import type { UserRepository } from '../../../kernel/users/user-repository.js';
import { VersionedDocumentStore, type DocumentKind } from './versioned-document-store.js';

/** `user` documents keyed by Entra object id. */
export const USER_KIND: DocumentKind<AppUser> = {
  type: 'user',
  tenantIdOf: (user) => user.tenantId,
  keyOf: (user) => [user.id],
};

/** UserRepository on the `core` container. */
export class CosmosUserRepository implements UserRepository {
  private readonly store: VersionedDocumentStore<AppUser>;

  constructor(container: Container) {
    this.store = new VersionedDocumentStore(container, USER_KIND);
  }

  /** The user in this tenant, or undefined. */
  async get(tenantId: string, userId: string): Promise<AppUser | undefined> {
    return (await this.store.read(tenantId, [userId]))?.value;
  }

  /** All users of the tenant, by display name. */
  async list(tenantId: string): Promise<AppUser[]> {
    const users = await this.store.query(tenantId, { orderBy: 'c.data.displayName' });
    return users.map((user) => user.value);
  }

  /** Creates or replaces the user (ETag-checked write, retried on conflict). */
  async upsert(user: AppUser): Promise<void> {
    await this.store.update(user.tenantId, [user.id], () => user);
  }
}
