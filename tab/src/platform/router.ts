/** A location inside the tab, read from `location.hash` (`#/bosettinger/42?vis=alle`). */
export interface HashLocation {
  /** Normalised path, always starting with '/', never ending with one (except the root '/'). */
  readonly path: string;
  /** Decoded path segments. */
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
}

/** A matched route: what was registered for it, and the `:name` parameters taken from the path. */
export interface RouteMatch<V> {
  readonly view: V;
  readonly params: Readonly<Record<string, string>>;
  readonly location: HashLocation;
}

/** Parses a hash such as `#/bosettinger/42?vis=alle`; an empty hash is the root path. */
export function parseHash(hash: string): HashLocation {
  const withoutMark = hash.startsWith('#') ? hash.slice(1) : hash;
  const queryStart = withoutMark.indexOf('?');
  const rawPath = queryStart === -1 ? withoutMark : withoutMark.slice(0, queryStart);
  const query = new URLSearchParams(queryStart === -1 ? '' : withoutMark.slice(queryStart + 1));
  const segments = rawPath
    .split('/')
    .filter((s) => s !== '')
    .map(safeDecode);
  return { path: `/${segments.map(encodeURIComponent).join('/')}`, segments, query };
}

/** The hash for a path, for links: `hrefFor('/bosettinger')` → `#/bosettinger`. */
export function hrefFor(path: string): string {
  return `#${path.startsWith('/') ? path : `/${path}`}`;
}

/** A tiny hash router: register patterns such as `/bosettinger/:id`, then resolve hashes to views. */
export class Router<V> {
  private readonly routes: { readonly pattern: readonly string[]; readonly view: V }[] = [];

  /** Registers a view for a pattern; `:name` segments match any one segment. First match wins. */
  add(pattern: string, view: V): this {
    this.routes.push({ pattern: parseHash(pattern).segments, view });
    return this;
  }

  /** The first route matching the hash, or undefined. */
  resolve(hash: string): RouteMatch<V> | undefined {
    const location = parseHash(hash);
    for (const route of this.routes) {
      const params = matchSegments(route.pattern, location.segments);
      if (params) return { view: route.view, params, location };
    }
    return undefined;
  }
}

function matchSegments(pattern: readonly string[], segments: readonly string[]): Record<string, string> | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of pattern.entries()) {
    const segment = segments[i] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part !== segment) return undefined;
  }
  return params;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
