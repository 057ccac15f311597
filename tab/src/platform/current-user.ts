import type { ApiClient } from './api-client.js';
import { invalidResponseError } from './api-error.js';
import type { MeResponse } from '../../../contract/session.js';

/** Options for {@link CurrentUser}. */
export interface CurrentUserOptions {
  /** Reads `/api/me`. */
  readonly api: Pick<ApiClient, 'get'>;
  /** The current bearer token; a new token (another demo user) means another user. */
  readonly getToken: () => Promise<string | undefined>;
}

/** The signed-in user and roles, read once per token (switching demo user reads them again). */
export class CurrentUser {
  private cached: { readonly token: string | undefined; readonly me: Promise<MeResponse> } | undefined;

  constructor(private readonly options: CurrentUserOptions) {}

  /** `GET /api/me`, cached while the token stays the same; a failed read is not cached. */
  async me(): Promise<MeResponse> {
    const token = await this.options.getToken();
    if (this.cached?.token !== token || this.cached === undefined) {
      const me = this.options.api.get('/api/me').then(checkMe);
      this.cached = { token, me };
      me.catch(() => {
        if (this.cached?.me === me) this.cached = undefined;
      });
    }
    return this.cached.me;
  }
}

function checkMe(body: unknown): MeResponse {
  const me = body as Partial<MeResponse> | undefined;
  if (typeof me?.user?.displayName !== 'string' || !Array.isArray(me.roles)) throw invalidResponseError(200);
  return me as MeResponse;
}
