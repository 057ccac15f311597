import { z } from 'zod';

/** A task's status in a unit's flow. */
export const taskStatusSchema = z.enum(['open', 'taken', 'done']);

/** A task's status. */
export type TaskStatus = z.infer<typeof taskStatusSchema>;

/** A comment on a task, by the author's display name; `at` is an ISO instant. */
export const taskCommentViewSchema = z.strictObject({ id: z.string(), authorName: z.string(), at: z.string(), text: z.string() });

/** A comment on a task. */
export type TaskComment = z.infer<typeof taskCommentViewSchema>;

/** The buttons the signed-in user is offered on a task, decided by the rule the card and the domain share. */
export const offeredTaskActionsSchema = z.strictObject({
  take: z.boolean(),
  complete: z.boolean(),
  reopen: z.boolean(),
  release: z.boolean(),
  comment: z.boolean(),
});

/** Which actions the signed-in user is offered on a task. */
export type OfferedTaskActions = z.infer<typeof offeredTaskActionsSchema>;

/** One task of a unit's routine flow, with names resolved; `takenByMe` lets the tab offer "Frigi oppgaven". */
export const taskViewSchema = z.strictObject({
  taskId: z.string(),
  title: z.string(),
  description: z.string(),
  ownerRoleLabel: z.string(),
  /** `yyyy-MM-dd`. */
  dueDate: z.string(),
  status: taskStatusSchema,
  statusLabel: z.string(),
  overdue: z.boolean(),
  takenByName: z.string().optional(),
  takenByMe: z.boolean(),
  actions: offeredTaskActionsSchema,
  completedByName: z.string().optional(),
  completedAt: z.string().optional(),
  comments: z.array(taskCommentViewSchema),
});

/** One task of a unit's flow. */
export type Task = z.infer<typeof taskViewSchema>;

const count = z.int().min(0);

/** Task counts of a flow; `overdue` is 0 for a closed flow. */
export const checklistProgressSchema = z.strictObject({ total: count, open: count, taken: count, done: count, overdue: count });

/** Task counts of a flow. */
export type ChecklistProgress = z.infer<typeof checklistProgressSchema>;

/** A unit's routine flow; `tasks` only in the single-settlement responses. */
export const unitFlowViewSchema = z.strictObject({
  status: z.enum(['active', 'closed']),
  progress: checklistProgressSchema,
  tasks: z.array(taskViewSchema).optional(),
});

/** A unit's routine flow. */
export type UnitFlowView = z.infer<typeof unitFlowViewSchema>;

/** How the announcement to a unit's channel went. */
export const deliveryStatusSchema = z.enum(['pending', 'sent', 'failed', 'no-channel', 'superseded']);

/** How the announcement to a unit's channel went. */
export type DeliveryStatus = z.infer<typeof deliveryStatusSchema>;

/** One affected unit of a settlement: its channel, the announcement's delivery and its flow (once started). */
export const settlementUnitViewSchema = z.strictObject({
  unitId: z.string(),
  unitName: z.string(),
  channelBound: z.boolean(),
  delivery: deliveryStatusSchema,
  flow: unitFlowViewSchema.optional(),
});

/** One affected unit of a settlement. */
export type SettlementUnitView = z.infer<typeof settlementUnitViewSchema>;

/** The age bands a settlement keeps instead of birth dates. */
export const ageBandSchema = z.enum(['0', '1-5', '6-15', '16-17', '18+']);

/** The need flags a settlement counts. */
export const needFlagSchema = z.enum(['healthFollowUp', 'adaptedHousing', 'specialSupport']);

/** A settlement's name-free facts, as every affected unit may see them. */
export const settlementViewSchema = z.strictObject({
  id: z.string(),
  /** Name-free reference, `BOS-2026-014`; absent only on an old settlement until housekeeping numbers it. */
  reference: z.string().optional(),
  status: z.enum(['open', 'cancelled']),
  version: z.int().min(1),
  /** `yyyy-MM-dd`. */
  arrivalDate: z.string(),
  addressArea: z.string().optional(),
  adultCount: count,
  childCount: count,
  ageBands: z.array(z.strictObject({ band: ageBandSchema, label: z.string(), count })),
  needs: z.array(z.strictObject({ flag: needFlagSchema, label: z.string(), count })),
  interpreterLanguages: z.array(z.string()),
  units: z.array(settlementUnitViewSchema),
  /** ISO instant. */
  createdAt: z.string(),
  updatedAt: z.string().optional(),
});

/** A settlement's name-free view. */
export type SettlementView = z.infer<typeof settlementViewSchema>;
