import { open, stat, type FileHandle } from 'node:fs/promises';
import { stripSystemFields } from '../cosmos/stored-document.js';
import type { EmbeddedData } from './embedded-account.js';
import type { DocumentChanges } from './document-changes.js';
import { deletedLine, documentLine, journalHeaderLine, journalPathOf } from './snapshot-journal.js';
import { saveSnapshot, type LoadedSnapshot, type SnapshotOptions } from './snapshot-store.js';
import { writeFileAtomically } from './write-file-atomically.js';

/** Where the data is kept and what the load found. */
export interface SnapshotPersistenceOptions {
  readonly data: EmbeddedData;
  readonly databaseName: string;
  /** The snapshot file; the journal is next to it (`journalPathOf`). */
  readonly filePath: string;
  /** What loadSnapshot restored; undefined when there was nothing to load. */
  readonly loaded?: LoadedSnapshot;
  /** The journal is compacted into a new snapshot once it is this many times the snapshot's size; default 1. */
  readonly compactionFactor?: number;
  /** …and at least this many bytes (a small or new database is not rewritten on every save); default 4 MB. */
  readonly compactionMinimumBytes?: number;
  /** Tuning passed to saveSnapshot. */
  readonly snapshotOptions?: SnapshotOptions;
}

/** Keeps the snapshot up to date at a cost proportional to what was written. */
export interface SnapshotPersistence {
  /**
   * Appends the documents written since the last save to the journal (each once, in its state now), or
   * compacts when the journal has grown past its limit or a container was created, replaced or deleted.
   */
  save(): Promise<void>;
  /** Writes every document to a new snapshot and empties the journal; nothing when nothing was written since the last one. */
  compact(): Promise<void>;
  /** Closes the journal. */
  close(): Promise<void>;
}

/**
 * Starts noting the database's writes. Call right after loadSnapshot, before the server is used, and let
 * one caller (the snapshot schedule) run `save` and `compact` one at a time.
 */
export function startSnapshotPersistence(options: SnapshotPersistenceOptions): SnapshotPersistence {
  const { data, databaseName, filePath } = options;
  const journalPath = journalPathOf(filePath);
  const changes: DocumentChanges = data.trackChanges(databaseName);
  let sequence = options.loaded?.journalSequence ?? 0;
  let snapshotBytes = options.loaded?.snapshotBytes ?? 0;
  let journalBytes = options.loaded?.journalBytes ?? 0;
  /** The journal holds entries the snapshot file does not (so a compaction is worth its cost). */
  let journalHasEntries = journalBytes > 0 && sequence > 0;
  let journal: FileHandle | undefined;

  const openJournal = async (): Promise<FileHandle> => {
    if (journal === undefined) {
      journal = await open(journalPath, 'a', 0o600);
      // Whatever follows the last complete line (a torn append) is cut off, so the next line starts clean.
      await journal.truncate(journalBytes);
      if (journalBytes === 0) {
        const header = journalHeaderLine(databaseName);
        await journal.write(header, null, 'utf8');
        journalBytes = Buffer.byteLength(header);
      }
    }
    return journal;
  };

  /** Every document now, as one snapshot that holds the journal up to `sequence`; then an empty journal. */
  const writeSnapshot = async (): Promise<void> => {
    // saveSnapshot takes its view of the documents before its first await: the writes noted after this
    // point are in the next journal lines, with numbers above the one the snapshot records.
    await saveSnapshot(data, databaseName, filePath, { ...options.snapshotOptions, journalSequence: sequence });
    snapshotBytes = (await stat(filePath)).size;
    await journal?.close();
    journal = undefined;
    const header = journalHeaderLine(databaseName);
    await writeFileAtomically(journalPath, header);
    journalBytes = Buffer.byteLength(header);
    journalHasEntries = false;
  };

  const compact = async (): Promise<void> => {
    const { containers, containersChanged } = changes.take();
    if (containers.length > 0 || containersChanged || journalHasEntries || snapshotBytes === 0) await writeSnapshot();
  };

  const save = async (): Promise<void> => {
    const limit = Math.max(options.compactionMinimumBytes ?? 4_000_000, (options.compactionFactor ?? 1) * snapshotBytes);
    const { containers, containersChanged } = changes.take();
    if (containersChanged || journalBytes > limit) return writeSnapshot();
    let text = '';
    for (const { container, documents } of containers) {
      for (const { id, partitionKey } of documents) {
        sequence += 1;
        const document = container.read(id, partitionKey);
        text +=
          document === undefined
            ? deletedLine(sequence, container.id, container.partitionKeyPaths, id, partitionKey)
            : documentLine(sequence, container.id, container.partitionKeyPaths, stripSystemFields(document));
      }
    }
    if (text === '') return;
    const handle = await openJournal();
    await handle.write(text, null, 'utf8');
    journalBytes += Buffer.byteLength(text);
    journalHasEntries = true;
  };

  return {
    save,
    compact,
    close: async () => {
      changes.stop();
      await journal?.close();
      journal = undefined;
    },
  };
}
