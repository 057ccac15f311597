import type { FeatureModule } from '../../platform/feature-module.js';
import { tenantRoutes } from './http/tenant-routes.js';
import type { WorkspaceDependencies } from './workspace-dependencies.js';

/** The tab's workspace: the municipality's units and channel bindings, and the start card. */
export function createWorkspaceModule(deps: WorkspaceDependencies): FeatureModule {
  return { name: 'workspace', routes: tenantRoutes(deps) };
}
