import { readFile } from 'node:fs/promises';
import { DomainError } from '../../../kernel/domain-error.js';
import { stripSystemFields } from '../cosmos/stored-document.js';
import type { EmbeddedContainer, EmbeddedData, RawDocument } from './embedded-account.js';
import { SNAPSHOT_FORMAT, parseSnapshot, summarizeSnapshot, type SnapshotSummary } from './snapshot-format.js';
import { writeFileAtomically } from './write-file-atomically.js';

/** Tuning for saving and loading snapshots. */
export interface SnapshotOptions {
  /** The longest stretch of work between two turns of the event loop while saving or loading; default 5 ms. */
  readonly sliceMs?: number;
}

const DEFAULT_SLICE_MS = 5;

/**
 * Writes every container of the database, read straight from the embedded server's memory, to
 * one JSON file (snapshot format version 1, one document per line) atomically. The documents are
 * those there when the save starts (a write during the save is in the next one). The work is cut
 * into slices of a few milliseconds, each written before the next is made, so requests are
 * answered meanwhile. Fails (writing nothing) when the database does not exist, so a good
 * snapshot is never replaced by an empty one.
 */
export async function saveSnapshot(
  data: EmbeddedData,
  databaseName: string,
  filePath: string,
  options: SnapshotOptions = {},
): Promise<SnapshotSummary> {
  const containers = data.containers(databaseName);
  if (containers === undefined) {
    throw new DomainError(
      'not-found',
      `The database ${databaseName} does not exist on the embedded Cosmos DB server; no snapshot was written.`,
    );
  }
  // Taken together, before the first slice: one point in time for the whole database.
  const views = containers.map((container) => ({ container, documents: container.documents() }));
  const savedAt = new Date().toISOString();
  await writeFileAtomically(filePath, snapshotText(databaseName, savedAt, views, options.sliceMs ?? DEFAULT_SLICE_MS));
  return {
    databaseName,
    containers: views.length,
    documents: views.reduce((sum, view) => sum + view.documents.length, 0),
  };
}

/**
 * Recreates the snapshot's database, containers (with their partition key paths; an existing
 * container, e.g. made by ensureStorage with its indexes, is kept and filled) and documents,
 * written through the server's own collection API in memory. Call at start, before anything uses
 * the database. Undefined when the file does not exist; DomainError('invalid-input') when it is
 * not a snapshot. Idempotent (documents are upserted).
 */
export async function loadSnapshot(
  data: EmbeddedData,
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
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  for (const entry of snapshot.containers) {
    const container = data.ensureContainer(snapshot.databaseName, entry.id, entry.partitionKey.paths);
    await upsertAll(container, entry.documents, sliceMs, filePath);
  }
  return summarizeSnapshot(snapshot);
}

interface ContainerView {
  readonly container: EmbeddedContainer;
  readonly documents: readonly RawDocument[];
}

/** The snapshot file's text in pieces of about `sliceMs` of work each, system fields stripped. */
async function* snapshotText(
  databaseName: string,
  savedAt: string,
  views: readonly ContainerView[],
  sliceMs: number,
): AsyncGenerator<string> {
  yield `{"format":${JSON.stringify(SNAPSHOT_FORMAT)},"version":1,"savedAt":${JSON.stringify(savedAt)},"databaseName":${JSON.stringify(databaseName)},"containers":[`;
  for (const [index, { container, documents }] of views.entries()) {
    let piece = `${index === 0 ? '' : ','}\n{"id":${JSON.stringify(container.id)},"partitionKey":${JSON.stringify({ paths: container.partitionKeyPaths })},"documents":[`;
    let sliceStart = performance.now();
    for (const [position, document] of documents.entries()) {
      piece += `${position === 0 ? '' : ','}\n${JSON.stringify(stripSystemFields(document))}`;
      if (performance.now() - sliceStart >= sliceMs) {
        yield piece;
        piece = '';
        sliceStart = performance.now();
      }
    }
    yield `${piece}\n]}`;
  }
  yield '\n]}\n';
}

async function upsertAll(
  container: EmbeddedContainer,
  documents: readonly RawDocument[],
  sliceMs: number,
  filePath: string,
): Promise<void> {
  let sliceStart = performance.now();
  for (const document of documents) {
    try {
      container.upsert(document);
    } catch (error) {
      throw new DomainError(
        'invalid-input',
        `The Cosmos snapshot ${filePath} cannot be loaded: the embedded server refused a document of container ${container.id}. Move the file away to start with an empty database.`,
        { cause: error },
      );
    }
    if (performance.now() - sliceStart >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}
