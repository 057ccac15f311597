import assert from 'node:assert/strict';
import { settlementRow, settlementRows, settlementTitle, unitCell } from '../../../../tab/src/features/settlement/settlement-rows.js';
import { aSettlement, aUnit } from './settlement-fixture.js';

describe('settlement-rows', () => {
  it('should put open settlements first, soonest arrival first, and cancelled ones last', () => {
    const rows = settlementRows([
      aSettlement({ id: 'late', arrivalDate: '2026-05-01' }),
      aSettlement({ id: 'cancelled', arrivalDate: '2026-01-01', status: 'cancelled' }),
      aSettlement({ id: 'soon', arrivalDate: '2026-02-01' }),
    ]);
    assert.deepEqual(
      rows.map((r) => r.id),
      ['soon', 'late', 'cancelled'],
    );
    assert.equal(rows[2]?.cancelled, true);
    assert.equal(rows[2]?.statusText, 'Avlyst');
  });

  it('should show the arrival date as dd.MM.yyyy and the household in words', () => {
    const row = settlementRow(aSettlement({ arrivalDate: '2026-03-05', adultCount: 1, childCount: 2, addressArea: 'Sentrum' }));
    assert.equal(row.arrivalText, '05.03.2026');
    assert.equal(row.household, '1 voksen og 2 barn');
    assert.equal(row.addressArea, 'Sentrum');
  });

  it('should head the row with the reference and the arrival date when the settlement has a reference', () => {
    const row = settlementRow(aSettlement({ arrivalDate: '2027-04-03', reference: 'BOS-2026-014' }));
    assert.equal(row.heading, 'BOS-2026-014 · ankomst 03.04.2027');
    assert.equal(
      settlementTitle({ arrivalDate: '2027-04-03', reference: 'BOS-2026-014' }),
      'Bosetting BOS-2026-014 med ankomst 03.04.2027',
    );
  });

  it('should head the row with the arrival date alone when an old settlement has no reference yet', () => {
    assert.equal(settlementRow(aSettlement({ arrivalDate: '2027-04-03' })).heading, 'Ankomst 03.04.2027');
    assert.equal(settlementTitle({ arrivalDate: '2027-04-03' }), 'Bosetting med ankomst 03.04.2027');
  });

  it('should add up overdue tasks across units when flows are late', () => {
    const units = [
      aUnit({ unitId: 'nav', flow: { status: 'active', progress: { total: 4, open: 3, taken: 0, done: 1, overdue: 2 } } }),
      aUnit({ unitId: 'voi', flow: { status: 'active', progress: { total: 2, open: 1, taken: 0, done: 1, overdue: 1 } } }),
    ];
    const row = settlementRow(aSettlement({ units }));
    assert.equal(row.overdueCount, 3);
    assert.equal(row.overdueText, '3 forfalte oppgaver');
    assert.equal(row.units[0]?.overdueText, '2 forfalte oppgaver');
    assert.equal(row.units[1]?.overdueText, '1 forfalt oppgave');
  });

  it('should not count overdue tasks when the flow is closed', () => {
    const cell = unitCell(aUnit({ flow: { status: 'closed', progress: { total: 2, open: 2, taken: 0, done: 0, overdue: 2 } } }));
    assert.equal(cell.overdueCount, 0);
    assert.equal(cell.overdueText, '');
    assert.equal(cell.flowClosed, true);
    assert.match(cell.progressText, /avsluttet/);
  });

  it('should flag a delivery problem when the unit has no channel or the send failed', () => {
    assert.equal(unitCell(aUnit({ channelBound: false, delivery: 'no-channel' })).deliveryProblem, true);
    assert.equal(unitCell(aUnit({ delivery: 'failed' })).deliveryProblem, true);
    assert.equal(unitCell(aUnit({ delivery: 'pending' })).deliveryProblem, false);
    assert.equal(
      settlementRow(aSettlement({ units: [aUnit({ channelBound: false, delivery: 'no-channel' }), aUnit()] })).deliveryProblems,
      1,
    );
  });

  it('should say the unit has no flow when it has none', () => {
    assert.equal(unitCell(aUnit({ flow: undefined })).progressText, 'Ingen flyt');
  });
});
