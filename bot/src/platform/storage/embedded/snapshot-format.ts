import { z } from 'zod';
import { DomainError } from '../../../kernel/domain-error.js';

/** Marks a file as an Introteam Cosmos snapshot. */
export const SNAPSHOT_FORMAT = 'introteam-cosmos-snapshot';

/** Where local development keeps its snapshot, relative to the working directory (git-ignored). */
export const DEFAULT_SNAPSHOT_FILE = '.data/cosmos/snapshot.json';

const containerDefinitionSchema = z.object({
  id: z.string().min(1),
  partitionKey: z.object({ paths: z.array(z.string().startsWith('/')).min(1) }),
});

const documentSchema = z.looseObject({ id: z.string().min(1) });

const containerSnapshotSchema = containerDefinitionSchema.extend({ documents: z.array(documentSchema) });

const headerSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  /** 1: the file alone; 2: the file plus the journal entries after `journalSequence` (snapshot-journal.ts). */
  version: z.union([z.literal(1), z.literal(2)]),
  savedAt: z.string(),
  databaseName: z.string().min(1),
  /** The last journal entry the file already holds (version 2); 0 for version 1. */
  journalSequence: z.number().int().nonnegative().optional(),
});

const snapshotSchema = headerSchema.extend({ containers: z.array(containerSnapshotSchema) });

/** The version this code writes. */
export const SNAPSHOT_VERSION = 2;

/** One container in a snapshot: its definition and its documents without Cosmos system fields. */
export type ContainerSnapshot = z.infer<typeof containerSnapshotSchema>;

/** The content of a snapshot file. */
export type CosmosSnapshot = z.infer<typeof snapshotSchema>;

/** How much a snapshot held. */
export interface SnapshotSummary {
  readonly databaseName: string;
  readonly containers: number;
  readonly documents: number;
}

/**
 * Parses and checks a snapshot file's text; DomainError('invalid-input') that names the file, never its content.
 * The layout this code writes (one document per line) is read line by line: each document parsed on its own and
 * checked for its id only, which is much cheaper than one parse of the whole file and a schema check of every
 * document. Any other layout (the indented files of earlier versions) is parsed whole.
 */
export function parseSnapshot(text: string, filePath: string): CosmosSnapshot {
  const byLine = parseByLine(text);
  if (byLine !== undefined) {
    const header = headerSchema.safeParse(byLine.header);
    const definitions = byLine.containers.map((container) => containerDefinitionSchema.safeParse(container.definition));
    const wrong = !header.success ? header : definitions.find((definition) => !definition.success);
    if (wrong === undefined) {
      const containers = byLine.containers.map(({ documents }, index) => ({ ...definitions[index]!.data!, documents }));
      const missingId = findMissingId(containers);
      if (missingId !== undefined) throw invalidSnapshot(filePath, `it does not match the snapshot format (at ${missingId})`, undefined);
      return { ...header.data!, containers };
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw invalidSnapshot(filePath, 'it is not valid JSON', error);
  }
  const result = snapshotSchema.safeParse(json);
  if (!result.success) {
    const where = result.error.issues[0]?.path.join('.') || 'the top level';
    throw invalidSnapshot(filePath, `it does not match the snapshot format (at ${where})`, result.error);
  }
  return result.data;
}

/** The journal sequence number the snapshot already holds. */
export function journalSequenceOf(snapshot: CosmosSnapshot): number {
  return snapshot.journalSequence ?? 0;
}

interface LinedSnapshot {
  readonly header: unknown;
  readonly containers: { readonly definition: unknown; readonly documents: { readonly id: string }[] }[];
}

/**
 * The file as snapshot-store.ts writes it: a header line ending in `"containers":[`, per container a line ending
 * in `"documents":[` (after a comma for all but the first), one document per line (a comma after all but the
 * last) and `]}` (or `]},`) after them, then `]}`. Undefined when the text is laid out otherwise or a line is
 * not JSON (the whole-file parse then says what is wrong).
 */
function parseByLine(text: string): LinedSnapshot | undefined {
  const containers: { definition: unknown; documents: { id: string }[] }[] = [];
  let header: unknown;
  let documents: { id: string }[] | undefined;
  try {
    for (let start = 0; start < text.length;) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let line = text.slice(start, end);
      start = end + 1;
      if (header === undefined) {
        if (!line.endsWith('"containers":[')) return undefined;
        header = JSON.parse(`${line}]}`);
      } else if (documents !== undefined) {
        if (line === ']}' || line === ']},') documents = undefined;
        else documents.push(JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line) as { id: string });
      } else if (line === ']}') {
        return text.slice(start).trim() === '' ? { header, containers } : undefined;
      } else {
        if (line.startsWith(',')) line = line.slice(1);
        if (!line.endsWith('"documents":[')) return undefined;
        documents = [];
        containers.push({ definition: { ...(JSON.parse(`${line}]}`) as object), documents: undefined }, documents });
      }
    }
  } catch {
    return undefined;
  }
  return undefined;
}

function findMissingId(containers: readonly { readonly documents: readonly unknown[] }[]): string | undefined {
  for (const [index, { documents }] of containers.entries()) {
    for (const [position, document] of documents.entries()) {
      const id =
        typeof document === 'object' && document !== null && !Array.isArray(document) ? (document as { id?: unknown }).id : undefined;
      if (typeof id !== 'string' || id.length === 0) return `containers.${index}.documents.${position}.id`;
    }
  }
  return undefined;
}

/** The counts of a snapshot, for logging. */
export function summarizeSnapshot(snapshot: CosmosSnapshot): SnapshotSummary {
  return {
    databaseName: snapshot.databaseName,
    containers: snapshot.containers.length,
    documents: snapshot.containers.reduce((sum, container) => sum + container.documents.length, 0),
  };
}

function invalidSnapshot(filePath: string, reason: string, cause: unknown): DomainError {
  return new DomainError(
    'invalid-input',
    `The Cosmos snapshot ${filePath} cannot be loaded: ${reason}. Move the file away to start with an empty database.`,
    { cause },
  );
}
