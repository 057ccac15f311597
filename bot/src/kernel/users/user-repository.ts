import type { AppUser } from './app-user.js';

/** Staff users and their roles, per tenant. */
export interface UserRepository {
  get(tenantId: string, userId: string): Promise<AppUser | undefined>;
  list(tenantId: string): Promise<AppUser[]>;
  upsert(user: AppUser): Promise<void>;
}
