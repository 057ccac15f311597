import { readFile } from 'node:fs/promises';
import { DomainError } from '../../../kernel/domain-error.js';
import { stripSystemFields } from '../cosmos/stored-document.js';
import type { EmbeddedData } from './embedded-account.js';
import type { EmbeddedContainer, RawDocument } from './embedded-container.js';
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  journalSequenceOf,
  parseSnapshot,
  type CosmosSnapshot,
  type SnapshotSummary,
} from './snapshot-format.js';
import { journalPathOf, parseJournal, type JournalEntry } from './snapshot-journal.js';
import { writeFileAtomically } from './write-file-atomically.js';

/** Tuning for saving and loading snapshots. */
export interface SnapshotOptions {
  /** The longest stretch of work between two turns of the event loop while saving or loading; default 5 ms. */
  readonly sliceMs?: number;
  /** Saving: the last journal entry the saved documents include (snapshot-persistence.ts); default 0. */
  readonly journalSequence?: number;
}

const DEFAULT_SLICE_MS = 5;

/**
 * Writes every container of the database, read straight from the embedded server's memory, to
 * one JSON file (snapshot format version 2, one document per line) atomically. The documents are
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
  const header = { savedAt, databaseName, journalSequence: options.journalSequence ?? 0 };
  await writeFileAtomically(filePath, snapshotText(header, views, options.sliceMs ?? DEFAULT_SLICE_MS));
  return {
    databaseName,
    containers: views.length,
    documents: views.reduce((sum, view) => sum + view.documents.length, 0),
  };
}

/** What a load restored, and what the persistence that goes on from it needs to know. */
export interface LoadedSnapshot extends SnapshotSummary {
  /** The last journal entry now in memory (the next one written gets a higher number); 0 without a journal. */
  readonly journalSequence: number;
  /** The snapshot file's size in bytes (0 when there was only a journal). */
  readonly snapshotBytes: number;
  /** The journal's complete lines in bytes (0 when there was none). */
  readonly journalBytes: number;
}

/**
 * Recreates the snapshot's database, containers (with their partition key paths; an existing
 * container, e.g. made by ensureStorage with its indexes, is kept and filled) and documents, and on
 * top of them the journal's entries after the snapshot's (the last state of each document wins; a
 * torn last line is left out). Documents go straight into the server's memory as its `create` would
 * store them ({@link EmbeddedContainer.restore}); a document already there is upserted. Call at start,
 * before anything uses the database. Undefined when neither file exists; DomainError('invalid-input')
 * when the file is not a snapshot or the journal is broken before its last line. Idempotent.
 */
export async function loadSnapshot(
  data: EmbeddedData,
  filePath: string,
  options: SnapshotOptions = {},
): Promise<LoadedSnapshot | undefined> {
  let text = await readIfExists(filePath);
  const journalPath = journalPathOf(filePath);
  const journalText = await readIfExists(journalPath);
  if (text === undefined && journalText === undefined) {
    return undefined;
  }
  const snapshot = text === undefined ? undefined : parseSnapshot(text, filePath);
  const snapshotBytes = text === undefined ? 0 : Buffer.byteLength(text);
  // The file's text (twice its size in memory once it holds a non-ASCII character) is not needed past the parse;
  // held through the restore, it makes the collector run more often while the documents go in.
  text = undefined;
  const journal = journalText === undefined ? undefined : parseJournal(journalText, journalPath);
  const databaseName = snapshot?.databaseName ?? journal?.databaseName;
  if (databaseName === undefined || databaseName === '') {
    return undefined; // only a journal torn in its first line: nothing was ever written to it
  }
  if (journal !== undefined && journal.databaseName !== '' && journal.databaseName !== databaseName) {
    throw new DomainError(
      'invalid-input',
      `The Cosmos snapshot journal ${journalPath} belongs to another database than ${filePath}. Move both away to start with an empty database.`,
    );
  }
  const snapshotSequence = snapshot === undefined ? 0 : journalSequenceOf(snapshot);
  const entries = (journal?.entries ?? []).filter((entry) => entry.sequence > snapshotSequence);
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  let documents = 0;
  const containers = new Set<string>();
  for (const { id, partitionKey, documents: stored } of containersToRestore(snapshot, entries)) {
    const container = data.ensureContainer(databaseName, id, partitionKey.paths);
    containers.add(id);
    documents += await restoreAll(container, stored, entriesFor(entries, id), sliceMs, filePath);
  }
  return {
    databaseName,
    containers: containers.size,
    documents,
    journalSequence: Math.max(snapshotSequence, entries.at(-1)?.sequence ?? 0),
    snapshotBytes,
    journalBytes: journal?.completeLength ?? 0,
  };
}

