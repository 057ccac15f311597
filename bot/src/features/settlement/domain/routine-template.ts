/** One task in a unit's routine (rutinebeskrivelse), due relative to the arrival date. */
export interface RoutineTaskTemplate {
  /** Slug, unique within the template, e.g. `bolig-klar`. */
  readonly id: string;
  /** Short Norwegian title shown on the card, e.g. "Bolig klar". */
  readonly title: string;
  /** One or two sentences on what "done" means. */
  readonly description: string;
  /** Job role that usually owns the task, in Norwegian (e.g. "Helsesykepleier"); a label, not an access role. */
  readonly ownerRole: string;
  /** Days after arrival the task is due; negative means before arrival, 0 the arrival day. */
  readonly dueOffsetDays: number;
}

/** A unit's routine: the tasks its flow starts with for every settlement that affects it. */
export interface RoutineTemplate {
  readonly tenantId: string;
  readonly unitId: string;
  readonly tasks: readonly RoutineTaskTemplate[];
  /** Entra object id of the admin who last edited it; absent for the built-in default. */
  readonly updatedBy?: string;
  /** ISO timestamp of the last edit. */
  readonly updatedAt?: string;
}
