import type { AppUser } from '../../../bot/src/kernel/users/app-user.js';
import type { UserRepository } from '../../../bot/src/kernel/users/user-repository.js';
import { compareStrings, InMemoryVersionedMap } from './in-memory-versioned-map.js';

/** UserRepository in memory, for unit tests; lists by display name like the Cosmos one. */
export class InMemoryUserRepository implements UserRepository {
  private readonly users = new InMemoryVersionedMap<AppUser>();

  /** The user in this tenant, or undefined. */
  async get(tenantId: string, userId: string): Promise<AppUser | undefined> {
    return this.users.read(tenantId, [userId])?.value;
  }

  /** All users of the tenant, by display name. */
  async list(tenantId: string): Promise<AppUser[]> {
    return this.users.values(tenantId).sort((a, b) => compareStrings(a.displayName, b.displayName));
  }

  /** Creates or replaces the user. */
  async upsert(user: AppUser): Promise<void> {
    this.users.set(user.tenantId, [user.id], user);
  }
}
