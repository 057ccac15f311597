import pino from 'pino';
import type { Logger } from './logger.js';

/** Fields that must never reach a log line: secrets, tokens and anything personal. */
export const REDACTED_FIELDS: readonly string[] = [
  'authorization',
  'token',
  'key',
  'password',
  'secret',
  'name',
  'fullName',
  'displayName',
  'birthDate',
  'text',
  'body',
  '*.authorization',
  '*.token',
  '*.name',
  '*.fullName',
  '*.displayName',
  '*.birthDate',
  '*.text',
  '*.body',
];

/** Options for {@link createLogger}. */
export interface CreateLoggerOptions {
  /** pino level, e.g. `info`. */
  readonly level: string;
  /** Where lines go; defaults to stdout. */
  readonly destination?: pino.DestinationStream;
}

/** A pino JSON logger that redacts secrets and personal fields. */
export function createLogger(options: CreateLoggerOptions): Logger {
  return pino(
    { level: options.level, redact: { paths: [...REDACTED_FIELDS], censor: '[fjernet]' }, base: { app: 'introteam' } },
    options.destination ?? pino.destination(1),
  );
}
