import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { AuditCursor, AuditFilter } from '../../../kernel/audit/audit-query.js';
import { OSLO_ZONE } from '../../../kernel/dates/iso-date.js';
import { userError } from '../../../kernel/domain-error.js';
import { parseInput } from '../../../kernel/validation.js';
import { AUDIT_ACTION_LABELS } from '../domain/audit-action-labels.js';

const INVALID_TOKEN = 'Fortsettelsesnøkkelen (continuationToken) er ugyldig. Last inn loggen på nytt.';
const OTHER_FILTER = 'Fortsettelsesnøkkelen hører til et annet utvalg. Last inn loggen på nytt.';
const ID = /^[A-Za-z0-9_-]{1,64}$/;

const isoDate = (what: string) =>
  z.iso.date({ error: `${what} må være en dato (åååå-mm-dd)` }).refine((value) => DateTime.fromISO(value).isValid, `${what} finnes ikke`);

const querySchema = z
  .strictObject({
    settlementId: z.string().regex(ID, { error: 'Bosettings-id-en er ugyldig' }).optional(),
    reference: z.string().max(40, { error: 'Søk etter en referanse, for eksempel BOS-2026-014 eller 2026-14.' }).optional(),
    actorId: z.string().regex(ID, { error: 'Bruker-id-en er ugyldig' }).optional(),
    action: z
      .string()
      .refine((value) => Object.hasOwn(AUDIT_ACTION_LABELS, value), { error: 'Ukjent hendelse i filteret' })
      .optional(),
    minPersons: z
      .string()
      .regex(/^\d{1,3}$/, { error: 'Antall personer må være et helt tall fra 1 til 100' })
      .transform(Number)
      .pipe(z.number().int().min(1, { error: 'Antall personer må være et helt tall fra 1 til 100' }).max(100, { error: 'Antall personer må være et helt tall fra 1 til 100' }))
      .optional(),
    from: isoDate('Fra-datoen').optional(),
    to: isoDate('Til-datoen').optional(),
    limit: z
      .string()
      .regex(/^\d{1,3}$/, { error: 'limit må være et helt tall fra 1 til 200' })
      .transform(Number)
      .pipe(z.number().int().min(1, { error: 'limit må være et helt tall fra 1 til 200' }).max(200, { error: 'limit må være et helt tall fra 1 til 200' }))
      .optional(),
    continuationToken: z.string().optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { error: 'Fra-datoen må være før eller lik til-datoen' });

/** The audit list's query string, checked: the filter, the page size and where the page starts. */
export interface AuditListParams {
  readonly filter: AuditFilter;
  /** A settlement reference as typed; the route turns it into `filter.settlementId`. */
  readonly reference?: string;
  readonly limit?: number;
  readonly after?: AuditCursor;
}

/** Reads `settlementId` or `reference`, `actorId`, `action`, `minPersons`, `from`/`to` (Oslo dates, both inclusive), `limit` and `continuationToken`. */
export function parseAuditListParams(query: Readonly<Record<string, string>>): AuditListParams {
  const parsed = parseInput(querySchema, { ...query });
  const filter: AuditFilter = {
    ...(parsed.settlementId !== undefined ? { settlementId: parsed.settlementId } : {}),
    ...(parsed.actorId !== undefined ? { actorId: parsed.actorId } : {}),
    ...(parsed.action !== undefined ? { action: parsed.action } : {}),
    ...(parsed.minPersons !== undefined ? { minPersons: parsed.minPersons } : {}),
    ...(parsed.from !== undefined ? { fromAt: osloStartOf(parsed.from, 0) } : {}),
    ...(parsed.to !== undefined ? { toAt: osloStartOf(parsed.to, 1) } : {}),
  };
  const reference = parsed.reference?.trim() || undefined;
  const after = parsed.continuationToken === undefined ? undefined : decodeAuditListToken(parsed.continuationToken, filter, reference);
  return {
    filter,
    ...(reference ? { reference } : {}),
    ...(parsed.limit !== undefined ? { limit: parsed.limit } : {}),
    ...(after ? { after } : {}),
  };
}

/** The opaque token for the page after `cursor` under `filter` (an instant, an entry id and a fingerprint of the filter). */
export function encodeAuditListToken(cursor: AuditCursor, filter: AuditFilter, reference?: string): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id, fingerprint(filter, reference)]), 'utf8').toString('base64url');
}

function decodeAuditListToken(token: string, filter: AuditFilter, reference: string | undefined): AuditCursor {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(token)) throw userError('invalid-input', INVALID_TOKEN);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw userError('invalid-input', INVALID_TOKEN);
  }
  const cursor = z.tuple([z.iso.datetime(), z.string().regex(ID), z.string()]).safeParse(parsed);
  if (!cursor.success) throw userError('invalid-input', INVALID_TOKEN);
  if (cursor.data[2] !== fingerprint(filter, reference)) throw userError('invalid-input', OTHER_FILTER);
  return { at: cursor.data[0], id: cursor.data[1] };
}

/** The start of the Oslo day `days` after `date`, as a UTC instant like the entries' `at`. */
function osloStartOf(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: OSLO_ZONE }).plus({ days }).startOf('day').toUTC().toISO()!;
}

function fingerprint(filter: AuditFilter, reference: string | undefined): string {
  const canonical = JSON.stringify([Object.entries(filter).sort(([a], [b]) => a.localeCompare(b)), reference ?? null]);
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 12);
}
