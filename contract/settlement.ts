import { z } from 'zod';
import { memberNeedsSchema, registrationSchema } from './registration.js';
import { settlementViewSchema } from './settlement-view.js';

/** `GET /api/settlements`: the settlements the viewer may see, without tasks. */
export const settlementListResponseSchema = z.strictObject({
  settlements: z.array(settlementViewSchema),
  /** Pass back as `?continuationToken=` for the next page; absent on the last page. */
  continuationToken: z.string().optional(),
});

/** The settlement list. */
export type SettlementListResponse = z.infer<typeof settlementListResponseSchema>;

/** `GET /api/settlements/:id`, a cancellation and a task action: one settlement with its tasks. */
export const settlementResponseSchema = z.strictObject({ settlement: settlementViewSchema });

/** One settlement. */
export type SettlementResponse = z.infer<typeof settlementResponseSchema>;

/** `POST /api/settlements` and `PUT /api/settlements/:id`: the saved settlement and warnings (units without a channel). */
export const saveSettlementResponseSchema = z.strictObject({ settlement: settlementViewSchema, warnings: z.array(z.string()) });

/** A saved settlement. */
export type SaveSettlementResponse = z.infer<typeof saveSettlementResponseSchema>;

/** `GET /api/settlements/:id/registration`: the registration with names, and the version to edit. */
export const registrationResponseSchema = z.strictObject({ registration: registrationSchema, version: z.int().min(1) });

/** The registration for the edit form. */
export type RegistrationResponse = z.infer<typeof registrationResponseSchema>;

/** `POST /api/settlements/:id/units/:unitId/redeliver`: how many messages were queued again. */
export const redeliverResponseSchema = z.strictObject({ requeued: z.int().min(0), settlement: settlementViewSchema });

/** The reply to a redelivery. */
export type RedeliverResponse = z.infer<typeof redeliverResponseSchema>;

/** One person in the secure zone, with Norwegian labels and the guardians' names. */
export const securePersonSchema = z.strictObject({
  personId: z.string(),
  fullName: z.string(),
  /** `yyyy-MM-dd`. */
  birthDate: z.string(),
  roleLabel: z.string(),
  ageBandLabel: z.string(),
  guardianNames: z.array(z.string()),
  needs: memberNeedsSchema,
});

/** One person in the secure zone. */
export type SecurePerson = z.infer<typeof securePersonSchema>;

/** `GET /api/settlements/:id/persons?unitId=`; `auditedAt` is the ISO instant of the audit entry for this opening. */
export const securePersonsResponseSchema = z.strictObject({
  unitId: z.string(),
  persons: z.array(securePersonSchema),
  auditedAt: z.string(),
});

/** The secure zone of one unit. */
export type SecurePersonsResponse = z.infer<typeof securePersonsResponseSchema>;

/** The task actions the API accepts; `reopen` also releases a taken task. */
export const taskActionSchema = z.enum(['take', 'complete', 'reopen', 'comment']);

/** A task action. */
export type TaskAction = z.infer<typeof taskActionSchema>;

/** `POST /api/settlements/:id/units/:unitId/tasks/:taskId` body; `text` for a comment. */
export const taskActionRequestSchema = z.strictObject({ action: taskActionSchema, text: z.string().optional() });

/** A task action request. */
export type TaskActionRequest = z.infer<typeof taskActionRequestSchema>;

/** `POST /api/settlements/:id/cancel` body: the version the coordinator saw. */
export const cancelSettlementRequestSchema = z.strictObject({ expectedVersion: z.int().min(1) });

/** A cancellation request. */
export type CancelSettlementRequest = z.infer<typeof cancelSettlementRequestSchema>;

/** `PUT /api/settlements/:id` body: the edited registration and the version it was edited from. */
export const editSettlementRequestSchema = cancelSettlementRequestSchema.extend({ registration: registrationSchema });

/** An edit request. */
export type EditSettlementRequest = z.infer<typeof editSettlementRequestSchema>;
