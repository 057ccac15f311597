import { userError } from '../../../kernel/domain-error.js';
import { ageBandAt } from './age-band.js';
import { affectedUnits, type AffectedUnitRule } from './affected-unit-rules.js';
import type { HouseholdMember } from './household-member.js';
import type { IsoDate } from '../../../kernel/dates/iso-date.js';
import { personalRecordId, settlementNoteId, type PersonalRecord, type SettlementNote } from './personal-record.js';
import type { SettlementRegistration } from './settlement-registration.js';
import type { Settlement, SettlementMember } from './settlement.js';

/** Ids and stamps the caller supplies for a new settlement. */
export interface SplitOptions {
  /** New random id for the settlement (e.g. `randomUUID()`). */
  readonly settlementId: string;
  readonly tenantId: string;
  /** Entra object id of the coordinator. */
  readonly createdBy: string;
  /** ISO timestamp. */
  readonly createdAt: string;
}

/** A registration taken apart: what every affected unit may read, and what stays in the secure zone. */
export interface SplitRegistration {
  /** The name-free document for the settlements container. */
  readonly settlement: Settlement;
  /** One record per member, for the personal-data container only. */
  readonly personalRecords: readonly PersonalRecord[];
  /** The free-text note, for the personal-data container only; absent when there is none. */
  readonly note?: SettlementNote;
}

/** The name-free entry of one member, with the age band at the arrival date. */
export function toSettlementMember(member: HouseholdMember, arrivalDate: IsoDate): SettlementMember {
  const { interpreterLanguage, healthFollowUp, adaptedHousing, specialSupport } = member.needs;
  return {
    personId: member.personId,
    role: member.role,
    ageBand: ageBandAt(member.birthDate, arrivalDate),
    guardianIds: [...member.guardianIds],
    needs: { healthFollowUp, adaptedHousing, specialSupport, ...(interpreterLanguage ? { interpreterLanguage } : {}) },
  };
}

/** The part of a settlement derived from the registration and the rules (recomputed on every edit). */
export type SettlementFacts = Pick<
  Settlement,
  'arrivalDate' | 'addressArea' | 'adultCount' | 'childCount' | 'members' | 'affectedUnits' | 'affectedUnitIds'
>;

/** Member entries, counts and affected units of a registration; throws DomainError('invalid-input') for an empty household. */
export function settlementFacts(registration: SettlementRegistration, rules: readonly AffectedUnitRule[]): SettlementFacts {
  if (registration.members.length === 0) {
    throw userError('invalid-input', 'Husstanden må ha minst én person');
  }
  const members = registration.members.map((member) => toSettlementMember(member, registration.expectedArrivalDate));
  const units = affectedUnits(rules, { members });
  return {
    arrivalDate: registration.expectedArrivalDate,
    ...(registration.addressArea ? { addressArea: registration.addressArea } : {}),
    adultCount: members.filter((member) => member.role === 'adult').length,
    childCount: members.filter((member) => member.role === 'child').length,
    members,
    affectedUnits: units,
    affectedUnitIds: units.map((unit) => unit.unitId),
  };
}

/** The personal-data documents of a registration (records and note) for one settlement. */
export function personalDocuments(
  registration: SettlementRegistration,
  settlementId: string,
  tenantId: string,
): Pick<SplitRegistration, 'personalRecords' | 'note'> {
  const personalRecords = registration.members.map((member): PersonalRecord => ({
    type: 'personal-record',
    id: personalRecordId(settlementId, member.personId),
    personId: member.personId,
    settlementId,
    tenantId,
    fullName: member.fullName,
    birthDate: member.birthDate,
    role: member.role,
    guardianIds: [...member.guardianIds],
  }));
  const text = registration.note?.trim();
  const note: SettlementNote | undefined = text
    ? { type: 'settlement-note', id: settlementNoteId(settlementId), settlementId, tenantId, text }
    : undefined;
  return { personalRecords, ...(note ? { note } : {}) };
}

/**
 * Splits a validated registration into the name-free settlement document (version 1, open) and
 * the personal-data documents. Throws DomainError('invalid-input') for an empty household.
 */
export function splitRegistration(
  registration: SettlementRegistration,
  rules: readonly AffectedUnitRule[],
  options: SplitOptions,
): SplitRegistration {
  const settlement: Settlement = {
    type: 'settlement',
    id: options.settlementId,
    tenantId: options.tenantId,
    status: 'open',
    ...settlementFacts(registration, rules),
    createdBy: options.createdBy,
    createdAt: options.createdAt,
    version: 1,
  };
  return { settlement, ...personalDocuments(registration, options.settlementId, options.tenantId) };
}
