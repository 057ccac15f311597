import type { SqlParameter, SqlQuerySpec } from '@azure/cosmos';
import { DomainError } from '../../../kernel/domain-error.js';

/** Filter, order and limit for a query inside one tenant and one document type. */
export interface DocumentQuery {
  /** Extra condition on the document `c`, e.g. `c.data.unitId = @unitId`; values only through `parameters`. */
  readonly where?: string;
  /** Named values for `where` (the names `@tenantId`, `@type` and `@limit` are taken). */
  readonly parameters?: readonly SqlParameter[];
  /** Sort expression written in code, never from input, e.g. `c.data.at DESC`. */
  readonly orderBy?: string;
  /** At most this many documents (`TOP`); a positive integer. */
  readonly limit?: number;
}

const RESERVED_PARAMETERS: ReadonlySet<string> = new Set(['@tenantId', '@type', '@limit']);

/**
 * The parameterised SQL for a single-partition query. The tenant condition is always in the
 * WHERE clause as well as in the request's partition key: the embedded server ignores the
 * partition key header when querying, so the condition is what keeps tenants apart there.
 */
export function buildDocumentQuery(tenantId: string, type: string, query: DocumentQuery = {}): SqlQuerySpec {
  const parameters: SqlParameter[] = [
    { name: '@tenantId', value: tenantId },
    { name: '@type', value: type },
  ];
  for (const parameter of query.parameters ?? []) {
    if (RESERVED_PARAMETERS.has(parameter.name)) {
      throw new DomainError('invalid-input', `The query parameter ${parameter.name} is reserved by the document store.`);
    }
    parameters.push(parameter);
  }
  let top = '';
  if (query.limit !== undefined) {
    if (!Number.isSafeInteger(query.limit) || query.limit < 1) {
      throw new DomainError('invalid-input', 'A query limit must be a positive integer.');
    }
    top = 'TOP @limit ';
    parameters.push({ name: '@limit', value: query.limit });
  }
  const where = query.where === undefined ? '' : ` AND (${query.where})`;
  const orderBy = query.orderBy === undefined ? '' : ` ORDER BY ${query.orderBy}`;
  return {
    query: `SELECT ${top}* FROM c WHERE c.tenantId = @tenantId AND c.type = @type${where}${orderBy}`,
    parameters,
  };
}
