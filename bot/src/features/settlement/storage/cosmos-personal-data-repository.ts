import type { Container } from '@azure/cosmos';
import type { PersonalDataRepository } from '../ports/personal-data-repository.js';
import type { PersonalRecord, SettlementNote } from '../domain/personal-record.js';
import { VersionedDocumentStore, type DocumentKind } from '../../../platform/storage/cosmos/versioned-document-store.js';

/** `personal-record` documents in the personal-data container. */
export const PERSONAL_RECORD_KIND: DocumentKind<PersonalRecord> = {
  type: 'personal-record',
  tenantIdOf: (record) => record.tenantId,
  keyOf: (record) => [record.settlementId, record.personId],
};

/** `settlement-note` documents (free text may hold names) in the personal-data container. */
export const SETTLEMENT_NOTE_KIND: DocumentKind<SettlementNote> = {
  type: 'settlement-note',
  tenantIdOf: (note) => note.tenantId,
  keyOf: (note) => [note.settlementId],
};

/** PersonalDataRepository on the `personal-data` container; only the secure zone and the coordinator's edit read it. */
export class CosmosPersonalDataRepository implements PersonalDataRepository {
  private readonly records: VersionedDocumentStore<PersonalRecord>;
  private readonly notes: VersionedDocumentStore<SettlementNote>;

  constructor(container: Container) {
    this.records = new VersionedDocumentStore(container, PERSONAL_RECORD_KIND);
    this.notes = new VersionedDocumentStore(container, SETTLEMENT_NOTE_KIND);
  }

  /** Creates or replaces the records (one batch: one round trip for a household). */
  async putRecords(records: readonly PersonalRecord[]): Promise<void> {
    await this.records.upsertMany(records);
  }

  /** The settlement's records in household order of creation. */
  async listForSettlement(tenantId: string, settlementId: string): Promise<PersonalRecord[]> {
    const found = await this.records.query(tenantId, {
      where: 'c.data.settlementId = @settlementId',
      parameters: [{ name: '@settlementId', value: settlementId }],
    });
    return found.map((item) => item.value);
  }

  /** Deletes the given persons' records (e.g. removed from the household on edit). */
  async deleteRecords(tenantId: string, settlementId: string, personIds: readonly string[]): Promise<void> {
    for (const personId of personIds) await this.records.delete(tenantId, [settlementId, personId]);
  }

  /** Creates or replaces the settlement's note. */
  async putNote(note: SettlementNote): Promise<void> {
    await this.notes.upsert(note);
  }

  /** The note, or undefined. */
  async getNote(tenantId: string, settlementId: string): Promise<SettlementNote | undefined> {
    return (await this.notes.read(tenantId, [settlementId]))?.value;
  }

  /** Deletes the note if there is one. */
  async deleteNote(tenantId: string, settlementId: string): Promise<void> {
    await this.notes.delete(tenantId, [settlementId]);
  }
}
