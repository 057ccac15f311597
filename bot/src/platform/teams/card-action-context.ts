import type { AppUser } from '../../kernel/users/app-user.js';
import type { Tenant } from '../../kernel/tenants/tenant.js';
import type { ActivityIdentity } from './activity-identity.js';

/** What every card action handler gets: who acts, where, in which tenant, and the action's raw data. */
export interface CardActionContext {
  readonly identity: ActivityIdentity;
  readonly tenant: Tenant;
  /** The acting user, if Introteam knows them in this tenant. */
  readonly user: AppUser | undefined;
  /** The action's `data` merged with the card's inputs, unvalidated. */
  readonly data: unknown;
}
