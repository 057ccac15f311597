import { randomUUID } from 'node:crypto';

/*
 * One collection of `@vercel/cosmosdb-server` 1.0.1, read and written in memory. With embedded-account.ts the
 * only file that knows the package's internals (tests/bot/platform/storage/embedded/embedded-account.test.ts
 * fails when an upgrade changes them).
 */

/** A raw document as the embedded server holds it, system fields included. */
export type RawDocument = Readonly<Record<string, unknown>> & { readonly id: string };

/** A document to write; the server adds `_rid`, `_etag`, `_self` and `_ts`. */
export type NewDocument = Readonly<Record<string, unknown>> & { readonly id: string };

/** The package's `Documents` (lib/account/documents.js, extends lib/account/items.js): the parts used here. */
export interface InternalDocuments {
  readonly _data: Map<string, { read(): RawDocument | undefined }>;
  readonly _index: Map<string, string>;
  readonly _uniqueKeyPaths: readonly string[];
  _ridCount: number;
  upsert(data: Record<string, unknown>): RawDocument;
  delete(idOrRid: string, partition: unknown): void;
  _item(keyPath: string, value: unknown, partition: unknown): { read(): RawDocument | undefined };
  _set(data: Record<string, unknown>): RawDocument;
  _getId(keyPath: string, value: unknown, partition: unknown): string;
  _getPartition(data: Readonly<Record<string, unknown>>): unknown;
  _self(rid: string): string;
}

/** The package's `Collection` (lib/account/collection.js): the parts used here. */
export interface InternalCollection {
  read(): { readonly id: string; readonly _rid: string; readonly partitionKey?: { readonly paths?: readonly string[] } } | undefined;
  readonly documents: InternalDocuments;
}

/** One container of the account, read and written in memory (no HTTP, no query engine). */
export interface EmbeddedContainer {
  readonly id: string;
  readonly partitionKeyPaths: readonly string[];
  /** The documents as they are now (system fields included): a list of their current versions, unaffected by later writes. */
  documents(): readonly RawDocument[];
  /** The document now stored under the id and partition key value, or undefined. */
  read(id: string, partitionKey: unknown): RawDocument | undefined;
  /** The document's partition key value, as the server files it. */
  partitionKeyOf(document: Readonly<Record<string, unknown>>): unknown;
  /** Creates or replaces the document (by id and partition key), through the server's own collection API. */
  upsert(document: NewDocument): void;
  /** Deletes the document with the id and partition key value; false when there was none. */
  remove(id: string, partitionKey: unknown): boolean;
  /**
   * Stores documents as new ones, as the server's `create` would (`_rid` in its sequence, a new `_etag`, `_self`
   * and `_ts`), without its per-document costs (a big-integer `_rid`, a copy, a lookup per unique key). A document
   * whose id is already stored in its partition is upserted instead. The documents are not copied: each becomes the
   * stored one, its old system fields replaced, so the caller must not keep or change them (they come from a parse).
   */
  restore(documents: Iterable<Record<string, unknown> & { readonly id: string }>): void;
}

/** The collection behind the {@link EmbeddedContainer} interface. */
export function wrapCollection(collection: InternalCollection): EmbeddedContainer {
  const definition = collection.read();
  if (definition === undefined) {
    throw new Error('The embedded Cosmos DB server lost a collection while it was being read.');
  }
  const items = collection.documents;
  return {
    id: definition.id,
    partitionKeyPaths: [...(definition.partitionKey?.paths ?? [])],
    // The server never changes a stored document object: a write stores a new one (replace = delete + set),
    // so this list of the objects there now is a point-in-time view.
    documents: () => {
      const documents: RawDocument[] = [];
      for (const item of items._data.values()) {
        const document = item.read();
        if (document !== undefined) {
          documents.push(document);
        }
      }
      return documents;
    },
    read: (id, partitionKey) => items._item('/id', id, partitionKey).read(),
    partitionKeyOf: (document) => items._getPartition(document),
    upsert: (document) => {
      items.upsert({ ...document });
    },
    remove: (id, partitionKey) => {
      if (items._item('/id', id, partitionKey).read() === undefined) return false;
      items.delete(id, partitionKey);
      return true;
    },
    restore: (documents) => restoreInto(items, definition._rid, documents),
  };
}

function restoreInto(
  items: InternalDocuments,
  collectionRid: string,
  documents: Iterable<Record<string, unknown> & { readonly id: string }>,
): void {
  // A document's _rid is the collection's 8 bytes, then the sequence number (int32 LE) and four zero bytes:
  // byte for byte what Documents._rid builds through big-integer and int64-buffer (checked in embedded-account.test.ts).
  const rid = Buffer.alloc(16);
  Buffer.from(collectionRid, 'base64').copy(rid, 0, 0, 8);
  const checkOnlyId = items._uniqueKeyPaths.length === 1 && items._uniqueKeyPaths[0] === '/id';
  const ts = Math.floor(Date.now() / 1000);
  for (const document of documents) {
    if (!checkOnlyId || items._index.has(items._getId('/id', document.id, items._getPartition(document)))) {
      items.upsert({ ...document });
      continue;
    }
    items._ridCount += 1;
    rid.fill(0, 8);
    rid.writeInt32LE(items._ridCount | 0, 8);
    const _rid = rid.toString('base64');
    // In place: a copy of each of 150,000 parsed documents cost more than everything else here.
    document._etag = randomUUID();
    document._rid = _rid;
    document._self = items._self(_rid);
    document._ts = ts;
    items._set(document);
  }
}
