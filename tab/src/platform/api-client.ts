import { ApiError, apiErrorFromResponse, invalidResponseError, networkError } from './api-error.js';

/** Options for {@link ApiClient}. */
export interface ApiClientOptions {
  /** Returns the bearer token for authenticated calls (SSO or dev token), or undefined when signed out. */
  readonly getToken: () => Promise<string | undefined>;
  /** Called when an authenticated call gets 401, before the error is thrown (dev mode: back to the picker). */
  readonly onUnauthorized?: (error: ApiError) => void;
  /** Prefix for request paths; defaults to '' (same origin). */
  readonly baseUrl?: string;
  /** The fetch to use; defaults to the global one (injected in tests). */
  readonly fetch?: typeof fetch;
}

/** Per-request options. */
export interface RequestOptions {
  /** Send the bearer token; defaults to true. */
  readonly auth?: boolean;
  /** Extra request headers, e.g. `Idempotency-Key`. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** JSON-over-HTTP client for the Introteam API; every failure becomes an {@link ApiError}. */
export class ApiClient {
  private readonly fetchFn: typeof fetch;

  constructor(private readonly options: ApiClientOptions) {
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  /** GET a JSON resource. */
  get(path: string, requestOptions?: RequestOptions): Promise<unknown> {
    return this.send('GET', path, undefined, requestOptions);
  }

  /** GET a file (e.g. CSV) as a Blob; failures as for JSON calls (the server's errors are JSON). */
  async getBlob(path: string): Promise<Blob> {
    const token = await this.options.getToken();
    if (token === undefined) throw this.unauthorized(apiErrorFromResponse(401, undefined));
    let response: Response;
    try {
      response = await this.fetchFn(`${this.options.baseUrl ?? ''}${path}`, {
        method: 'GET',
        headers: { Authorization: `Bearer ${token}` },
        credentials: 'same-origin',
      });
    } catch (cause) {
      throw networkError(cause);
    }
    if (!response.ok) {
      const parsed = await readJson(response);
      const error = apiErrorFromResponse(response.status, parsed.ok ? parsed.value : undefined);
      throw response.status === 401 ? this.unauthorized(error) : error;
    }
    return response.blob();
  }

  /** POST a JSON body and read the JSON reply. */
  post(path: string, body: unknown, requestOptions?: RequestOptions): Promise<unknown> {
    return this.send('POST', path, body, requestOptions);
  }

  /** PUT a JSON body and read the JSON reply. */
  put(path: string, body: unknown, requestOptions?: RequestOptions): Promise<unknown> {
    return this.send('PUT', path, body, requestOptions);
  }

  private async send(method: string, path: string, body: unknown, requestOptions?: RequestOptions): Promise<unknown> {
    const auth = requestOptions?.auth ?? true;
    const headers: Record<string, string> = { ...requestOptions?.headers, Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (auth) {
      const token = await this.options.getToken();
      if (token === undefined) throw this.unauthorized(apiErrorFromResponse(401, undefined));
      headers.Authorization = `Bearer ${token}`;
    }
    let response: Response;
    try {
      const init: RequestInit = { method, headers, credentials: 'same-origin' };
      if (body !== undefined) init.body = JSON.stringify(body);
      response = await this.fetchFn(`${this.options.baseUrl ?? ''}${path}`, init);
    } catch (cause) {
      throw networkError(cause);
    }
    const parsed = await readJson(response);
    if (!response.ok) {
      const error = apiErrorFromResponse(response.status, parsed.ok ? parsed.value : undefined);
      throw auth && response.status === 401 ? this.unauthorized(error) : error;
    }
    if (!parsed.ok) throw invalidResponseError(response.status, parsed.cause);
    return parsed.value;
  }

  private unauthorized(error: ApiError): ApiError {
    this.options.onUnauthorized?.(error);
    return error;
  }
}

type ParsedBody = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly cause?: unknown };

/** Reads the body as JSON; an empty body (204) reads as undefined. */
async function readJson(response: Response): Promise<ParsedBody> {
  try {
    const text = await response.text();
    return { ok: true, value: text === '' ? undefined : (JSON.parse(text) as unknown) };
  } catch (cause) {
    return { ok: false, cause };
  }
}
