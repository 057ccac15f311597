import { z } from 'zod';

/** One audit entry in words, as the tab shows it: no action code, key or raw id is shown. */
export const auditEntryViewSchema = z.strictObject({
  id: z.string(),
  /** ISO instant, for `<time datetime>`. */
  at: z.string(),
  /** Oslo time, `dd.MM.yyyy kl. HH:mm`. */
  when: z.string(),
  who: z.string(),
  /** The action's code (to filter on), never shown. */
  action: z.string(),
  actionLabel: z.string(),
  /** The settlement concerned: its id for the link, its reference (or arrival date) to show. */
  settlement: z.strictObject({ id: z.string(), label: z.string() }).optional(),
  unit: z.string().optional(),
  persons: z.number().int().nonnegative().optional(),
  details: z.string().optional(),
});

/** One audit entry as the tab shows it. */
export type AuditEntryView = z.infer<typeof auditEntryViewSchema>;

/** A choice in one of the audit log's filters. */
export const auditFilterOptionSchema = z.strictObject({ value: z.string(), label: z.string() });

/** `GET /api/audit`: a page of entries, newest first, the choices for the filters, and the token for the next page. */
export const auditResponseSchema = z.strictObject({
  entries: z.array(auditEntryViewSchema),
  continuationToken: z.string().optional(),
  filters: z.strictObject({ users: z.array(auditFilterOptionSchema), actions: z.array(auditFilterOptionSchema) }),
});

/** The audit log. */
export type AuditResponse = z.infer<typeof auditResponseSchema>;

/** `GET /api/audit/export`: the same filters as the list, the whole selection as CSV text. */
export const auditCsvSchema = z.string();