async function readIfExists(filePath: string): Promise<string | undefined> {
  try {
    return await readFile(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
}

/** The snapshot's containers, then any container only the journal names. */
function containersToRestore(snapshot: CosmosSnapshot | undefined, entries: readonly JournalEntry[]): CosmosSnapshot['containers'] {
  const containers = [...(snapshot?.containers ?? [])];
  for (const entry of entries) {
    if (!containers.some((container) => container.id === entry.container)) {
      containers.push({ id: entry.container, partitionKey: { paths: entry.partitionKeyPaths }, documents: [] });
    }
  }
  return containers;
}

function entriesFor(entries: readonly JournalEntry[], containerId: string): readonly JournalEntry[] {
  return entries.filter((entry) => entry.container === containerId);
}

interface ContainerView {
  readonly container: EmbeddedContainer;
  readonly documents: readonly RawDocument[];
}

/** The snapshot file's text in pieces of about `sliceMs` of work each, system fields stripped. */
async function* snapshotText(
  { savedAt, databaseName, journalSequence }: { readonly savedAt: string; readonly databaseName: string; readonly journalSequence: number },
  views: readonly ContainerView[],
  sliceMs: number,
): AsyncGenerator<string> {
  yield `{"format":${JSON.stringify(SNAPSHOT_FORMAT)},"version":${SNAPSHOT_VERSION},"savedAt":${JSON.stringify(savedAt)},"databaseName":${JSON.stringify(databaseName)},"journalSequence":${journalSequence},"containers":[`;
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

/**
 * Puts the container's snapshot documents and its journal entries into memory, each document once in its
 * last state: a document the journal wrote or deleted is taken from the journal, not the snapshot.
 * Returns how many documents the container holds from them.
 */
async function restoreAll(
  container: EmbeddedContainer,
  stored: readonly RawDocument[],
  entries: readonly JournalEntry[],
  sliceMs: number,
  filePath: string,
): Promise<number> {
  const keyOf = (id: string, partitionKey: unknown): string => `${JSON.stringify(partitionKey ?? null)}\u0000${id}`;
  const journaled = new Map<string, { readonly id: string; readonly partitionKey: unknown; readonly document?: RawDocument }>();
  for (const entry of entries) {
    if (entry.document !== undefined) {
      const partitionKey = container.partitionKeyOf(entry.document);
      journaled.set(keyOf(entry.document.id, partitionKey), { id: entry.document.id, partitionKey, document: entry.document });
    } else if (entry.deleted !== undefined) {
      journaled.set(keyOf(entry.deleted.id, entry.deleted.partitionKey), entry.deleted);
    }
  }
  const fromSnapshot =
    journaled.size === 0 ? stored : stored.filter((document) => !journaled.has(keyOf(document.id, container.partitionKeyOf(document))));
  const fromJournal: RawDocument[] = [];
  for (const { id, partitionKey, document } of journaled.values()) {
    if (document !== undefined) fromJournal.push(document);
    else container.remove(id, partitionKey); // when loaded twice, a document the journal deleted goes too
  }
  const all = [...fromSnapshot, ...fromJournal];
  let sliceStart = performance.now();
  const slice: RawDocument[] = [];
  const flush = (): void => {
    try {
      container.restore(slice);
    } catch (error) {
      throw new DomainError(
        'invalid-input',
        `The Cosmos snapshot ${filePath} cannot be loaded: the embedded server refused a document of container ${container.id}. Move the file away to start with an empty database.`,
        { cause: error },
      );
    }
    slice.length = 0;
  };
  for (const document of all) {
    slice.push(document);
    if (slice.length >= 256 && performance.now() - sliceStart >= sliceMs) {
      flush();
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
  flush();
  return all.length;
}
