import { z } from 'zod';
import { isIsoDate } from '../../../kernel/dates/iso-date.js';

/** A required `yyyy-MM-dd` calendar date, with the given Norwegian message when it is not one. */
export function isoDateField(message: string) {
  return z.string({ error: message }).refine(isIsoDate, { error: message });
}

/** A slug id such as a unit or task id: lower-case letters, digits and hyphens, 1–40 characters. */
export function slugField(label: string) {
  return z.string({ error: `${label} må fylles ut` }).regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, {
    error: `${label} kan bare inneholde små bokstaver, tall og bindestrek (maks 40 tegn)`,
  });
}
