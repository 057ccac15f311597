import type { DomainErrorCode } from '../../../kernel/domain-error.js';

/** What the parent asks of the embedded Cosmos DB process: start (once), then stop. */
export type EmbeddedCosmosRequest =
  | {
      readonly type: 'start';
      /** TCP port on 127.0.0.1; 0 picks a free one. */
      readonly port: number;
      readonly databaseName: string;
      /** The snapshot file, resolved by the parent. */
      readonly filePath: string;
      readonly snapshotIntervalMs: number;
    }
  | { readonly type: 'stop' };

/** What the embedded Cosmos DB process tells the parent. Never document contents. */
export type EmbeddedCosmosReport =
  | {
      readonly type: 'ready';
      readonly endpoint: string;
      readonly key: string;
      /** Documents restored from the snapshot; undefined when there was no snapshot file. */
      readonly documents: number | undefined;
    }
  /** Start-up failed; the parent rebuilds the DomainError from these. */
  | { readonly type: 'failed'; readonly code: DomainErrorCode; readonly message: string }
  /** A log line for the parent's logger: a fixed message and ids, codes or counts only. */
  | { readonly type: 'log'; readonly level: 'info' | 'warn'; readonly message: string; readonly details: Readonly<Record<string, string>> };

/** The `type` of an IPC message, or undefined when it is not one of ours. */
export function messageType(message: unknown): string | undefined {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? type : undefined;
}
