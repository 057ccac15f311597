/** A cache key from its parts (unambiguous whatever the parts contain). */
export function cacheKey(...parts: readonly string[]): string {
  return JSON.stringify(parts);
}
