import assert from 'node:assert/strict';
import { isDomainError } from '../../../../../bot/src/kernel/domain-error.js';
import { encodeAuditListToken, parseAuditListParams } from '../../../../../bot/src/features/audit/http/audit-list-params.js';

const refused = (query: Record<string, string>, message: RegExp) =>
  assert.throws(
    () => parseAuditListParams(query),
    (error: unknown) => isDomainError(error, 'invalid-input') && message.test((error as Error).message),
  );

describe('parseAuditListParams', () => {
  it('should read Oslo dates as instants, the to-date inclusive, across summer time', () => {
    const { filter } = parseAuditListParams({ from: '2026-03-29', to: '2026-03-29' });
    assert.equal(filter.fromAt, '2026-03-28T23:00:00.000Z');
    assert.equal(filter.toAt, '2026-03-29T22:00:00.000Z', 'the day summer time starts has 23 hours');
  });

  it('should read user, action, settlement and person count', () => {
    const { filter, limit } = parseAuditListParams({ actorId: 'u-1', action: 'settlement.edit', settlementId: 's_1', minPersons: '3', limit: '25' });
    assert.deepEqual(filter, { actorId: 'u-1', action: 'settlement.edit', settlementId: 's_1', minPersons: 3 });
    assert.equal(limit, 25);
  });

  it('should refuse bad input with Norwegian messages', () => {
    refused({ from: '2026-02-30' }, /Fra-datoen/);
    refused({ to: 'i går' }, /Til-datoen/);
    refused({ from: '2026-03-02', to: '2026-03-01' }, /før eller lik/);
    refused({ minPersons: '0' }, /Antall personer/);
    refused({ minPersons: '-1' }, /Antall personer/);
    refused({ action: 'drop.table' }, /Ukjent hendelse/);
    refused({ actorId: "x' OR 1=1" }, /Bruker-id/);
    refused({ limit: '500' }, /limit/);
    refused({ unknown: 'x' }, /./);
  });

  it('should continue from a token only under the filter it was given for', () => {
    const token = encodeAuditListToken({ at: '2026-03-05T09:00:00.000Z', id: 'e-9' }, { actorId: 'u-1' });
    assert.deepEqual(parseAuditListParams({ actorId: 'u-1', continuationToken: token }).after, { at: '2026-03-05T09:00:00.000Z', id: 'e-9' });
    refused({ actorId: 'u-2', continuationToken: token }, /annet utvalg/);
    refused({ continuationToken: 'not base64 json!' }, /ugyldig/);
    refused({ continuationToken: Buffer.from('["x","y","z"]').toString('base64url') }, /ugyldig/);
  });
});
