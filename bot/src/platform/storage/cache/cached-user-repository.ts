import type { AppUser } from '../../../kernel/users/app-user.js';
import type { UserRepository } from '../../../kernel/users/user-repository.js';
import { cacheKey } from './cache-key.js';
import { TtlCache } from './ttl-cache.js';

/**
 * Users read through a short-lived cache: every request and turn resolves its caller, and cards and
 * lists show staff names. A change here (`upsert`) is seen by the next read in this process; other
 * instances see it within the TTL, which is therefore kept short (a removed role lasts at most that long).
 */
export class CachedUserRepository implements UserRepository {
  private readonly users: TtlCache<AppUser | undefined>;
  private readonly lists: TtlCache<AppUser[]>;

  constructor(
    private readonly inner: UserRepository,
    ttlMs: number,
  ) {
    this.users = new TtlCache({ ttlMs });
    this.lists = new TtlCache({ ttlMs, maxEntries: 1_000 });
  }

  get(tenantId: string, userId: string): Promise<AppUser | undefined> {
    return this.users.get(cacheKey(tenantId, userId), () => this.inner.get(tenantId, userId));
  }

  async list(tenantId: string): Promise<AppUser[]> {
    return [...(await this.lists.get(tenantId, () => this.inner.list(tenantId)))];
  }

  async upsert(user: AppUser): Promise<void> {
    try {
      await this.inner.upsert(user);
    } finally {
      this.users.invalidate(cacheKey(user.tenantId, user.id));
      this.lists.invalidate(user.tenantId);
    }
  }
}
