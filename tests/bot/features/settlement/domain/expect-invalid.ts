import assert from 'node:assert/strict';
import { isDomainError, type DomainErrorCode } from '../../../../../bot/src/kernel/domain-error.js';

/** Asserts that `action` throws a DomainError with the code whose message contains `fragment`. */
export function expectDomainError(action: () => unknown, code: DomainErrorCode, fragment: string): void {
  assert.throws(action, (error: unknown) => {
    assert.ok(isDomainError(error, code), `expected DomainError('${code}'), got ${String(error)}`);
    assert.ok(error.message.includes(fragment), `expected "${fragment}" in "${error.message}"`);
    return true;
  });
}

/** Asserts that `action` throws DomainError('invalid-input') whose message contains `fragment`. */
export function expectInvalid(action: () => unknown, fragment: string): void {
  expectDomainError(action, 'invalid-input', fragment);
}
