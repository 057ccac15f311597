/** Ids the tab accepts in a deep link: UUIDs and slugs, nothing that could carry a path or a query. */
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/**
 * The route for a Teams deep link's `subPageId` (teams-js v2 `context.page.subPageId`):
 * `bosetting:<settlementId>:<unitId>` opens that unit's secure zone, `bosetting:<settlementId>`
 * the settlement. Anything else (or a malformed id) gives undefined.
 */
export function routeForSubPageId(subPageId: string | undefined): string | undefined {
  const parts = subPageId?.trim().split(':');
  if (parts === undefined || parts[0] !== 'bosetting' || !parts.slice(1).every((part) => ID.test(part))) return undefined;
  const [, settlementId, unitId] = parts;
  if (parts.length === 2 && settlementId) return `/bosettinger/${settlementId}`;
  if (parts.length === 3 && settlementId && unitId) return `/bosettinger/${settlementId}/sikker-sone/${unitId}`;
  return undefined;
}

/** A deep link applies only when the URL names no route of its own (empty hash or `#/`). */
export function hashNamesNoRoute(hash: string): boolean {
  return hash === '' || hash === '#' || hash === '#/';
}
