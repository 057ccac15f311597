import type { Logger } from '../../bot/src/platform/logging/logger.js';

/** A Logger that keeps every line as JSON text, so tests can assert on (and scan) what was logged. */
export class RecordingLogger implements Logger {
  readonly lines: string[] = [];
  info(fields: Record<string, unknown>, message: string): void {
    this.record('info', fields, message);
  }
  warn(fields: Record<string, unknown>, message: string): void {
    this.record('warn', fields, message);
  }
  error(fields: Record<string, unknown>, message: string): void {
    this.record('error', fields, message);
  }
  debug(fields: Record<string, unknown>, message: string): void {
    this.record('debug', fields, message);
  }
  private record(level: string, fields: Record<string, unknown>, message: string): void {
    this.lines.push(JSON.stringify({ level, ...fields, msg: message }));
  }
}
