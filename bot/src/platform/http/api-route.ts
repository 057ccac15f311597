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

/** What a handler returns: a status (200 by default) and a JSON body. */
export interface ApiResult {
  readonly status?: number;
  readonly body: unknown;
}

/** One REST route: its contract (for validation and the OpenAPI document) and its handler. */
export interface ApiRoute<Schema extends z.ZodType = z.ZodType> {
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** restify path, e.g. `/api/settlements/:settlementId`. */
  readonly path: string;
  readonly summary: string;
  /** `none` for public routes; `user` requires a valid token and a known user. */
  readonly auth: 'none' | 'user';
  /** When set, the user must hold at least one of these roles. */
  readonly roles?: readonly Role[];
  readonly body?: Schema;
  /** Headers the handler reads (documented; the handler validates them). */
  readonly headers?: readonly ApiHeader[];
  /** Schema of a successful response, for the OpenAPI document. */
  readonly response: z.ZodType;
  readonly handle: (request: ApiRequest<z.infer<Schema>>) => Promise<ApiResult>;
}

/** Helps TypeScript infer the body type of a route from its schema. */
export function defineRoute<Schema extends z.ZodType>(route: ApiRoute<Schema>): ApiRoute {
  return route as unknown as ApiRoute;
}
