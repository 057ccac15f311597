import type { PersonalRecord, SettlementNote } from '../domain/personal-record.js';

/** Names, birth dates and the free-text note, kept in their own container. Reads must be audited by the caller first. */
export interface PersonalDataRepository {
  /** Creates or replaces the records (idempotent by id). */
  putRecords(records: readonly PersonalRecord[]): Promise<void>;
  listForSettlement(tenantId: string, settlementId: string): Promise<PersonalRecord[]>;
  deleteRecords(tenantId: string, settlementId: string, personIds: readonly string[]): Promise<void>;
  putNote(note: SettlementNote): Promise<void>;
  getNote(tenantId: string, settlementId: string): Promise<SettlementNote | undefined>;
  deleteNote(tenantId: string, settlementId: string): Promise<void>;
}
