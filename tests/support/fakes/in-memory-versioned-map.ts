import { DomainError } from '../../../bot/src/kernel/domain-error.js';
import type { Versioned } from '../../../bot/src/kernel/versioned.js';

let etagCounter = 0;

/**
 * Tenant-scoped values with ETags, as the Cosmos store keeps them: create refuses an existing
 * key, replace needs the current ETag, every read returns a copy (as a database would).
 */
export class InMemoryVersionedMap<T> {
  private readonly entries = new Map<string, { readonly tenantId: string; readonly value: T; readonly etag: string }>();

  /** The value with its ETag, or undefined. */
  read(tenantId: string, key: readonly string[]): Versioned<T> | undefined {
    const entry = this.entries.get(mapKey(tenantId, key));
    return entry === undefined ? undefined : { value: structuredClone(entry.value), etag: entry.etag };
  }

  /** Stores a new value; DomainError('conflict') when the key exists. */
  create(tenantId: string, key: readonly string[], value: T): Versioned<T> {
    if (this.entries.has(mapKey(tenantId, key))) {
      throw new DomainError('conflict', 'The document already exists.');
    }
    return this.write(tenantId, key, value);
  }

  /** Replaces the value if `etag` is current; DomainError('conflict') when it changed or is gone. */
  replace(tenantId: string, key: readonly string[], value: T, etag: string): Versioned<T> {
    if (this.entries.get(mapKey(tenantId, key))?.etag !== etag) {
      throw new DomainError('conflict', 'The document was changed or removed by someone else.');
    }
    return this.write(tenantId, key, value);
  }

  /** Creates or replaces the value regardless of its ETag. */
  set(tenantId: string, key: readonly string[], value: T): Versioned<T> {
    return this.write(tenantId, key, value);
  }

  /** Copies of all values of the tenant, in insertion order. */
  values(tenantId: string): T[] {
    return [...this.entries.values()].filter((entry) => entry.tenantId === tenantId).map((entry) => structuredClone(entry.value));
  }

  private write(tenantId: string, key: readonly string[], value: T): Versioned<T> {
    etagCounter += 1;
    const etag = `"fake-${etagCounter}"`;
    this.entries.set(mapKey(tenantId, key), { tenantId, value: structuredClone(value), etag });
    return { value: structuredClone(value), etag };
  }
}

/** Compares two strings by UTF-16 code units, as Cosmos DB's ORDER BY does. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function mapKey(tenantId: string, key: readonly string[]): string {
  return JSON.stringify([tenantId, ...key]);
}
