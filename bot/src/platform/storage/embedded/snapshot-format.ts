import { z } from 'zod';
import { DomainError } from '../../../kernel/domain-error.js';

/** Marks a file as an Introteam Cosmos snapshot. */
export const SNAPSHOT_FORMAT = 'introteam-cosmos-snapshot';

/** Where local development keeps its snapshot, relative to the working directory (git-ignored). */
export const DEFAULT_SNAPSHOT_FILE = '.data/cosmos/snapshot.json';

const containerSnapshotSchema = z.object({
  id: z.string().min(1),
  partitionKey: z.object({ paths: z.array(z.string().startsWith('/')).min(1) }),
  documents: z.array(z.looseObject({ id: z.string().min(1) })),
});

const snapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(1),
  savedAt: z.string(),
  databaseName: z.string().min(1),
  containers: z.array(containerSnapshotSchema),
});

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

/** Parses and checks a snapshot file's text; DomainError('invalid-input') that names the file, never its content. */
export function parseSnapshot(text: string, filePath: string): CosmosSnapshot {
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
