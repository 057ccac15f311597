import type { z } from 'zod';
import type { AppUser } from '../../kernel/users/app-user.js';
import type { Role } from '../../kernel/users/role.js';

/** A validated request as a route handler sees it. */
export interface ApiRequest<Body = unknown> {
  /** The signed-in user (absent on routes with `auth: 'none'`). */
  readonly user: AppUser | undefined;
  readonly body: Body;
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  /** Request headers, names in lower case. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/** A request header a route reads, for the OpenAPI document. */
export interface ApiHeader {
  readonly name: string;
  readonly required: boolean;
  readonly description: string;
}

/** What a handler returns: a status (200 by default) and a JSON body of the route's response type. */
export interface ApiResult<Body = unknown> {
  readonly status?: number;
  readonly body: Body;
}

/**
 * `T` with every object and array read-only. A handler only hands its body to `JSON.stringify`,
 * so it may return the domain's read-only lists as they are; the shape is what must match.
 */
export type DeepReadonly<T> = T extends (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;

/** The body a handler of a route with this response schema must return. */
export type ResponseBody<Response extends z.ZodType> = DeepReadonly<z.output<Response>>;

/** One REST route: its contract (for validation and the OpenAPI document) and its handler. */
export interface ApiRoute<Body extends z.ZodType = z.ZodType, Response extends z.ZodType = z.ZodType> {
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** restify path, e.g. `/api/settlements/:settlementId`. */
  readonly path: string;
  readonly summary: string;
  /** `none` for public routes; `user` requires a valid token and a known user. */
  readonly auth: 'none' | 'user';
  /** When set, the user must hold at least one of these roles. */
  readonly roles?: readonly Role[];
  /** Validates the request body (with Norwegian messages) and describes it in the OpenAPI document. */
  readonly body?: Body;
  /** Headers the handler reads (documented; the handler validates them). */
  readonly headers?: readonly ApiHeader[];
  /** The statuses a success may have, for the OpenAPI document; `[200]` by default (e.g. `[201, 200]` for a create that may be a retry). */
  readonly successStatuses?: readonly number[];
  /**
   * A route that answers with a file instead of JSON (e.g. CSV): the body is the file's text, sent with
   * this content type as an attachment named by `fileName`.
   */
  readonly produces?: { readonly contentType: string; readonly fileName: () => string };
  /** Schema of a successful response (from `contract/`): the handler's return type, the OpenAPI document, and checked in development. */
  readonly response: Response;
  readonly handle: (request: ApiRequest<z.output<Body>>) => Promise<ApiResult<ResponseBody<Response>>>;
}

/** Infers the body and response types of a route from its schemas, so a handler returning another shape does not compile. */
export function defineRoute<Body extends z.ZodType, Response extends z.ZodType>(route: ApiRoute<Body, Response>): ApiRoute {
  return route as unknown as ApiRoute;
}
