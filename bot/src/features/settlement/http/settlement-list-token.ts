import { z } from 'zod';
import { userError } from '../../../kernel/domain-error.js';
import type { SettlementCursor } from '../ports/settlement-page.js';

const INVALID_TOKEN = 'Fortsettelsesnøkkelen (continuationToken) er ugyldig. Last inn listen på nytt.';

const cursorSchema = z.tuple([z.iso.date(), z.uuid()]);

/** The opaque `continuationToken` the settlement list hands out: where the next page starts (a date and an id, no names). */
export function encodeSettlementListToken(cursor: SettlementCursor): string {
  return Buffer.from(JSON.stringify([cursor.arrivalDate, cursor.id]), 'utf8').toString('base64url');
}

/** The cursor in a token from {@link encodeSettlementListToken}; anything else is refused in Norwegian. */
export function decodeSettlementListToken(token: string): SettlementCursor {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(token)) throw userError('invalid-input', INVALID_TOKEN);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw userError('invalid-input', INVALID_TOKEN);
  }
  const cursor = cursorSchema.safeParse(parsed);
  if (!cursor.success) throw userError('invalid-input', INVALID_TOKEN);
  return { arrivalDate: cursor.data[0], id: cursor.data[1] };
}
