import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import sinon from 'sinon';
import { DEMO_TENANT_ID } from '../../../../../bot/src/app/config.js';
import { addDays, osloToday } from '../../../../../bot/src/kernel/dates/iso-date.js';
import { startAppHarness, type AppHarness } from '../../../../support/http/app-harness.js';
import { DEMO } from '../../../../support/settlements/settlement-harness.js';
import { testRegistration } from '../../../../support/settlements/test-household.js';
import type { AuditResponse } from '../../../../../contract/audit.js';

describe('GET /api/audit and /api/audit/export', function () {
  this.timeout(60_000);
  let harness: AppHarness;
  let settlementId: string;
  const tokens = new Map<string, string>();

  async function call(userId: string, path: string, init: RequestInit = {}): Promise<Response> {
    if (!tokens.has(userId)) tokens.set(userId, await harness.devToken(userId));
    return fetch(`${harness.baseUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${tokens.get(userId)}`, ...(init.headers as Record<string, string>) },
    });
  }
  const page = async (path: string, userId: string = DEMO.coordinator) => {
    const response = await call(userId, path);
    assert.equal(response.status, 200, await response.clone().text());
    return (await response.json()) as AuditResponse;
  };

  before(async () => {
    harness = await startAppHarness();
    const registered = await call(DEMO.coordinator, '/api/settlements', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(testRegistration(addDays(osloToday(), 14))),
    });
    assert.equal(registered.status, 201);
    settlementId = ((await registered.json()) as { settlement: { id: string } }).settlement.id;
    // Opening the secure zone as the barnehage member is a read of personal data: audited.
    const opened = await call(DEMO.barnehage, `/api/settlements/${settlementId}/persons?unitId=barnehage`);
    assert.equal(opened.status, 200, await opened.text());
  });
  after(async () => {
    sinon.restore();
    await harness.close();
  });

  it('should describe each entry in Norwegian with names, never codes, keys or raw ids', async () => {
    const body = await page('/api/audit');
    const read = body.entries.find((e) => e.action === 'personal-data.read');
    const registered = body.entries.find((e) => e.action === 'settlement.register');
    assert.ok(read && registered, 'both the registration and the opening are logged');
    assert.equal(read.actionLabel, 'Åpnet navn i sikker sone');
    assert.equal(read.unit, 'Barnehage');
    assert.match(read.when, /^\d{2}\.\d{2}\.\d{4} kl\. \d{2}:\d{2}$/);
    assert.equal(read.settlement?.id, settlementId);
    assert.ok(read.persons !== undefined && read.persons > 0);
    assert.equal(registered.actionLabel, 'Registrerte bosetting');
    for (const entry of body.entries) {
      const shown = [entry.when, entry.who, entry.actionLabel, entry.settlement?.label, entry.unit, entry.details].join(' ');
      assert.doesNotMatch(shown, /[a-z]+\.[a-z-]+|[0-9a-f]{8}-[0-9a-f]{4}|settlement:|unit:/, `raw text in «${shown}»`);
    }
    assert.ok(body.filters.users.some((u) => u.value === DEMO.barnehage));
    assert.ok(body.filters.actions.some((a) => a.value === 'personal-data.read' && a.label === 'Åpnet navn i sikker sone'));
  });

  it('should filter by user, action and settlement, and page with a token', async () => {
    const byMember = await page(`/api/audit?actorId=${DEMO.barnehage}`);
    assert.ok(byMember.entries.length > 0 && byMember.entries.every((e) => e.action === 'personal-data.read'));
    const registrations = await page('/api/audit?action=settlement.register');
    assert.ok(registrations.entries.every((e) => e.action === 'settlement.register'));
    const ofSettlement = await page(`/api/audit?settlementId=${settlementId}&limit=1`);
    assert.equal(ofSettlement.entries.length, 1);
    assert.ok(ofSettlement.continuationToken, 'the settlement has two entries, so a second page follows');
    const second = await page(`/api/audit?settlementId=${settlementId}&limit=1&continuationToken=${ofSettlement.continuationToken}`);
    assert.equal(second.entries.length, 1);
    assert.notEqual(second.entries[0]?.id, ofSettlement.entries[0]?.id);
    const otherFilter = await call(DEMO.coordinator, `/api/audit?limit=1&continuationToken=${ofSettlement.continuationToken}`);
    assert.equal(otherFilter.status, 400);
    assert.match(((await otherFilter.json()) as { error: { message: string } }).error.message, /annet utvalg/);
  });

  it('should filter by a settlement reference as typed, and refuse a text that is no reference', async () => {
    const settlement = (await harness.repositories.settlements.get(DEMO_TENANT_ID, settlementId))!.value;
    const [, year, sequence] = /^BOS-(\d{4})-(\d+)$/.exec(settlement.reference ?? '')!;
    const byReference = await page(`/api/audit?reference=${year}-${Number(sequence)}`);
    assert.ok(byReference.entries.length >= 2);
    assert.ok(byReference.entries.every((e) => e.settlement?.id === settlementId));
    assert.deepEqual((await page(`/api/audit?reference=${year}-999`)).entries, [], 'a reference no settlement has matches nothing');
    const name = await call(DEMO.coordinator, '/api/audit?reference=Amina');
    assert.equal(name.status, 400);
    assert.match(((await name.json()) as { error: { message: string } }).error.message, /referanse/);
  });

  it('should refuse a unit member', async () => {
    assert.equal((await call(DEMO.barnehage, '/api/audit')).status, 403);
    assert.equal((await call(DEMO.barnehage, '/api/audit/export')).status, 403);
  });

  it('should export the selection as CSV for Excel and log the export before it is read', async () => {
    const response = await call(DEMO.coordinator, `/api/audit/export?settlementId=${settlementId}`);
    assert.equal(response.status, 200);
    assert.match(String(response.headers.get('content-type')), /^text\/csv; charset=utf-8/);
    assert.match(String(response.headers.get('content-disposition')), /^attachment; filename="revisjonslogg-\d{4}-\d{2}-\d{2}\.csv"$/);
    const csv = Buffer.from(await response.arrayBuffer()).toString('utf8');
    assert.ok(csv.startsWith('\uFEFFTidspunkt;Hvem;Hendelse;Bosetting;Enhet;Personer;Detaljer\r\n'));
    assert.match(csv, /;Åpnet navn i sikker sone;/);
    assert.equal(csv.trim().split('\r\n').length, 3, 'the header and the settlement’s two entries');
    const exports = (await harness.repositories.audit.list(DEMO_TENANT_ID)).filter((e) => e.action === 'audit.export');
    assert.equal(exports.length, 1);
    assert.deepEqual(exports[0]?.details, { settlementId });
  });

  it('should send no CSV when the export cannot be logged (fail closed)', async () => {
    sinon.stub(harness.repositories.audit, 'append').rejects(new Error('audit down'));
    const response = await call(DEMO.coordinator, '/api/audit/export');
    assert.equal(response.status, 503);
    assert.doesNotMatch(await response.text(), /Tidspunkt/);
    sinon.restore();
  });
});
