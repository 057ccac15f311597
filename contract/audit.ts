import { z } from 'zod';

/**
 * Extra facts of an audit entry: ids, counts, versions and flags, never names or birth dates
 * (e.g. `{ unitId, personIds }`, `{ version, units }`).
 */
export const auditDetailsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]));

/** The details of an audit entry. */
export type AuditDetails = z.infer<typeof auditDetailsSchema>;

/** One entry of the audit log; `actorName` when the actor is a known user, `at` an ISO instant. */
export const auditEntryViewSchema = z.strictObject({
  id: z.string(),
  actorId: z.string(),
  actorName: z.string().optional(),
  action: z.string(),
  resource: z.string(),
  at: z.string(),
  details: auditDetailsSchema.optional(),
});

/** One audit entry as the tab shows it. */
export type AuditEntryView = z.infer<typeof auditEntryViewSchema>;

/** `GET /api/audit`: the newest entries first. */
export const auditResponseSchema = z.strictObject({ entries: z.array(auditEntryViewSchema) });

/** The audit log. */
export type AuditResponse = z.infer<typeof auditResponseSchema>;
