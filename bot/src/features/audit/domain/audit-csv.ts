import type { DescribedAuditEntry } from './describe-audit-entry.js';

const HEADERS = ['Tidspunkt', 'Hvem', 'Hendelse', 'Bosetting', 'Enhet', 'Personer', 'Detaljer'];

/**
 * The entries as CSV for Excel in Norway: UTF-8 with a byte order mark, `;` between fields, CRLF
 * line ends, fields quoted when they hold `;`, quotes or line breaks, and a field that a spreadsheet
 * would read as a formula (starting with =, +, -, @, tab or CR) prefixed with an apostrophe.
 */
export function auditCsv(entries: readonly DescribedAuditEntry[], note?: string): string {
  const rows = entries.map((entry) => [
    entry.when,
    entry.who,
    entry.actionLabel,
    entry.settlement?.label ?? '',
    entry.unit ?? '',
    entry.persons === undefined ? '' : String(entry.persons),
    entry.details ?? '',
  ]);
  const lines = [HEADERS, ...rows].map((fields) => fields.map(csvField).join(';'));
  if (note) lines.push(csvField(note));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** One field, safe for a spreadsheet. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
