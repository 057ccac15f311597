import type { FeatureModule } from '../../platform/feature-module.js';
import type { AuditDependencies } from './audit-dependencies.js';
import { auditRoutes } from './http/audit-routes.js';

/** The audit log for the data-protection officer, coordinators and admins: read in Norwegian, filtered, exported as CSV. */
export function createAuditModule(deps: AuditDependencies): FeatureModule {
  return { name: 'audit', routes: auditRoutes(deps) };
}
