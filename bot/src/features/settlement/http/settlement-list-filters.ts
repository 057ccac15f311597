import { z } from 'zod';
import { userError } from '../../../kernel/domain-error.js';
import { parseInput } from '../../../kernel/validation.js';
import { parseReferenceQuery } from '../domain/settlement-reference.js';
import type { Settlement } from '../domain/settlement.js';

/** The filters of `GET /api/settlements`, as the repository takes them. */
export interface SettlementListFilters {
  readonly status?: Settlement['status'];
  readonly unitId?: string;
  /** `yyyy-MM`. */
  readonly arrivalMonth?: string;
  /** Canonical reference (`BOS-2026-014`), from the search text `q`. */
  readonly reference?: string;
}

/** An empty parameter (an empty search field) counts as absent. */
const optional = <S extends z.ZodType>(schema: S) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const filtersQuery = z.object({
  status: optional(z.enum(['open', 'cancelled'], { error: 'status må være open eller cancelled' })),
  unitId: optional(z.string({ error: 'unitId er ugyldig' }).regex(/^[a-z0-9-]{1,40}$/, { error: 'unitId er ugyldig' })),
  arrivalMonth: optional(
    z
      .string({ error: 'arrivalMonth må være en måned (åååå-MM)' })
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'arrivalMonth må være en måned (åååå-MM)' }),
  ),
  q: optional(z.string({ error: 'Søket er ugyldig' }).max(40, { error: 'Søket kan være høyst 40 tegn' })),
});

/** The list filters in a request's query string; an invalid one, or a search that is no reference, is refused in Norwegian. */
export function parseSettlementListFilters(query: Readonly<Record<string, unknown>>): SettlementListFilters {
  const { status, unitId, arrivalMonth, q } = parseInput(filtersQuery, {
    status: query.status,
    unitId: query.unitId,
    arrivalMonth: query.arrivalMonth,
    q: query.q,
  });
  const reference = q === undefined || q.trim() === '' ? undefined : parseReferenceQuery(q);
  if (q !== undefined && q.trim() !== '' && reference === undefined) {
    throw userError('invalid-input', 'Søk etter en referanse, for eksempel BOS-2026-014 eller 2026-14.');
  }
  return {
    ...(status ? { status } : {}),
    ...(unitId ? { unitId } : {}),
    ...(arrivalMonth ? { arrivalMonth } : {}),
    ...(reference ? { reference } : {}),
  };
}
