/**
 * A one-off backfill as housekeeping: it runs for a tenant until a run finds nothing left to do
 * (resolves 0), and from then on skips that tenant in this process without a query, because new
 * writes no longer need it; a restart checks each tenant once more.
 */
export function untilNothingLeft(backfill: (tenantId: string) => Promise<number>): (tenantId: string) => Promise<number> {
  const done = new Set<string>();
  return async (tenantId) => {
    if (done.has(tenantId)) return 0;
    const changed = await backfill(tenantId);
    if (changed === 0) done.add(tenantId);
    return changed;
  };
}
