import type { KeyValueStorage } from './dev-token-store.js';

/** How long a draft is offered again after it was last written. */
const MAX_AGE_MS = 24 * 60 * 60 * 1000;
const VERSION = 1;

/**
 * A form's draft in the tab's session storage (it dies with the tab), one per user and form, so a
 * reload gives back what was typed. Callers store only name-free fields: see the form's own notice.
 * Storage that throws (private mode, quota) or holds something else reads as no draft.
 */
export class DraftStore<T> {
  private readonly key: string;

  constructor(
    private readonly storage: KeyValueStorage,
    userId: string,
    form: string,
    private readonly isDraft: (value: unknown) => value is T,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.key = `introteam:utkast:${userId}:${form}`;
  }

  /** The draft, when one was written in the last 24 hours and still has the expected shape. */
  read(): T | undefined {
    try {
      const raw = this.storage.getItem(this.key);
      if (raw === null) return undefined;
      const parsed = JSON.parse(raw) as { v?: unknown; savedAt?: unknown; value?: unknown };
      const fresh = typeof parsed.savedAt === 'number' && this.now() - parsed.savedAt < MAX_AGE_MS;
      if (parsed.v === VERSION && fresh && this.isDraft(parsed.value)) return parsed.value;
      this.clear();
      return undefined;
    } catch {
      return undefined;
    }
  }

  write(value: T): void {
    try {
      this.storage.setItem(this.key, JSON.stringify({ v: VERSION, savedAt: this.now(), value }));
    } catch {
      // No storage: the draft just does not survive a reload.
    }
  }

  clear(): void {
    try {
      this.storage.removeItem(this.key);
    } catch {
      // Nothing to clear.
    }
  }
}
