import type { AuditDetails, AuditEntry } from '../../../kernel/audit/audit-entry.js';
import { formatOsloTime } from '../../../kernel/dates/format-oslo-time.js';
import { auditActionLabel } from './audit-action-labels.js';

/** What the log knows about a settlement it names: its reference when it has one, else its arrival date. */
export interface AuditedSettlement {
  readonly id: string;
  readonly arrivalDate: string;
  readonly reference?: string;
}

/** Names for the ids an entry holds, looked up once per page. */
export interface AuditLookups {
  userName(userId: string): string | undefined;
  unitName(unitId: string): string | undefined;
  settlement(settlementId: string): AuditedSettlement | undefined;
}

/** One audit entry in words: no action code, key or raw id is meant to be read by a person. */
export interface DescribedAuditEntry {
  readonly id: string;
  /** ISO instant. */
  readonly at: string;
  /** Oslo time, `dd.MM.yyyy kl. HH:mm`. */
  readonly when: string;
  readonly who: string;
  /** The action's code (for filters and links), never shown. */
  readonly action: string;
  readonly actionLabel: string;
  readonly settlement?: { readonly id: string; readonly label: string };
  /** The unit or units concerned, by name. */
  readonly unit?: string;
  /** How many persons the entry concerns. */
  readonly persons?: number;
  /** Other facts in words (version, messages), or nothing. */
  readonly details?: string;
}

/** Describes an entry with names from the lookups; what cannot be named is described, not shown as an id. */
export function describeAuditEntry(entry: AuditEntry, lookups: AuditLookups): DescribedAuditEntry {
  const settlementId = idIn(entry.resource, 'settlement');
  const unitIds = unitIdsOf(entry);
  const unitNames = unitIds.map((id) => lookups.unitName(id) ?? 'ukjent enhet');
  const persons = personCount(entry.details);
  const details = describeDetails(entry);
  return {
    id: entry.id,
    at: entry.at,
    when: formatOsloTime(entry.at) || entry.at,
    who: lookups.userName(entry.actorId)?.trim() || 'Ukjent bruker',
    action: entry.action,
    actionLabel: auditActionLabel(entry.action),
    ...(settlementId ? { settlement: { id: settlementId, label: settlementLabel(lookups.settlement(settlementId)) } } : {}),
    ...(unitNames.length > 0 ? { unit: unitNames.join(', ') } : entry.resource === 'affected-unit-rules' ? { unit: 'Alle enheter' } : {}),
    ...(persons !== undefined ? { persons } : {}),
    ...(details ? { details } : {}),
  };
}

/** The settlement as the log names it: `BOS-2026-014`, or by arrival date before references existed. */
export function settlementLabel(settlement: AuditedSettlement | undefined): string {
  if (!settlement) return 'Ukjent bosetting';
  if (settlement.reference) return settlement.reference;
  const [year, month, day] = settlement.arrivalDate.split('-');
  return year && month && day ? `Bosetting med ankomst ${day}.${month}.${year}` : 'Bosetting';
}

/** How many persons an entry concerns: `details.persons`, or the number of `details.personIds`. */
export function personCount(details: AuditDetails | undefined): number | undefined {
  const persons = details?.persons;
  if (typeof persons === 'number') return persons;
  const personIds = details?.personIds;
  return Array.isArray(personIds) ? personIds.length : undefined;
}

function unitIdsOf(entry: AuditEntry): string[] {
  const ids = new Set<string>();
  const resourceUnit = idIn(entry.resource, 'unit');
  if (resourceUnit) ids.add(resourceUnit);
  const { unitId, units } = entry.details ?? {};
  if (typeof unitId === 'string') ids.add(unitId);
  if (Array.isArray(units)) for (const id of units) ids.add(id);
  return [...ids];
}

function describeDetails(entry: AuditEntry): string | undefined {
  const parts: string[] = [];
  const { version, messages } = entry.details ?? {};
  if (typeof version === 'number') parts.push(`versjon ${version}`);
  if (typeof messages === 'number') parts.push(messages === 1 ? '1 melding' : `${messages} meldinger`);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

function idIn(resource: string, kind: string): string | undefined {
  const prefix = `${kind}:`;
  return resource.startsWith(prefix) && resource.length > prefix.length ? resource.slice(prefix.length) : undefined;
}
