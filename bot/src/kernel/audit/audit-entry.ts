/** One fact in an audit entry's details: an id, a count, a version, a flag or a list of ids. */
export type AuditDetailValue = string | number | boolean | readonly string[];

/** An audit entry's details, keyed by what they are (`unitId`, `personIds`, `version`, …). */
export type AuditDetails = Readonly<Record<string, AuditDetailValue>>;

/**
 * One append-only audit record: who did what to which resource, and when. A change is recorded
 * before it is made (its intent), so an entry may exist for a change that then failed, never the
 * reverse; a read of personal data is recorded before anything is shown.
 */
export interface AuditEntry {
  readonly id: string;
  readonly tenantId: string;
  /** Entra object id of the actor. */
  readonly actorId: string;
  /** What happened, e.g. `personal-data.read`, `channel.bind`. */
  readonly action: string;
  /** The resource acted on, e.g. `settlement:abc`. */
  readonly resource: string;
  /** Extra ids (never names or birth dates), e.g. `{ unitId, personIds }`. */
  readonly details?: AuditDetails;
  /** ISO timestamp. */
  readonly at: string;
}
