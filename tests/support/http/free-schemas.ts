/** A JSON Schema node as `z.toJSONSchema` writes it. */
type SchemaNode = Readonly<Record<string, unknown>>;

/** Where a schema says nothing, or allows properties it does not name; `openEnded` lists the marked exceptions. */
export interface FreeSchemaReport {
  /** JSON paths of free records, bare objects and any-schemas (`{}`). */
  readonly free: readonly string[];
  /** JSON paths of the nodes marked `x-open-ended` (their subtree is not walked), with their titles. */
  readonly openEnded: readonly { readonly path: string; readonly title: unknown }[];
}

const isNode = (value: unknown): value is SchemaNode => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keys that are metadata, not constraints: a schema of only these says nothing about the value. */
const META = new Set(['$schema', 'title', 'description', 'default', 'examples', 'readOnly', 'writeOnly', 'deprecated']);

/**
 * Walks a JSON Schema and reports every place where it does not describe the value: `{}` (any
 * value), `additionalProperties: {}` or `true` (a free record), an object without properties and
 * without a typed `additionalProperties`. A node marked `x-open-ended` (the Adaptive Card) is
 * reported apart and not walked into.
 */
export function findFreeSchemas(schema: unknown, path = '$'): FreeSchemaReport {
  const free: string[] = [];
  const openEnded: { path: string; title: unknown }[] = [];
  const walk = (node: unknown, at: string): void => {
    if (node === false || node === true) {
      if (node === true) free.push(at);
      return;
    }
    if (!isNode(node)) return;
    if (node['x-open-ended'] === true) {
      openEnded.push({ path: at, title: node.title });
      return;
    }
    if (Object.keys(node).every((key) => META.has(key))) free.push(at);
    const extra = node.additionalProperties;
    if (extra === true || (isNode(extra) && Object.keys(extra).length === 0)) free.push(`${at}.additionalProperties`);
    const named = isNode(node.properties) && Object.keys(node.properties).length > 0;
    if (node.type === 'object' && !named && !(isNode(extra) && Object.keys(extra).length > 0)) free.push(at);
    if (isNode(node.properties)) for (const [key, value] of Object.entries(node.properties)) walk(value, `${at}.${key}`);
    if (isNode(extra)) walk(extra, `${at}.additionalProperties`);
    walk(node.items, `${at}[]`);
    for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems'] as const) {
      const list = node[key];
      if (Array.isArray(list)) list.forEach((item, index) => walk(item, `${at}.${key}[${index}]`));
    }
    if (isNode(node.$defs)) for (const [key, value] of Object.entries(node.$defs)) walk(value, `${at}.$defs.${key}`);
  };
  walk(schema, path);
  return { free: [...new Set(free)].sort(), openEnded };
}
