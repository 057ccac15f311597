import { readFile } from 'node:fs/promises';
import type { Container, CosmosClient, ItemDefinition } from '@azure/cosmos';
import { stripSystemFields } from '../cosmos/stored-document.js';
import { translateCosmosError } from '../cosmos/translate-cosmos-error.js';
import {
  SNAPSHOT_FORMAT,
  parseSnapshot,
  summarizeSnapshot,
  type ContainerSnapshot,
  type CosmosSnapshot,
  type SnapshotSummary,
} from './snapshot-format.js';
import { restoreDocuments } from './restore-documents.js';
import { writeFileAtomically } from './write-file-atomically.js';

/** Tuning for saving and loading snapshots. */
export interface SnapshotOptions {
  /** Documents per page when reading (continuation-token paging); default 500. */
  readonly pageSize?: number;
  /** Batch requests (up to 100 documents each) in flight at once when loading; default 4. */
  readonly writeConcurrency?: number;
}

/**
 * Reads every container of the database through the Cosmos API (read feed paged with
 * continuation tokens) and writes one JSON file atomically. Fails (writing nothing) when the
 * database does not exist, so a good snapshot is never replaced by an empty one.
 */
export async function saveSnapshot(
  client: CosmosClient,
  databaseName: string,
  filePath: string,
  options: SnapshotOptions = {},
): Promise<SnapshotSummary> {
  const database = client.database(databaseName);
  let containers: ContainerSnapshot[];
  try {
    const { resources } = await database.containers.readAll().fetchAll();
    const sorted = [...resources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    containers = [];
    for (const definition of sorted) {
      const paths = definition.partitionKey?.paths ?? [];
      const documents = await readAllDocuments(database.container(definition.id), options.pageSize ?? 500);
      containers.push({ id: definition.id, partitionKey: { paths }, documents });
    }
  } catch (error) {
    throw translateCosmosError(error, `read database ${databaseName} for a snapshot`);
  }
  const snapshot: CosmosSnapshot = { format: SNAPSHOT_FORMAT, version: 1, savedAt: new Date().toISOString(), databaseName, containers };
  await writeFileAtomically(filePath, `${JSON.stringify(snapshot, null, 1)}\n`);
  return summarizeSnapshot(snapshot);
}

/**
 * Recreates the snapshot's database, containers (with their partition key paths) and documents.
 * Call at start, before anything uses the database. Undefined when the file does not exist;
 * DomainError('invalid-input') when it is not a snapshot. Idempotent (documents are upserted).
 */
export async function loadSnapshot(
  client: CosmosClient,
  filePath: string,
  options: SnapshotOptions = {},
): Promise<SnapshotSummary | undefined> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
  const snapshot = parseSnapshot(text, filePath);
  try {
    const { database } = await client.databases.createIfNotExists({ id: snapshot.databaseName });
    for (const entry of snapshot.containers) {
      const { container } = await database.containers.createIfNotExists({
        id: entry.id,
        partitionKey: { paths: entry.partitionKey.paths },
      });
      await restoreDocuments(container, entry.documents, {
        partitionKeyPaths: entry.partitionKey.paths,
        ...(options.writeConcurrency === undefined ? {} : { concurrency: options.writeConcurrency }),
      });
    }
  } catch (error) {
    throw translateCosmosError(error, `load the snapshot into database ${snapshot.databaseName}`);
  }
  return summarizeSnapshot(snapshot);
}

async function readAllDocuments(container: Container, pageSize: number): Promise<ContainerSnapshot['documents']> {
  const documents: ContainerSnapshot['documents'] = [];
  const iterator = container.items.readAll<ItemDefinition & { id: string }>({ maxItemCount: pageSize });
  while (iterator.hasMoreResults()) {
    const page = await iterator.fetchNext();
    for (const document of page.resources) {
      documents.push(stripSystemFields(document) as ContainerSnapshot['documents'][number]);
    }
  }
  return documents;
}
