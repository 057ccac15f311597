import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { trackDocumentChanges, type DocumentChanges } from './document-changes.js';
import { wrapCollection, type EmbeddedContainer, type InternalCollection, type InternalDocuments } from './embedded-container.js';
import { linearQueryAccumulation } from './linear-query-accumulation.js';

/*
 * With embedded-container.ts the only file that knows `@vercel/cosmosdb-server`'s internals (pinned to 1.0.1
 * in package.json; tests/bot/platform/storage/embedded/embedded-account.test.ts fails when an upgrade changes them).
 * The package has no `exports` map, so its `lib/` modules can be required directly.
 */

/** The parts of the server's in-memory `Items` (documents, collections, databases) used here. */
interface InternalItems<T, Stored = { read(): T | undefined }> {
  readonly _data: Map<string, Stored>;
  create(data: Record<string, unknown>): T;
  upsert(data: Record<string, unknown>): T;
}

interface InternalDatabase {
  read(): { readonly id: string } | undefined;
  collection(id: string): InternalCollection;
  readonly collections: InternalItems<{ readonly id: string }, InternalCollection>;
}

/** The server's in-memory account: databases → collections → documents. */
export interface InternalAccount {
  database(id: string): InternalDatabase;
  readonly databases: InternalItems<{ readonly id: string }>;
}

/** A route handler of the package: answers one request against the account, returns the JSON body. */
type RouteHandler = (account: InternalAccount, request: IncomingMessage, response: ServerResponse, params: unknown) => Promise<unknown>;

const require = createRequire(import.meta.url);
const PACKAGE = '@vercel/cosmosdb-server';

/** The package's folder (its certificate and key are `cert.pem` and `key.pem` in it). */
export const EMBEDDED_PACKAGE_FOLDER = require.resolve(`${PACKAGE}/package.json`).replace(/[/\\]package\.json$/, '');

const AccountClass = defaultExport<new (host: string, port: number) => InternalAccount>('lib/account/index.js');
tuneQueryEngine();
const writeListeners = new WeakMap<InternalDocuments, (id: string, partitionKey: unknown) => void>();
reportDocumentWrites();
const findRoute = defaultExport<(request: IncomingMessage) => [unknown, RouteHandler] | undefined>('lib/routes.js');

function defaultExport<T>(path: string): T {
  const loaded = require(`${PACKAGE}/${path}`) as { default?: unknown };
  if (loaded.default === undefined) {
    throw new Error(`${PACKAGE}/${path} has no default export; the embedded server's internals changed (expected version 1.0.1).`);
  }
  return loaded.default as T;
}

/** Parsed queries kept for reuse: the SQL texts Introteam sends are few and parameterised. */
const PARSED_QUERIES_KEPT = 500;

/**
 * Patches the query engine the package uses (its own dependency @zeit/cosmosdb-query 0.7.2): the
 * JavaScript a query compiles to collects rows in linear time ({@link linearQueryAccumulation}),
 * and a query's SQL is parsed once, not on every request (the package parses a single-partition
 * query's text anew each time to check its partition key; the outbox's due query took 0.3–0.6 s).
 */
function tuneQueryEngine(): void {
  const engine = createRequire(require.resolve(`${PACKAGE}/package.json`))('@zeit/cosmosdb-query') as {
    default?: (sql: string) => object;
  };
  const parse = engine.default;
  if (typeof parse !== 'function') {
    throw new Error(`${PACKAGE}'s query engine has no default export; the embedded server's internals changed (expected version 1.0.1).`);
  }
  const prototype = Object.getPrototypeOf(parse('SELECT * FROM c')) as object;
  const original = Object.getOwnPropertyDescriptor(prototype, 'code');
  if (!original?.get) {
    throw new Error(
      `${PACKAGE}'s query engine has no compiled \`code\`; the embedded server's internals changed (expected version 1.0.1).`,
    );
  }
  const compiled = original.get;
  const linear = new WeakMap<object, string>();
  Object.defineProperty(prototype, 'code', {
    configurable: true,
    get(this: object): string {
      let code = linear.get(this);
      if (code === undefined) {
        code = linearQueryAccumulation(compiled.call(this) as string);
        linear.set(this, code);
      }
      return code;
    },
  });
  // The package calls `default` through the module object at each request, so replacing it reaches every caller.
  const parsed = new Map<string, object>();
  engine.default = (sql: string) => {
    let query = parsed.get(sql);
    if (query === undefined) {
      query = parse(sql);
      if (parsed.size >= PARSED_QUERIES_KEPT) parsed.delete(parsed.keys().next().value!);
      parsed.set(sql, query);
    }
    return query;
  };
}

