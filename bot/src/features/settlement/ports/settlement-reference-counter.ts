/** Hands out settlement reference numbers: per tenant and year, 1, 2, 3 … and never the same number twice. */
export interface SettlementReferenceCounter {
  /** The next number of the tenant's year; concurrent callers get distinct numbers. A number may be lost, never reused. */
  next(tenantId: string, year: number): Promise<number>;
}
