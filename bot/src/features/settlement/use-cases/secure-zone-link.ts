/** Where links into the tab point. */
export interface TabLinkOptions {
  /** Base URL of the app, e.g. `https://introteam.kommune.no` (no trailing slash). */
  readonly publicUrl: string;
  /** Teams app id from the manifest; empty locally, where the plain tab URL is used. */
  readonly teamsAppId: string;
}

/**
 * Link that opens a settlement's secure zone for a unit: a Teams deep link to the personal tab
 * (`subEntityId` carries only ids) in Teams, the tab's own URL locally. Never carries personal data.
 */
export function secureZoneLink(options: TabLinkOptions, settlementId: string, unitId: string): string {
  if (!options.teamsAppId) return `${options.publicUrl}/tab#/bosettinger/${settlementId}/sikker-sone/${unitId}`;
  const context = encodeURIComponent(JSON.stringify({ subEntityId: `bosetting:${settlementId}:${unitId}` }));
  return `https://teams.microsoft.com/l/entity/${options.teamsAppId}/introteam?context=${context}`;
}
