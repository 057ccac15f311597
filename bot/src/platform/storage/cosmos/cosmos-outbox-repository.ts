import type { Container, Resource, SqlQuerySpec } from '@azure/cosmos';
import { DomainError, isDomainError } from '../../../kernel/domain-error.js';
import type { OutboxMessage, OutboxSubject } from '../../../kernel/outbox/outbox-message.js';
import {
  claimOutboxMessage,
  failOutboxMessage,
  isClaimable,
  markOutboxMessageSent,
  requeueOutboxMessage,
  rescheduleOutboxMessage,
  supersedeOutboxMessage,
} from '../../../kernel/outbox/outbox-transitions.js';
import type { OutboxRepository } from '../../../kernel/outbox/outbox-repository.js';
import type { OutboxSignal } from '../../../kernel/outbox/outbox-signal.js';
import type { Versioned } from '../../../kernel/versioned.js';
import { LEGACY_SUBJECT_CONDITION, LEGACY_SUBJECT_TYPE, upgradeOutboxMessage } from './legacy-outbox-message.js';
import type { StoredDocument } from './stored-document.js';
import { translateCosmosError } from './translate-cosmos-error.js';
import { VersionedDocumentStore, type DocumentKind } from './versioned-document-store.js';

/** `outbox-message` documents keyed by the message's deterministic id. */
export const OUTBOX_MESSAGE_KIND: DocumentKind<OutboxMessage> = {
  type: 'outbox-message',
  tenantIdOf: (message) => message.tenantId,
  keyOf: (message) => [message.id],
};

/**
 * Claimable messages of every tenant, oldest first. Cross-partition on purpose: only the background
 * dispatcher runs it (the SDK fans it out; the embedded server answers it directly). ISO times in
 * one format (`toISOString`) compare correctly as strings.
 */
const DUE_QUERY =
  'SELECT TOP @limit * FROM c WHERE c.type = @type AND (' +
  "(c.data.status = 'pending' AND c.data.nextAttemptAt <= @now) OR " +
  "(c.data.status = 'sending' AND (NOT IS_DEFINED(c.data.leaseUntil) OR c.data.leaseUntil <= @now))" +
  ') ORDER BY c.data.createdAt ASC';

/** A subject type's messages among `@subjectIds`, on the indexed `subject` fields. */
const SUBJECT_CONDITION = 'c.data.subject.type = @subjectType AND ARRAY_CONTAINS(@subjectIds, c.data.subject.id)';

/**
 * OutboxRepository on the `outbox` container; every state change is an If-Match replace. Messages
 * stored in the shape before typed subjects are upgraded when read ({@link upgradeOutboxMessage}).
 * A write that makes a message pending for delivery (enqueue, re-arm, requeue) is told to `signal`,
 * so this process's dispatcher wakes without polling.
 */
export class CosmosOutboxRepository implements OutboxRepository {
  private readonly store: VersionedDocumentStore<OutboxMessage>;

  constructor(
    private readonly container: Container,
    private readonly signal?: OutboxSignal,
  ) {
    this.store = new VersionedDocumentStore(container, OUTBOX_MESSAGE_KIND);
  }

  /** Creates the message; false when its id exists already (enqueuing is idempotent). */
  async enqueue(message: OutboxMessage): Promise<boolean> {
    try {
      const created = await this.store.create(message);
      this.signal?.notify(created);
      return true;
    } catch (error) {
      if (isDomainError(error, 'conflict')) return false;
      throw error;
    }
  }

  /** Upserts the message (one write, no read): a coalesced update is pending and due again with the newest topic. */
  async rearm(message: OutboxMessage): Promise<void> {
    const saved = await this.store.upsert(message);
    this.signal?.notify(saved);
  }

  /** The message with its ETag, or undefined. */
  async get(tenantId: string, id: string): Promise<Versioned<OutboxMessage> | undefined> {
    const found = await this.store.read(tenantId, [id]);
    return found === undefined ? undefined : { value: upgradeOutboxMessage(found.value), etag: found.etag };
  }

