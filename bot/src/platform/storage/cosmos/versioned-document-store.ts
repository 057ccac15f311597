import { BulkOperationType, type Container, type ItemDefinition, type Resource } from '@azure/cosmos';
import { DomainError, isDomainError } from '../../../kernel/domain-error.js';
import type { Versioned } from '../../../kernel/versioned.js';
import { buildDocumentQuery, type DocumentQuery } from './document-query.js';
import { docId } from './document-id.js';
import type { StoredDocument } from './stored-document.js';
import { translateCosmosError } from './translate-cosmos-error.js';

/** What the store needs to know about one kind of domain value. */
export interface DocumentKind<T> {
  /** The `type` discriminator and first id part, e.g. `user`. */
  readonly type: string;
  /** The value's tenant (its partition key). */
  tenantIdOf(value: T): string;
  /** The value's key within tenant and type, e.g. `[user.id]`; `[]` for one document per tenant. */
  keyOf(value: T): readonly string[];
  /**
   * Fields derived from the value and stored beside it as `index` (never read back), so a query can
   * filter and sort on one indexed scalar instead of scanning inside arrays, e.g. a checklist's
   * earliest open due date. Computed on every write, so no caller can forget it.
   */
  indexOf?(value: T): DocumentIndex;
}

/** Derived, queryable fields of a document (see {@link DocumentKind.indexOf}). */
export type DocumentIndex = Readonly<Record<string, string | number | boolean | null | readonly string[]>>;

/** Options for {@link VersionedDocumentStore.update}. */
export interface UpdateOptions {
  /** How many read–write rounds to try before giving up with `conflict` (default 5). */
  readonly maxAttempts?: number;
}

/** One page of a query, with the token that fetches the next one. */
export interface DocumentPage<T> {
  readonly items: Versioned<T>[];
  /** Pass back to get the next page; absent on the last page. */
  readonly continuationToken?: string;
}

const DEFAULT_MAX_ATTEMPTS = 5;
/** Cosmos DB's limit of operations in one transactional batch. */
const MAX_BATCH_OPERATIONS = 100;

/**
 * Typed, tenant-partitioned access to one document type in one container, with optimistic
 * concurrency: `create` fails with `conflict` when the id exists, `replace` only succeeds with the
 * current ETag (`If-Match`), `update` is read–modify–replace retried on conflict. Every error is
 * a DomainError; returned values are the domain values without Cosmos fields.
 * A new aggregate needs only a {@link DocumentKind}: `new VersionedDocumentStore(container, kind)`.
 */
export class VersionedDocumentStore<T> {
  constructor(
    private readonly container: Container,
    private readonly kind: DocumentKind<T>,
  ) {}

  /** The value with its ETag, or undefined when it does not exist in this tenant. */
  async read(tenantId: string, key: readonly string[]): Promise<Versioned<T> | undefined> {
    const id = this.idOf(tenantId, key);
    try {
      const response = await this.container.item(id, tenantId).read<StoredDocument<T>>();
      return response.resource === undefined ? undefined : this.toVersioned(response.resource);
    } catch (error) {
      if (isNotFound(error)) {
        return undefined;
      }
      throw translateCosmosError(error, `read a ${this.kind.type}`);
    }
  }

  /** Writes a new document; DomainError('conflict') when one with the same key exists. */
  async create(value: T): Promise<Versioned<T>> {
    const document = this.toDocument(value);
    try {
      const response = await this.container.items.create<StoredDocument<T>>(document);
      return this.toVersioned(requireResource(response.resource, `create a ${this.kind.type}`));
    } catch (error) {
      throw translateCosmosError(error, `create a ${this.kind.type}`);
    }
  }

  /**
   * Writes the document whether or not it exists (one write, no read); last writer wins. Only for
   * values where the newest write is all that matters (a coalesced outbox message, a household's
   * names); anything read–modify–written uses {@link replace} or {@link update}.
   */
  async upsert(value: T): Promise<Versioned<T>> {
    const operation = `upsert a ${this.kind.type}`;
    try {
      const response = await this.container.items.upsert<StoredDocument<T>>(this.toDocument(value));
      return this.toVersioned(requireResource(response.resource, operation));
    } catch (error) {
      throw translateCosmosError(error, operation);
    }
  }

  /**
   * Creates or replaces several documents of one tenant (last writer wins) in one transactional
   * batch per 100, so a household's records cost one round trip, not one per person. On Azure Cosmos
   * DB a batch is all or nothing; the embedded server applies it operation by operation, so callers
   * keep their writes idempotent (a retry writes the same documents again).
   */
  async upsertMany(values: readonly T[]): Promise<void> {
    if (values.length === 0) return;
    const tenantId = this.kind.tenantIdOf(values[0]!);
    if (values.some((value) => this.kind.tenantIdOf(value) !== tenantId)) {
      throw new DomainError('invalid-input', `upsertMany writes one tenant's ${this.kind.type} documents at a time.`);
    }
    const operation = `upsert ${values.length} ${this.kind.type} documents`;
    for (let start = 0; start < values.length; start += MAX_BATCH_OPERATIONS) {
      const operations = values
        .slice(start, start + MAX_BATCH_OPERATIONS)
        .map((value) => ({ operationType: BulkOperationType.Upsert, partitionKey: tenantId, resourceBody: this.toDocument(value) }));
      let response;
      try {
        response = await this.container.items.batch(operations, tenantId);
      } catch (error) {
        throw translateCosmosError(error, operation);
      }
      const failed = (response.result ?? []).find((result) => result.statusCode >= 400);
      if (failed || (response.code ?? 200) >= 400) {
        throw translateCosmosError({ code: failed?.statusCode ?? response.code }, operation);
      }
    }
  }

