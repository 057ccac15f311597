import type { AuditDetails, AuditEntryView } from '../../../../contract/audit.js';
import { formatInstant } from '../../platform/display-date.js';

/** One line of the audit table, all text ready to show. */
export interface AuditRow {
  readonly id: string;
  readonly when: string;
  /** ISO instant, for `<time datetime>`. */
  readonly at: string;
  readonly who: string;
  readonly action: string;
  /** "Bosetting 3d845089", or the resource as the server names it. */
  readonly resource: string;
  /** Route to the resource in the tab, when there is one. */
  readonly resourcePath?: string;
  readonly details: string;
}

/** Norwegian names of the audit actions the tab knows; others are shown as the server names them. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  'personal-data.read': 'Åpnet navn i sikker sone',
  'registration.read': 'Åpnet registreringen med navn',
  'settlement.register': 'Registrerte bosetting',
  'settlement.edit': 'Endret bosetting',
  'settlement.cancel': 'Avlyste bosetting',
  'channel.bind': 'Koblet enhet til kanal',
  'rules.update': 'Endret regler for berørte enheter',
  'routine-template.update': 'Endret rutine',
};

/** The table rows, newest first. */
export function auditRows(entries: readonly AuditEntryView[]): AuditRow[] {
  return [...entries]
    .sort((a, b) => b.at.localeCompare(a.at))
    .map((entry) => ({
      id: entry.id,
      when: formatInstant(entry.at),
      at: entry.at,
      who: entry.actorName?.trim() || `Ukjent bruker (${entry.actorId})`,
      action: AUDIT_ACTION_LABELS[entry.action] ?? entry.action,
      ...describeResource(entry.resource),
      details: describeDetails(entry.details),
    }));
}

/** `settlement:<id>` → "Bosetting <first 8 characters>" with a link to it; other resources as they are. */
export function describeResource(resource: string): { readonly resource: string; readonly resourcePath?: string } {
  const match = /^settlement:([A-Za-z0-9_-]+)$/.exec(resource);
  if (!match?.[1]) return { resource };
  return { resource: `Bosetting ${match[1].slice(0, 8)}`, resourcePath: `/bosettinger/${match[1]}` };
}

/** Details as "enhet: barnehage · personer: 3"; id lists are counted, not listed. */
export function describeDetails(details: AuditDetails | undefined): string {
  if (!details) return '';
  return Object.entries(details)
    .map(([key, value]) => `${DETAIL_LABELS[key] ?? key}: ${describeValue(key, value)}`)
    .join(' · ');
}

const DETAIL_LABELS: Readonly<Record<string, string>> = {
  unitId: 'enhet',
  settlementId: 'bosetting',
  personIds: 'personer',
  count: 'antall',
};

function describeValue(key: string, value: AuditDetails[string]): string {
  if (Array.isArray(value)) return key.endsWith('Ids') ? String(value.length) : value.join(', ');
  return String(value);
}
