/** One append-only audit record: who did what to which resource, and when. */
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
  readonly details?: Readonly<Record<string, unknown>>;
  /** ISO timestamp. */
  readonly at: string;
}
