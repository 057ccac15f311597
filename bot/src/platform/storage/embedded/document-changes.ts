import { wrapCollection, type EmbeddedContainer, type InternalCollection, type InternalDocuments } from './embedded-container.js';

/** A document that was written (created, replaced or deleted): where to find its current state. */
export interface ChangedDocument {
  readonly id: string;
  readonly partitionKey: unknown;
}

/** What was written in one container since the last look. */
export interface ContainerChanges {
  readonly container: EmbeddedContainer;
  readonly documents: readonly ChangedDocument[];
}

/** The writes since the last {@link DocumentChanges.take}. */
export interface TakenChanges {
  readonly containers: readonly ContainerChanges[];
  /** A container was created, replaced or deleted (or the database was): its documents are not all listed. */
  readonly containersChanged: boolean;
}

/** Notes which documents of one database are written, each once however often it was written. */
export interface DocumentChanges {
  /** The documents written since the last call (or since tracking began), and forgets them. */
  take(): TakenChanges;
  /** Stops noting writes. */
  stop(): void;
}

/** Sets (or with undefined, removes) the listener told of each write in a collection. */
export type ListenToWrites = (documents: InternalDocuments, listener: ((id: string, partitionKey: unknown) => void) | undefined) => void;

/** Tracks the writes in the collections `collections()` lists (undefined while the database does not exist). */
export function trackDocumentChanges(
  collections: () => readonly InternalCollection[] | undefined,
  listen: ListenToWrites,
): DocumentChanges {
  const tracked = new Map<InternalDocuments, { collection: InternalCollection; written: Map<string, ChangedDocument> }>();
  const follow = (collection: InternalCollection): void => {
    const written = new Map<string, ChangedDocument>();
    tracked.set(collection.documents, { collection, written });
    listen(collection.documents, (id, partitionKey) => {
      written.set(`${JSON.stringify(partitionKey ?? null)}\u0000${id}`, { id, partitionKey });
    });
  };
  for (const collection of collections() ?? []) follow(collection);

  return {
    take: () => {
      const current = collections() ?? [];
      let containersChanged = current.length !== tracked.size;
      for (const collection of current) {
        if (!tracked.has(collection.documents)) {
          containersChanged = true;
          follow(collection);
        }
      }
      const present = new Set(current.map((collection) => collection.documents));
      const taken: ContainerChanges[] = [];
      for (const [documents, { collection, written }] of tracked) {
        if (!present.has(documents)) {
          listen(documents, undefined);
          tracked.delete(documents);
          continue;
        }
        if (written.size > 0 && collection.read() !== undefined) {
          taken.push({ container: wrapCollection(collection), documents: [...written.values()] });
          written.clear();
        }
      }
      return { containers: taken, containersChanged };
    },
    stop: () => {
      for (const documents of tracked.keys()) listen(documents, undefined);
      tracked.clear();
    },
  };
}
