import type { Container, JSONObject, OperationInput } from '@azure/cosmos';
import { DomainError } from '../../../kernel/domain-error.js';

/** How documents are written back into a container. */
export interface RestoreDocumentsOptions {
  /** The container's partition key paths, e.g. `['/tenantId']`. */
  readonly partitionKeyPaths: readonly string[];
  /** Batch requests in flight at once; default 4. */
  readonly concurrency?: number;
}

/** Cosmos DB's limit of operations in one batch request. */
const MAX_OPERATIONS_PER_BATCH = 100;

type Document = Readonly<Record<string, unknown>> & { readonly id: string };

/**
 * Upserts the documents in batch requests of up to 100 documents that share a partition key
 * (one request instead of 100), a few batches at a time over the kept-alive connection.
 * No byte limit per batch: the embedded server has none, and snapshots exist only there.
 * Documents without a plain partition key value are upserted one by one. A batch is not
 * atomic on the embedded server, which is fine here: upserts make a repeated restore harmless.
 */
export async function restoreDocuments(
  container: Container,
  documents: readonly Document[],
  options: RestoreDocumentsOptions,
): Promise<void> {
  const { batches, singles } = planBatches(documents, options.partitionKeyPaths);
  const work: (() => Promise<void>)[] = [
    ...batches.map((batch) => () => writeBatch(container, batch)),
    ...singles.map((document) => async () => {
      await container.items.upsert(document);
    }),
  ];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < work.length) {
      const task = work[next];
      next += 1;
      await task?.();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
}

interface Batch {
  readonly partitionKey: string | number | boolean;
  readonly documents: Document[];
}

function planBatches(documents: readonly Document[], partitionKeyPaths: readonly string[]): { batches: Batch[]; singles: Document[] } {
  const path = partitionKeyPaths.length === 1 ? partitionKeyPaths[0]?.slice(1).split('/') : undefined;
  const open = new Map<string | number | boolean, Batch>();
  const batches: Batch[] = [];
  const singles: Document[] = [];
  for (const document of documents) {
    const partitionKey = path === undefined ? undefined : valueAt(document, path);
    if (partitionKey === undefined) {
      singles.push(document);
      continue;
    }
    let batch = open.get(partitionKey);
    if (batch === undefined || batch.documents.length >= MAX_OPERATIONS_PER_BATCH) {
      batch = { partitionKey, documents: [] };
      open.set(partitionKey, batch);
      batches.push(batch);
    }
    batch.documents.push(document);
  }
  return { batches, singles };
}

/** The scalar at the path, or undefined when there is none (then the document is upserted alone). */
function valueAt(document: Document, path: readonly string[]): string | number | boolean | undefined {
  let value: unknown = document;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) {
      return undefined;
    }
    value = (value as Record<string, unknown>)[segment];
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
}

async function writeBatch(container: Container, batch: Batch): Promise<void> {
  const operations: OperationInput[] = batch.documents.map((document) => ({
    operationType: 'Upsert',
    partitionKey: batch.partitionKey,
    resourceBody: document as JSONObject,
  }));
  const response = await container.items.batch(operations, batch.partitionKey);
  const failed = (response.result ?? []).find((result) => result.statusCode >= 400);
  if (response.result === undefined || response.result.length !== operations.length || failed !== undefined) {
    throw new DomainError(
      'storage-unavailable',
      `A batch of ${operations.length} documents could not be restored into container ${container.id} (status ${failed?.statusCode ?? response.code ?? 'unknown'}).`,
    );
  }
}
