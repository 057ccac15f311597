// The server's rule (settlement-reference.ts `parseReferenceQuery`); tests/contract proves the two agree.
const REFERENCE_SEARCH = /^\s*(?:bos\s*-\s*)?(\d{4})\s*-\s*0*([1-9]\d{0,8})\s*$/i;

/** What the tab says when a search is no reference (the server says the same). */
export const NOT_A_REFERENCE = 'Søk etter en referanse, for eksempel BOS-2026-014 eller 2026-14.';

/**
 * Whether a search text is a settlement reference (`BOS-2026-014`, `bos-2026-14`, `2026-14`). Only
 * such text goes into the address or to the server: what else someone types (a name, perhaps)
 * stays in the field.
 */
export function isReferenceSearch(text: string): boolean {
  return REFERENCE_SEARCH.test(text);
}
