import type { RoutineTemplate } from '../domain/routine-template.js';

/** Per-unit routine templates an admin has edited; units without one use the defaults. */
export interface RoutineTemplateRepository {
  get(tenantId: string, unitId: string): Promise<RoutineTemplate | undefined>;
  put(template: RoutineTemplate): Promise<void>;
}
