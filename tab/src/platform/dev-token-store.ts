/** The part of the Web Storage API the store needs, so tests can pass a Map-backed fake. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A dev-mode token and when it stops working. */
export interface DevToken {
  readonly token: string;
  /** ISO 8601 instant. */
  readonly expiresAt: string;
}

/** Options for {@link DevTokenStore}. */
export interface DevTokenStoreOptions {
  /** Where the token lives; sessionStorage in the browser, so it dies with the tab. */
  readonly storage: KeyValueStorage;
  /** Clock, injected in tests. */
  readonly now?: () => number;
  /** Treat the token as expired this many milliseconds early, so a call does not fail mid-flight. */
  readonly marginMs?: number;
}

const STORAGE_KEY = 'introteam.devToken';

/** Keeps the dev-mode token in session storage and forgets it once it has expired. */
export class DevTokenStore {
  constructor(private readonly options: DevTokenStoreOptions) {}

  /** The stored token when it is still valid; an expired or unreadable entry is removed. */
  read(): DevToken | undefined {
    const raw = this.safely(() => this.options.storage.getItem(STORAGE_KEY));
    const stored = raw ? parseDevToken(raw) : undefined;
    if (stored && this.isValid(stored)) return stored;
    if (raw) this.clear();
    return undefined;
  }

  /** Stores a newly issued token. */
  write(token: DevToken): void {
    this.safely(() => this.options.storage.setItem(STORAGE_KEY, JSON.stringify(token)));
  }

  /** Forgets the token ("Bytt bruker", or after a 401). */
  clear(): void {
    this.safely(() => this.options.storage.removeItem(STORAGE_KEY));
  }

  private isValid(token: DevToken): boolean {
    const expires = Date.parse(token.expiresAt);
    const now = (this.options.now ?? Date.now)();
    return Number.isFinite(expires) && expires - (this.options.marginMs ?? 30_000) > now;
  }

  /** Storage can throw (private mode, quota); the tab then just asks for a user again. */
  private safely<T>(action: () => T): T | undefined {
    try {
      return action();
    } catch {
      return undefined;
    }
  }
}

function parseDevToken(raw: string): DevToken | undefined {
  try {
    const value = JSON.parse(raw) as Partial<DevToken> | null;
    return typeof value?.token === 'string' && typeof value.expiresAt === 'string'
      ? { token: value.token, expiresAt: value.expiresAt }
      : undefined;
  } catch {
    return undefined;
  }
}
