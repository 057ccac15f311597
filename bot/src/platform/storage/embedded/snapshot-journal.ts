import { z } from 'zod';
import { DomainError } from '../../../kernel/domain-error.js';

/*
 * The snapshot's journal: what was written since the snapshot file, one JSON line per document, appended.
 * The first line names the format and the database; each further line is one document's state after a write
 * (`document`, system fields stripped) or its deletion (`deleted`), numbered by `sequence` across restarts.
 * A snapshot file of version 2 says which sequence it already holds; restore applies the lines after it.
 */

/** Marks a file as an Introteam Cosmos snapshot journal. */
export const JOURNAL_FORMAT = 'introteam-cosmos-journal';

/** The journal kept next to a snapshot file: `snapshot.json` → `snapshot.journal`. */
export function journalPathOf(snapshotPath: string): string {
  return `${snapshotPath.replace(/\.json$/, '')}.journal`;
}

const journalHeaderSchema = z.object({ format: z.literal(JOURNAL_FORMAT), version: z.literal(1), databaseName: z.string().min(1) });

const entrySchema = z.object({
  sequence: z.number().int().positive(),
  container: z.string().min(1),
  partitionKeyPaths: z.array(z.string().startsWith('/')).min(1),
  document: z.looseObject({ id: z.string().min(1) }).optional(),
  deleted: z.object({ id: z.string().min(1), partitionKey: z.unknown() }).optional(),
});

/** One journal line: a document's state after a write, or its deletion. */
export type JournalEntry = z.infer<typeof entrySchema>;

/** A journal file's content. */
export interface Journal {
  readonly databaseName: string;
  readonly entries: readonly JournalEntry[];
  /** Where the complete lines end: a torn last line (a crash mid-append) starts here and is not in `entries`. */
  readonly completeLength: number;
}

/** The journal's first line. */
export function journalHeaderLine(databaseName: string): string {
  return `${JSON.stringify({ format: JOURNAL_FORMAT, version: 1, databaseName })}\n`;
}

/** The line for a document's state after a write. */
export function documentLine(sequence: number, container: string, partitionKeyPaths: readonly string[], document: object): string {
  return `${JSON.stringify({ sequence, container, partitionKeyPaths, document })}\n`;
}

/** The line for a deleted document. */
export function deletedLine(
  sequence: number,
  container: string,
  partitionKeyPaths: readonly string[],
  id: string,
  partitionKey: unknown,
): string {
  return `${JSON.stringify({ sequence, container, partitionKeyPaths, deleted: { id, partitionKey: partitionKey ?? null } })}\n`;
}

/**
 * Parses a journal file's text. A last line that is incomplete or not JSON (the process ended mid-append) is
 * left out; any other bad line, or sequence numbers that do not increase, is DomainError('invalid-input')
 * naming the file and the line number, never its content.
 */
export function parseJournal(text: string, filePath: string): Journal {
  const entries: JournalEntry[] = [];
  let databaseName: string | undefined;
  let completeLength = 0;
  let lineNumber = 0;
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    lineNumber += 1;
    const parsed = parseLine(line, databaseName === undefined);
    if (parsed === undefined || end < 0) {
      if (end < 0 || text.slice(end + 1).trim() === '') break; // a torn last line
      throw invalidJournal(filePath, `line ${lineNumber} is not a journal entry`);
    }
    if (typeof parsed === 'string') databaseName = parsed;
    else {
      const previous = entries.at(-1)?.sequence ?? 0;
      if (parsed.sequence <= previous) throw invalidJournal(filePath, `line ${lineNumber} does not follow the line before it`);
      entries.push(parsed);
    }
    start = end + 1;
    completeLength = start;
  }
  if (databaseName === undefined) {
    return { databaseName: '', entries: [], completeLength: 0 };
  }
  return { databaseName, entries, completeLength };
}

/** The header's database name, an entry, or undefined when the line is neither. */
function parseLine(line: string, isHeader: boolean): string | JournalEntry | undefined {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (isHeader) {
    const header = journalHeaderSchema.safeParse(json);
    return header.success ? header.data.databaseName : undefined;
  }
  const entry = entrySchema.safeParse(json);
  return entry.success && (entry.data.document === undefined) !== (entry.data.deleted === undefined) ? entry.data : undefined;
}

function invalidJournal(filePath: string, reason: string): DomainError {
  return new DomainError(
    'invalid-input',
    `The Cosmos snapshot journal ${filePath} cannot be loaded: ${reason}. Move it and the snapshot away to start with an empty database.`,
  );
}
