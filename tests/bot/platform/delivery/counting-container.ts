import type { Container } from '@azure/cosmos';

/** Cosmos operations counted by {@link countingContainer}, by SDK call name (`create`, `upsert`, `replace`, `read`, `query` …). */
export type OperationCounts = Map<string, number>;

const ITEMS_CALLS = new Set(['create', 'upsert', 'query', 'readAll']);
const ITEM_CALLS = new Set(['read', 'replace', 'delete', 'patch']);

/** Operations that change a document. */
export const WRITE_CALLS: readonly string[] = ['create', 'upsert', 'replace', 'delete', 'patch'];

/** The number of writes among the counts. */
export function writesOf(counts: OperationCounts): number {
  return WRITE_CALLS.reduce((sum, call) => sum + (counts.get(call) ?? 0), 0);
}

/**
 * The container with every SDK call that reaches Cosmos DB counted (one call is one request, a
 * query counted once), so a test can assert how many writes and reads an operation costs.
 */
export function countingContainer(container: Container, counts: OperationCounts): Container {
  const bump = (call: string): void => void counts.set(call, (counts.get(call) ?? 0) + 1);
  const counted = <T extends object>(target: T, calls: ReadonlySet<string>): T =>
    new Proxy(target, {
      get(object, property, receiver) {
        const value: unknown = Reflect.get(object, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (typeof property === 'string' && calls.has(property)) bump(property);
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        };
      },
    });
  const items = counted(container.items, ITEMS_CALLS);
  return new Proxy(container, {
    get(object, property, receiver) {
      if (property === 'items') return items;
      if (property === 'item') return (id: string, partitionKey: string) => counted(object.item(id, partitionKey), ITEM_CALLS);
      const value: unknown = Reflect.get(object, property, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(object) : value;
    },
  });
}