  /** Replaces the document if `etag` is still current; DomainError('conflict') when it changed or is gone. */
  async replace(value: T, etag: string): Promise<Versioned<T>> {
    const document = this.toDocument(value);
    const operation = `replace a ${this.kind.type}`;
    try {
      const response = await this.container
        .item(document.id, document.tenantId)
        .replace<StoredDocument<T>>(document, { accessCondition: { type: 'IfMatch', condition: etag } });
      return this.toVersioned(requireResource(response.resource, operation));
    } catch (error) {
      const translated = translateCosmosError(error, operation);
      // The version the caller holds no longer exists: for an ETag write that is a conflict too.
      throw translated.code === 'not-found' ? new DomainError('conflict', translated.message, { cause: error }) : translated;
    }
  }

  /**
   * Reads the current value (or undefined), applies `mutate` and writes the result with `create`
   * or `replace`-if-match, starting over when another writer got there first. `mutate` may run
   * more than once, so it must be pure. It must keep the tenant and key.
   */
  async update(
    tenantId: string,
    key: readonly string[],
    mutate: (current: T | undefined) => T,
    options: UpdateOptions = {},
  ): Promise<Versioned<T>> {
    const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    let lastConflict: DomainError | undefined;
    for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
      const current = await this.read(tenantId, key);
      const next = mutate(current?.value);
      this.requireSameKey(next, tenantId, key);
      try {
        return current === undefined ? await this.create(next) : await this.replace(next, current.etag);
      } catch (error) {
        if (!isDomainError(error, 'conflict')) {
          throw error;
        }
        lastConflict = error;
      }
    }
    throw new DomainError('conflict', `A ${this.kind.type} kept changing; gave up after ${maxAttempts} attempts.`, {
      cause: lastConflict,
    });
  }

  /** All matching values of this type in the tenant (single-partition, parameterised). */
  async query(tenantId: string, query: DocumentQuery = {}): Promise<Versioned<T>[]> {
    const spec = buildDocumentQuery(requireTenantId(tenantId), this.kind.type, query);
    try {
      const { resources } = await this.container.items.query<StoredDocument<T> & Resource>(spec, { partitionKey: tenantId }).fetchAll();
      return resources.map((document) => this.toVersioned(document));
    } catch (error) {
      throw translateCosmosError(error, `query ${this.kind.type} documents`);
    }
  }

  /** One page of matching values; pass the returned token back for the next page. */
  async queryPage(
    tenantId: string,
    query: DocumentQuery,
    page: { readonly maxItemCount: number; readonly continuationToken?: string },
  ): Promise<DocumentPage<T>> {
    const spec = buildDocumentQuery(requireTenantId(tenantId), this.kind.type, query);
    try {
      const response = await this.container.items
        .query<StoredDocument<T> & Resource>(spec, {
          partitionKey: tenantId,
          maxItemCount: page.maxItemCount,
          continuationToken: page.continuationToken,
        })
        .fetchNext();
      const items = response.resources.map((document) => this.toVersioned(document));
      return response.continuationToken ? { items, continuationToken: response.continuationToken } : { items };
    } catch (error) {
      throw translateCosmosError(error, `query ${this.kind.type} documents`);
    }
  }

  /** Deletes the document; deleting one that does not exist is not an error (idempotent). */
  async delete(tenantId: string, key: readonly string[]): Promise<void> {
    const id = this.idOf(tenantId, key);
    try {
      await this.container.item(id, tenantId).delete();
    } catch (error) {
      if (isNotFound(error)) return;
      throw translateCosmosError(error, `delete a ${this.kind.type}`);
    }
  }

  private idOf(tenantId: string, key: readonly string[]): string {
    requireTenantId(tenantId);
    return docId(this.kind.type, ...key);
  }

  private toDocument(value: T): StoredDocument<T> & ItemDefinition {
    const tenantId = this.kind.tenantIdOf(value);
    const document = { id: this.idOf(tenantId, this.kind.keyOf(value)), tenantId, type: this.kind.type, data: value };
    return this.kind.indexOf ? { ...document, index: this.kind.indexOf(value) } : document;
  }

  private toVersioned(document: StoredDocument<T> & Partial<Resource>): Versioned<T> {
    if (typeof document._etag !== 'string') {
      throw new DomainError('storage-unavailable', `Cosmos DB returned a ${this.kind.type} without an ETag.`);
    }
    return { value: document.data, etag: document._etag };
  }

  private requireSameKey(value: T, tenantId: string, key: readonly string[]): void {
    if (this.kind.tenantIdOf(value) !== tenantId || docId(this.kind.type, ...this.kind.keyOf(value)) !== docId(this.kind.type, ...key)) {
      throw new DomainError('invalid-input', `An update may not change a ${this.kind.type}'s tenant or key.`);
    }
  }
}

function requireTenantId(tenantId: string): string {
  if (typeof tenantId !== 'string' || tenantId.length === 0) {
    throw new DomainError('invalid-input', 'A tenant id is required.');
  }
  return tenantId;
}

function requireResource<R>(resource: R | undefined, operation: string): R {
  if (resource === undefined) {
    throw new DomainError('storage-unavailable', `Cosmos DB did not confirm the attempt to ${operation}.`);
  }
  return resource;
}

function isNotFound(error: unknown): boolean {
  return translateCosmosError(error, 'read').code === 'not-found';
}
