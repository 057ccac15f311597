import type { Container } from '@azure/cosmos';

/** Default database name; override it with StorageLayoutOptions.databaseName. */
export const DEFAULT_DATABASE_NAME = 'introteam';

/** Every container is partitioned on the Entra tenant id, so hot queries stay single-partition. */
export const PARTITION_KEY_PATH = '/tenantId';

/** The containers Introteam uses, by role. */
export const CONTAINER_NAMES = {
  /** Tenants, users, units, channel bindings, conversations, settlements, flows…, told apart by `type`. */
  core: 'core',
  /** Names, birth dates, identity numbers: kept apart from everything else. */
  personalData: 'personal-data',
  /** Append-only audit entries. */
  audit: 'audit',
  /** Outgoing Teams messages waiting to be sent (retry with backoff). */
  outbox: 'outbox',
} as const;

/**
 * Composite indexes per container: an `ORDER BY` on two fields needs one (Azure Cosmos DB and the
 * embedded server both refuse the query without it). The settlement list pages by arrival date,
 * newest first, with the settlement id as tie-breaker, so a page boundary is exact; the audit log likewise.
 */
export const COMPOSITE_INDEXES: Readonly<Partial<Record<ContainerRole, readonly CompositePath[][]>>> = {
  core: [
    [
      { path: '/data/arrivalDate', order: 'descending' },
      { path: '/data/id', order: 'descending' },
    ],
  ],
  // The audit log pages newest first, the entry id as tie-breaker.
  audit: [
    [
      { path: '/data/at', order: 'descending' },
      { path: '/data/id', order: 'descending' },
    ],
  ],
};

/** One path of a composite index. */
export interface CompositePath {
  readonly path: string;
  readonly order: 'ascending' | 'descending';
}

/** The role of a container in {@link CONTAINER_NAMES}. */
export type ContainerRole = keyof typeof CONTAINER_NAMES;

/** The containers, ready to inject into repositories. */
export interface StorageContainers {
  readonly core: Container;
  readonly personalData: Container;
  readonly audit: Container;
  readonly outbox: Container;
}
