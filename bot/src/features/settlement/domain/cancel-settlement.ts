import { assertChangeable, type SettlementChangeOptions } from './edit-settlement.js';
import type { Settlement } from './settlement.js';

/**
 * Cancels an open settlement (version up by one). Its facts stay for the record; it is then open
 * to no unit. Throws DomainError('conflict') when already cancelled or at another version.
 */
export function cancelSettlement(current: Settlement, options: SettlementChangeOptions): Settlement {
  assertChangeable(current, options);
  return {
    ...current,
    status: 'cancelled',
    updatedBy: options.changedBy,
    updatedAt: options.changedAt,
    version: current.version + 1,
  };
}
