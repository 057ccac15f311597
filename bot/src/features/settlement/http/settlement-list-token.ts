import { createHash } from 'node:crypto';
import { z } from 'zod';
import { userError } from '../../../kernel/domain-error.js';
import type { SettlementCursor } from '../ports/settlement-page.js';
import type { SettlementListFilters } from './settlement-list-filters.js';

const INVALID_TOKEN = 'Fortsettelsesnøkkelen (continuationToken) er ugyldig. Last inn listen på nytt.';
const OTHER_FILTERS =
  'Fortsettelsesnøkkelen (continuationToken) hører til et annet søk eller andre filtre. Last inn listen på nytt med filtrene du vil bruke.';

// A token of the unfiltered list is the bare cursor, as before filters existed; a filtered list adds its filters' fingerprint.
const cursorSchema = z.union([
  z.tuple([z.iso.date(), z.uuid()]),
  z.tuple([z.iso.date(), z.uuid(), z.string().regex(/^[A-Za-z0-9_-]{16}$/)]),
]);

/**
 * The opaque `continuationToken` the settlement list hands out: where the next page starts (a date
 * and an id, no names) and, for a filtered list, a fingerprint of the filters, so the token is not
 * taken for a page of another search.
 */
export function encodeSettlementListToken(cursor: SettlementCursor, filters: SettlementListFilters = {}): string {
  const fingerprint = filtersFingerprint(filters);
  const parts = fingerprint ? [cursor.arrivalDate, cursor.id, fingerprint] : [cursor.arrivalDate, cursor.id];
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

/** The cursor in a token from {@link encodeSettlementListToken} with the same filters; anything else is refused in Norwegian. */
export function decodeSettlementListToken(token: string, filters: SettlementListFilters = {}): SettlementCursor {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(token)) throw userError('invalid-input', INVALID_TOKEN);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw userError('invalid-input', INVALID_TOKEN);
  }
  const cursor = cursorSchema.safeParse(parsed);
  if (!cursor.success) throw userError('invalid-input', INVALID_TOKEN);
  if ((cursor.data[2] ?? '') !== filtersFingerprint(filters)) throw userError('invalid-input', OTHER_FILTERS);
  return { arrivalDate: cursor.data[0], id: cursor.data[1] };
}

/** '' for no filters; otherwise a short hash of them in a fixed order. */
function filtersFingerprint(filters: SettlementListFilters): string {
  const parts = [filters.status, filters.unitId, filters.arrivalMonth, filters.reference];
  if (parts.every((part) => part === undefined)) return '';
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 16);
}
