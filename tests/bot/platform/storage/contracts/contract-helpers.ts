import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { isDomainError, type DomainErrorCode } from '../../../../../bot/src/kernel/domain-error.js';

/** Something that may be built synchronously or asynchronously. */
export type Make<T> = () => T | Promise<T>;

/** A tenant id no other test uses, so tests can share one database. */
export function newTenantId(): string {
  return `tenant-${randomUUID()}`;
}

/** Asserts that the promise rejects with a DomainError of the given code. */
export async function assertRejectsWithCode(promise: Promise<unknown>, code: DomainErrorCode): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isDomainError(error, code), `expected DomainError('${code}'), got ${String(error)}`);
    return true;
  });
}
