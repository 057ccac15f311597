import type { FeatureModule } from '../../platform/feature-module.js';
import type { OverviewSections } from '../../platform/overview/overview-sections.js';
import { overviewRoutes } from './http/overview-routes.js';

/** The start page ("Oversikt"): owns no data; shows the sections the other features provide. */
export function createOverviewModule(providers: readonly OverviewSections[], now: () => Date): FeatureModule {
  return { name: 'overview', routes: overviewRoutes(providers, now) };
}
