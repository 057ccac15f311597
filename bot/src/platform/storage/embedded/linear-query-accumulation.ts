/*
 * The embedded server's query engine (@zeit/cosmosdb-query, behind @vercel/cosmosdb-server) compiles
 * SQL to JavaScript that collects the rows of `FROM c` with
 *   $c.reduce(($, c) => typeof c !== "undefined" ? [...$, { c: c }] : $, [])
 * which copies the whole accumulator for every document: quadratic in the container's size. With
 * 50,000 outbox messages one query took 30 s and stalled every other request. Rewriting each
 * single-element `[...$, element]` to `($.push(element), $)` makes it linear and yields the same
 * rows: the accumulator is the reduce's own fresh `[]`, which nothing else holds.
 */

const MARKER = '[...$, ';

/** The compiled query with each single-element accumulator copy turned into a push; anything else is left as it is. */
export function linearQueryAccumulation(code: string): string {
  let result = '';
  let from = 0;
  for (;;) {
    const at = code.indexOf(MARKER, from);
    if (at < 0) return result + code.slice(from);
    const start = at + MARKER.length;
    const end = elementEnd(code, start);
    if (end === undefined || code.startsWith('...', start)) {
      // A spread of several rows (a JOIN) or an element this reader does not follow: keep the original.
      result += code.slice(from, start);
      from = start;
      continue;
    }
    result += `${code.slice(from, at)}($.push(${linearQueryAccumulation(code.slice(start, end))}), $)`;
    from = end + 1;
  }
}

const OPENING = new Set(['(', '[', '{']);
const CLOSING = new Set([')', ']', '}']);

/**
 * Where the array literal's single element ends (the index of its closing `]`), skipping string and
 * template literals; undefined when a second element follows (a comma at the top level) or the
 * brackets do not balance.
 */
function elementEnd(code: string, start: number): number | undefined {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const char = code[i]!;
    if (char === '"' || char === "'" || char === '`') {
      i = literalEnd(code, i);
      if (i < 0) return undefined;
    } else if (OPENING.has(char)) {
      depth += 1;
    } else if (CLOSING.has(char)) {
      if (depth === 0) return char === ']' ? i : undefined;
      depth -= 1;
    } else if (char === ',' && depth === 0) {
      return undefined;
    }
  }
  return undefined;
}

/** The index of the quote that closes the literal opened at `start`, or -1. */
function literalEnd(code: string, start: number): number {
  const quote = code[start];
  for (let i = start + 1; i < code.length; i++) {
    if (code[i] === '\\') i += 1;
    else if (code[i] === quote) return i;
  }
  return -1;
}
