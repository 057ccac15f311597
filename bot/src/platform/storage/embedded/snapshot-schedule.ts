import type { EmbeddedData } from './embedded-account.js';
import { saveSnapshot, type SnapshotOptions } from './snapshot-store.js';

/** Receives a failure report: a fixed message and ids/codes only, never document contents. */
export type SnapshotLogger = (message: string, details: Readonly<Record<string, string>>) => void;

/** What to snapshot, where, and how often. */
export interface SnapshotScheduleOptions {
  /** The embedded server's data (`EmbeddedCosmos.data`). */
  readonly data: EmbeddedData;
  readonly databaseName: string;
  /** Snapshot file, e.g. `.data/cosmos/snapshot.json` resolved by the caller. */
  readonly filePath: string;
  /**
   * Time between the end of one save and the start of the next; at least {@link SAVE_SPACING} times
   * as long as the last save took, so a large database is not being saved most of the time.
   */
  readonly intervalMs: number;
  /** Where failures are reported (e.g. a pino logger's `warn`, adapted). */
  readonly log: SnapshotLogger;
  /** Tuning passed to saveSnapshot. */
  readonly snapshotOptions?: SnapshotOptions;
  /**
   * A value that changes whenever data may have changed (the embedded server's `writeCount`).
   * When given, a save is skipped (the file kept as it is) while it equals the value seen before
   * the last successful save. Without it every save writes.
   */
  readonly changeMarker?: () => number;
  /** The marker's value the file already holds, e.g. right after loading it; the first save is skipped until it changes. */
  readonly savedMarker?: number;
  /** The save itself; `saveSnapshot` unless replaced (the journal's append, tests). */
  readonly save?: (data: EmbeddedData, databaseName: string, filePath: string, options?: SnapshotOptions) => Promise<unknown>;
  /** The last save, on `stop`, run whether or not the marker changed (it decides itself); `save` unless given (the journal's compaction). */
  readonly finalSave?: () => Promise<unknown>;
}

/** A running schedule. */
export interface SnapshotSchedule {
  /** Saves now (unless nothing changed), after any save in progress; true when it succeeded or was not needed (failures are logged, not thrown). */
  saveNow(): Promise<boolean>;
  /** Stops the timer and makes a last save after any in progress; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * The gap after a save is at least this many times the save's own duration. A save runs in slices
 * that requests wait behind (snapshot-store.ts): with 150,000 documents a save takes seconds, and
 * a fixed 15 s gap kept the server saving a third of the time, slowing every request meanwhile.
 */
export const SAVE_SPACING = 10;

/**
 * Saves a snapshot every `intervalMs` (or {@link SAVE_SPACING} times the last save's duration) and once more on `stop`. Saves run one after another,
 * never two at once; a timer tick while a save is queued or running is skipped.
 * Start it after `loadSnapshot`, so an empty database never overwrites the file.
 */
export function startSnapshotSchedule(options: SnapshotScheduleOptions): SnapshotSchedule {
  const save = options.save ?? saveSnapshot;
  let queue: Promise<boolean> = Promise.resolve(true);
  let pending = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopping: Promise<void> | undefined;
  let savedMarker = options.savedMarker;
  let lastSaveMs = 0;

  const runSave = async (final = false): Promise<boolean> => {
    // Read before saving: a write answered during the save changes the marker, so the next save runs.
    const marker = options.changeMarker?.();
    const finalSave = final ? options.finalSave : undefined;
    if (finalSave === undefined && marker !== undefined && marker === savedMarker) {
      return true;
    }
    const startedAt = Date.now();
    try {
      await (finalSave ? finalSave() : save(options.data, options.databaseName, options.filePath, options.snapshotOptions));
      lastSaveMs = Date.now() - startedAt;
      savedMarker = marker;
      return true;
    } catch (error) {
      options.log('Cosmos snapshot could not be saved', { filePath: options.filePath, error: describeError(error) });
      return false;
    }
  };

  const saveNow = (final = false): Promise<boolean> => {
    pending += 1;
    queue = queue
      .then(() => runSave(final))
      .finally(() => {
        pending -= 1;
      });
    return queue;
  };

  const schedule = (): void => {
    timer = setTimeout(
      () => {
        const run = pending === 0 ? saveNow() : queue;
        void run.then(() => {
          if (stopping === undefined) {
            schedule();
          }
        });
      },
      Math.max(options.intervalMs, SAVE_SPACING * lastSaveMs),
    );
    timer.unref();
  };

  schedule();
  return {
    saveNow: () => saveNow(),
    stop: () => {
      stopping ??= (async () => {
        clearTimeout(timer);
        await saveNow(true);
      })();
      return stopping;
    },
  };
}

/** A short, content-free description of an error: its code or name, and its cause's (`conflict < 412`). */
function describeError(error: unknown): string {
  const parts: string[] = [];
  for (let current = error; typeof current === 'object' && current !== null && parts.length < 3;) {
    const { code, name, cause } = current as { code?: unknown; name?: unknown; cause?: unknown };
    parts.push(typeof code === 'string' || typeof code === 'number' ? String(code) : String(name ?? 'Error'));
    current = cause;
  }
  return parts.length === 0 ? 'unknown' : parts.join(' < ');
}
