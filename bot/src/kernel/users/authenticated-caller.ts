/** Who is calling the tab API, as proven by a validated token (SSO in production, dev token locally). */
export interface AuthenticatedCaller {
  readonly tenantId: string;
  /** Entra object id of the user. */
  readonly userId: string;
  /** Display name from the token, if present (never logged). */
  readonly name?: string;
}
