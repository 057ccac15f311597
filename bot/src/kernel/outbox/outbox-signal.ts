import type { Versioned } from '../versioned.js';
import type { OutboxMessage } from './outbox-message.js';

/** Hears of a message this process just wrote as pending, with the ETag of that write (e.g. the dispatcher of this process). */
export type OutboxSignalListener = (message: Versioned<OutboxMessage>) => void;

/**
 * In-process news that the outbox holds a pending message: the outbox's writes (enqueue, re-arm,
 * requeue) pass on the version they wrote, so the dispatcher in the same process can claim it at
 * once (If-Match on that ETag) instead of listing what is due. Messages written by another process
 * are not heard here; the dispatcher's slow poll finds those.
 */
export class OutboxSignal {
  private readonly listeners = new Set<OutboxSignalListener>();

  /** Tells every listener of the message. A listener that throws does not stop the others. */
  notify(message: Versioned<OutboxMessage>): void {
    for (const listener of this.listeners) {
      try {
        listener(message);
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
