/** A stored value together with the ETag that an update must present (optimistic concurrency). */
export interface Versioned<T> {
  readonly value: T;
  readonly etag: string;
}
