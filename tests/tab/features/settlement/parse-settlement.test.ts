import assert from 'node:assert/strict';
import {
  parsePersonsResponse,
  parseRegistrationResponse,
  parseSaveResponse,
  parseSettlementList,
  parseSettlementResponse,
} from '../../../../tab/src/features/settlement/parse-settlement.js';
import { aSettlement } from './settlement-fixture.js';

describe('parse-settlement', () => {
  it('should accept a list and a single settlement when they are well-formed', () => {
    assert.equal(parseSettlementList({ settlements: [aSettlement()] }).length, 1);
    assert.equal(parseSettlementResponse({ settlement: aSettlement({ id: 'x' }) }).id, 'x');
  });

  it('should fill missing summary lists with empty ones', () => {
    const { ageBands: _bands, needs: _needs, interpreterLanguages: _languages, ...rest } = aSettlement();
    const parsed = parseSettlementResponse({ settlement: rest });
    assert.deepEqual([parsed.ageBands, parsed.needs, parsed.interpreterLanguages], [[], [], []]);
  });

  it('should throw invalid-response when the shape is wrong', () => {
    for (const body of [{}, { settlements: {} }, { settlements: [{ id: 1 }] }, null]) {
      assert.throws(() => parseSettlementList(body), { code: 'invalid-response' });
    }
    assert.throws(() => parseSettlementResponse({ settlement: { id: 's', arrivalDate: '2026-01-01', units: [] } }), {
      code: 'invalid-response',
    });
  });

  it('should default warnings to none and refuse warnings that are not text', () => {
    assert.deepEqual(parseSaveResponse({ settlement: aSettlement() }).warnings, []);
    assert.deepEqual(parseSaveResponse({ settlement: aSettlement(), warnings: ['NAV har ingen kanal'] }).warnings, ['NAV har ingen kanal']);
    assert.throws(() => parseSaveResponse({ settlement: aSettlement(), warnings: [1] }), { code: 'invalid-response' });
  });

  it('should check the registration and the persons responses', () => {
    const registration = { expectedArrivalDate: '2026-03-05', members: [] };
    assert.equal(parseRegistrationResponse({ registration, version: 3 }).version, 3);
    assert.throws(() => parseRegistrationResponse({ registration }), { code: 'invalid-response' });
    const persons = { unitId: 'nav', persons: [{ personId: 'p', fullName: 'A' }], auditedAt: '2026-03-05T10:00:00Z' };
    assert.equal(parsePersonsResponse(persons).persons.length, 1);
    assert.throws(() => parsePersonsResponse({ ...persons, auditedAt: undefined }), { code: 'invalid-response' });
  });
});
