/** A municipality using Introteam, keyed by its Entra tenant id. */
export interface Tenant {
  readonly tenantId: string;
  /** E.g. "Demo kommune". */
  readonly name: string;
  /** ISO timestamp when the tenant was first set up. */
  readonly createdAt: string;
}
