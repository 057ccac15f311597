import type { MemberRole } from './household-member.js';
import type { IsoDate } from '../../../kernel/dates/iso-date.js';

/** One person's identifying details; stored only in the personal-data container. */
export interface PersonalRecord {
  readonly type: 'personal-record';
  /** `settlementId:personId` (see {@link personalRecordId}). */
  readonly id: string;
  readonly personId: string;
  readonly settlementId: string;
  readonly tenantId: string;
  readonly fullName: string;
  readonly birthDate: IsoDate;
  readonly role: MemberRole;
  readonly guardianIds: readonly string[];
}

/** The coordinator's free-text note on a settlement; stored only in the personal-data container. */
export interface SettlementNote {
  readonly type: 'settlement-note';
  /** `settlementId:note` (see {@link settlementNoteId}). */
  readonly id: string;
  readonly settlementId: string;
  readonly tenantId: string;
  readonly text: string;
}

/**
 * Id of a person's record. It includes the settlement id, so a forged person id in one
 * settlement can never overwrite a record of another.
 */
export function personalRecordId(settlementId: string, personId: string): string {
  return `${settlementId}:${personId}`;
}

/** Id of a settlement's note (one note per settlement). */
export function settlementNoteId(settlementId: string): string {
  return `${settlementId}:note`;
}
