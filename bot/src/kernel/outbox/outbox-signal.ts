/** Hears that a message is due at a time (epoch ms), e.g. the dispatcher of this process. */
export type OutboxSignalListener = (dueAtMs: number) => void;

/**
 * In-process news that the outbox holds a message due at a given time: the outbox's writes
 * (enqueue, re-arm, requeue) tell it, so the dispatcher in the same process can wake at once
 * instead of polling. Messages written by another process are not heard here; the dispatcher's
 * slow poll finds those.
 */
export class OutboxSignal {
  private readonly listeners = new Set<OutboxSignalListener>();

  /** Tells every listener that a message is due at `dueAtMs`. A listener that throws does not stop the others. */
  notify(dueAtMs: number): void {
    for (const listener of this.listeners) {
      try {
        listener(dueAtMs);
      } catch {
        // A listener's failure must never fail the write that notified it.
      }
    }
  }

  /** Starts listening; returns the function that stops it. */
  subscribe(listener: OutboxSignalListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