  /** Up to `limit` claimable messages across tenants, oldest first. */
  async listDue(now: Date, limit: number): Promise<Versioned<OutboxMessage>[]> {
    if (!Number.isSafeInteger(limit) || limit < 1) {
      throw new DomainError('invalid-input', 'The outbox batch size must be a positive integer.');
    }
    const spec: SqlQuerySpec = {
      query: DUE_QUERY,
      parameters: [
        { name: '@limit', value: limit },
        { name: '@type', value: OUTBOX_MESSAGE_KIND.type },
        { name: '@now', value: now.toISOString() },
      ],
    };
    try {
      const { resources } = await this.container.items.query<StoredDocument<OutboxMessage> & Resource>(spec).fetchAll();
      return resources.map(toVersioned);
    } catch (error) {
      throw translateCosmosError(error, 'list due outbox messages');
    }
  }

  /** One subject's messages in the tenant, oldest first. */
  async listForSubject(tenantId: string, subject: OutboxSubject): Promise<OutboxMessage[]> {
    return this.listForSubjects(tenantId, subject.type, [subject.id]);
  }

  /** The messages of several subjects of one type in one single-partition query, oldest first. */
  async listForSubjects(tenantId: string, subjectType: string, subjectIds: readonly string[]): Promise<OutboxMessage[]> {
    if (subjectIds.length === 0) return [];
    const where = subjectType === LEGACY_SUBJECT_TYPE ? `(${SUBJECT_CONDITION}) OR (${LEGACY_SUBJECT_CONDITION})` : SUBJECT_CONDITION;
    const messages = await this.store.query(tenantId, {
      where,
      parameters: [
        { name: '@subjectType', value: subjectType },
        { name: '@subjectIds', value: [...subjectIds] },
      ],
      orderBy: 'c.data.createdAt ASC',
    });
    return messages.map((message) => upgradeOutboxMessage(message.value));
  }

  /** The newest failed messages about subjects of the type (the start page's delivery problems). */
  async listFailed(tenantId: string, subjectType: string, limit: number): Promise<OutboxMessage[]> {
    const messages = await this.store.query(tenantId, {
      where: "c.data.status = 'failed' AND c.data.subject.type = @subjectType",
      parameters: [{ name: '@subjectType', value: subjectType }],
      orderBy: 'c.data.createdAt DESC',
      limit,
    });
    return messages.map((message) => upgradeOutboxMessage(message.value));
  }

  /** The claimed version, or undefined when the message is not claimable or another dispatcher won. */
  async claim(message: Versioned<OutboxMessage>, leaseUntil: Date, now: Date): Promise<Versioned<OutboxMessage> | undefined> {
    if (!isClaimable(message.value, now)) return undefined;
    try {
      return await this.store.replace(claimOutboxMessage(message.value, now, leaseUntil), message.etag);
    } catch (error) {
      if (isDomainError(error, 'conflict')) return undefined;
      throw error;
    }
  }

  /** Records the posted activity (If-Match). */
  async markSent(message: Versioned<OutboxMessage>, activityId: string, now: Date): Promise<Versioned<OutboxMessage>> {
    return this.store.replace(markOutboxMessageSent(message.value, activityId, now), message.etag);
  }

  /** Back to pending until `nextAttemptAt` (If-Match). */
  async reschedule(
    message: Versioned<OutboxMessage>,
    nextAttemptAt: Date,
    now: Date,
    lastError?: string,
  ): Promise<Versioned<OutboxMessage>> {
    return this.store.replace(rescheduleOutboxMessage(message.value, nextAttemptAt, now, lastError), message.etag);
  }

  /** Failed for good (If-Match). */
  async markFailed(message: Versioned<OutboxMessage>, lastError: string, now: Date): Promise<Versioned<OutboxMessage>> {
    return this.store.replace(failOutboxMessage(message.value, lastError, now), message.etag);
  }

  /** Queued again to the given conversation (If-Match). */
  async requeue(message: Versioned<OutboxMessage>, conversationId: string, now: Date): Promise<Versioned<OutboxMessage>> {
    const requeued = await this.store.replace(requeueOutboxMessage(message.value, conversationId, now), message.etag);
    this.signal?.notify(requeued);
    return requeued;
  }

  /** Superseded (If-Match). */
  async markSuperseded(message: Versioned<OutboxMessage>, now: Date): Promise<Versioned<OutboxMessage>> {
    return this.store.replace(supersedeOutboxMessage(message.value, now), message.etag);
  }
}

function toVersioned(document: StoredDocument<OutboxMessage> & Partial<Resource>): Versioned<OutboxMessage> {
  if (typeof document._etag !== 'string') {
    throw new DomainError('storage-unavailable', 'Cosmos DB returned an outbox message without an ETag.');
  }
  return { value: upgradeOutboxMessage(document.data), etag: document._etag };
}
