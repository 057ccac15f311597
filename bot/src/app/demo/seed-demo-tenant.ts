import type { TenantRepository } from '../../kernel/tenants/tenant-repository.js';
import type { UnitRepository } from '../../kernel/units/unit-repository.js';
import type { UserRepository } from '../../kernel/users/user-repository.js';
import { DEFAULT_UNITS } from '../../kernel/units/unit.js';
import { DEMO_TENANT_NAME, demoUsers } from './demo-tenant.js';

/** The repositories seeding writes to. */
export interface SeedDemoTenantOptions {
  readonly tenants: TenantRepository;
  readonly units: UnitRepository;
  readonly users: UserRepository;
  readonly tenantId: string;
  readonly now: Date;
}

/** Seeds the demo municipality with its units and demo users on first start; returns false if it already existed. */
export async function seedDemoTenant(options: SeedDemoTenantOptions): Promise<boolean> {
  const { tenantId } = options;
  const existing = await options.tenants.get(tenantId);
  if (existing) return false;
  // Units and users first, the tenant last: a start interrupted half-way seeds again next time.
  for (const unit of DEFAULT_UNITS) await options.units.upsert({ ...unit, tenantId });
  for (const user of demoUsers(tenantId)) await options.users.upsert(user);
  return options.tenants.createIfMissing({ tenantId, name: DEMO_TENANT_NAME, createdAt: options.now.toISOString() });
}