/**
 * Every document write ends in the package's `Documents._set` (create, replace, upsert, patch, batch) or
 * `delete` (also the first half of a replace); both now tell the collection's listener, if any, which
 * document (id and partition key value) changed.
 */
function reportDocumentWrites(): void {
  const prototype = defaultExport<{ prototype: InternalDocuments }>('lib/account/documents.js').prototype;
  const set = prototype._set;
  const remove = prototype.delete;
  if (typeof set !== 'function' || typeof remove !== 'function') {
    throw new Error(`${PACKAGE}'s documents have no _set or delete; the embedded server's internals changed (expected version 1.0.1).`);
  }
  prototype._set = function (this: InternalDocuments, data) {
    const stored = set.call(this, data);
    writeListeners.get(this)?.(stored.id, this._getPartition(stored));
    return stored;
  };
  prototype.delete = function (this: InternalDocuments, idOrRid, partition) {
    const existing = this._item('/id', idOrRid, partition).read();
    remove.call(this, idOrRid, partition);
    if (existing !== undefined) writeListeners.get(this)?.(existing.id, this._getPartition(existing));
  };
}

/** A new, empty in-memory account that answers as `https://<host>:<port>/`. */
export function createAccount(host: string, port: number): InternalAccount {
  return new AccountClass(host, port);
}

/** The package's handler for the request, with its path parameters; undefined when no route matches. */
export function routeOf(request: IncomingMessage): { readonly params: unknown; readonly handler: RouteHandler } | undefined {
  const route = findRoute(request);
  return route === undefined ? undefined : { params: route[0], handler: route[1] };
}

/** Direct access to the embedded server's data, for the local snapshot only. */
export interface EmbeddedData {
  /** The database's containers sorted by id; undefined when the database does not exist. */
  containers(databaseName: string): readonly EmbeddedContainer[] | undefined;
  /** The container, created (with the database) when missing, partitioned on the paths; an existing one is kept as it is. */
  ensureContainer(databaseName: string, id: string, partitionKeyPaths: readonly string[]): EmbeddedContainer;
  /** Starts noting which documents of the database are written (for the snapshot's journal). */
  trackChanges(databaseName: string): DocumentChanges;
}

/** The account's data behind the {@link EmbeddedData} interface; `account()` is undefined until the server listens. */
export function embeddedData(account: () => InternalAccount | undefined): EmbeddedData {
  const current = (): InternalAccount => {
    const value = account();
    if (value === undefined) {
      throw new Error('The embedded Cosmos DB server is not listening.');
    }
    return value;
  };
  const collections = (databaseName: string): InternalCollection[] | undefined => {
    const database = current().database(databaseName);
    return database.read() === undefined ? undefined : [...database.collections._data.values()];
  };
  return {
    containers: (databaseName) =>
      collections(databaseName)
        ?.map((collection) => wrapCollection(collection))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    ensureContainer: (databaseName, id, partitionKeyPaths) => {
      const root = current();
      if (root.database(databaseName).read() === undefined) {
        root.databases.create({ id: databaseName });
      }
      const database = root.database(databaseName);
      if (database.collection(id).read() === undefined) {
        database.collections.create({ id, partitionKey: { paths: [...partitionKeyPaths], kind: 'Hash' } });
      }
      return wrapCollection(database.collection(id));
    },
    trackChanges: (databaseName) =>
      trackDocumentChanges(
        () => collections(databaseName),
        (documents, listener) => {
          if (listener === undefined) writeListeners.delete(documents);
          else writeListeners.set(documents, listener);
        },
      ),
  };
}
