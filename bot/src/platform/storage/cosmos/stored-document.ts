/**
 * How every Introteam document looks in Cosmos DB: an envelope the storage layer owns and the
 * domain value untouched in `data`, so a domain field can never collide with `id`, `type`,
 * `ttl` or a Cosmos system field.
 */
export interface StoredDocument<T> {
  /** `docId(type, ...key)`; unique within the tenant's partition. */
  readonly id: string;
  /** Partition key (the Entra tenant id). */
  readonly tenantId: string;
  /** Discriminator, e.g. `user`, `unit`, `channel-binding`. */
  readonly type: string;
  /** The domain value. */
  readonly data: T;
  /** Fields derived from `data` for queries (see `DocumentKind.indexOf`); absent on kinds without them. */
  readonly index?: Readonly<Record<string, unknown>>;
}

/** Fields Cosmos DB adds to every document; never returned to callers, never written back. */
export const SYSTEM_FIELDS: readonly string[] = ['_rid', '_self', '_etag', '_attachments', '_ts', '_lsn'];

/** A copy of a raw document without the Cosmos system fields. */
export function stripSystemFields(document: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...document };
  for (const field of SYSTEM_FIELDS) {
    delete copy[field];
  }
  return copy;
}
