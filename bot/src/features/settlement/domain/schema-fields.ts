import { z } from 'zod';
import { isIsoDate } from '../../../kernel/dates/iso-date.js';

/** A required `yyyy-MM-dd` calendar date, with the given Norwegian message when it is not one. */
export function isoDateField(message: string) {
  return z.string({ error: message }).refine(isIsoDate, { error: message });
}

/** Required text, trimmed, between 1 and `max` characters, with Norwegian messages. */
export function requiredText(label: string, max: number) {
  return z
    .string({ error: `${label} må fylles ut` })
    .trim()
    .min(1, { error: `${label} må fylles ut` })
    .max(max, { error: `${label} kan være høyst ${max} tegn` });
}

/** Optional text, trimmed; an empty or blank string counts as absent. */
export function optionalText(label: string, max: number) {
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z
      .string({ error: `${label} må være tekst` })
      .trim()
      .max(max, { error: `${label} kan være høyst ${max} tegn` })
      .optional(),
  );
}

/** A slug id such as a unit or task id: lower-case letters, digits and hyphens, 1–40 characters. */
export function slugField(label: string) {
  return z.string({ error: `${label} må fylles ut` }).regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, {
    error: `${label} kan bare inneholde små bokstaver, tall og bindestrek (maks 40 tegn)`,
  });
}
