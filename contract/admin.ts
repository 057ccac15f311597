import { z } from 'zod';
import { memberRoleSchema } from './registration.js';
import { unitSummarySchema } from './unit-summary.js';

/** Whom a rule applies to: everyone, or members with a role and/or an age range in whole years at arrival. */
export const ruleScopeSchema = z.union([
  z.literal('everyone'),
  z.strictObject({ role: memberRoleSchema.optional(), minAge: z.int().min(0).optional(), maxAge: z.int().min(0).optional() }),
]);

/** Whom a rule applies to. */
export type RuleScope = z.infer<typeof ruleScopeSchema>;

/** A rule: the unit is affected when a member matches `appliesTo`; `includeGuardians` adds the matched children's guardians. */
export const affectedUnitRuleSchema = z.strictObject({
  unitId: z.string(),
  appliesTo: ruleScopeSchema,
  includeGuardians: z.boolean().optional(),
});

/** One affected-unit rule. */
export type AffectedUnitRule = z.infer<typeof affectedUnitRuleSchema>;

/** `GET` and `PUT /api/affected-unit-rules`: the rules and the units they may name. */
export const rulesResponseSchema = z.strictObject({ rules: z.array(affectedUnitRuleSchema), units: z.array(unitSummarySchema) });

/** The rules and the units. */
export type RulesResponse = z.infer<typeof rulesResponseSchema>;

/** `PUT /api/affected-unit-rules` body: the whole new list. */
export const rulesRequestSchema = z.strictObject({ rules: z.array(affectedUnitRuleSchema) });

/** A change of the rules. */
export type RulesRequest = z.infer<typeof rulesRequestSchema>;

/** One task of a routine template; `dueOffsetDays` is relative to arrival (negative: before). */
export const routineTaskSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  ownerRole: z.string(),
  dueOffsetDays: z.int(),
});

/** One task of a routine template. */
export type RoutineTask = z.infer<typeof routineTaskSchema>;

/** A unit's routine template. */
export const routineTemplateViewSchema = z.strictObject({ unitId: z.string(), unitName: z.string(), tasks: z.array(routineTaskSchema) });

/** A unit's routine template. */
export type RoutineTemplateView = z.infer<typeof routineTemplateViewSchema>;

/** `GET /api/routine-templates`: every unit's template (the default where an admin has not edited it). */
export const routineTemplatesResponseSchema = z.strictObject({ templates: z.array(routineTemplateViewSchema) });

/** Every unit's template. */
export type RoutineTemplatesResponse = z.infer<typeof routineTemplatesResponseSchema>;

/** `PUT /api/routine-templates/:unitId` reply: the saved template. */
export const routineTemplateResponseSchema = z.strictObject({ template: routineTemplateViewSchema });

/** A saved template. */
export type RoutineTemplateResponse = z.infer<typeof routineTemplateResponseSchema>;

/** `PUT /api/routine-templates/:unitId` body: the unit's whole task list. */
export const routineTasksRequestSchema = z.strictObject({ tasks: z.array(routineTaskSchema) });

/** A change of a routine template. */
export type RoutineTasksRequest = z.infer<typeof routineTasksRequestSchema>;
