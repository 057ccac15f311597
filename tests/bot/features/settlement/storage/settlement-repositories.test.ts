import assert from 'node:assert/strict';
import { createRepositories, type Repositories } from '../../../../../bot/src/app/create-repositories.js';
import {
  DEFAULT_AFFECTED_UNIT_RULES,
  cancelSettlement,
  closeUnitFlow,
  defaultRoutineTemplate,
  takeTask,
  type RoutineTemplate,
} from '../../../../../bot/src/features/settlement/domain/index.js';
import { useTestStorage } from '../../../../support/cosmos/test-cosmos.js';
import { sensitiveStrings, testRegistration, TEST_PERSONS } from '../../../../support/settlements/test-household.js';
import { assertRejectsWithCode, newTenantId } from '../../../platform/storage/contracts/contract-helpers.js';
import { splitTestSettlement, testFlow } from './settlement-fixtures.js';

const ACTOR = '00000000-0000-4000-8000-000000000006';

describe('settlement repositories (embedded Cosmos DB)', () => {
  const storage = useTestStorage();
  let repos: Repositories;
  before(() => {
    repos = createRepositories(storage().containers);
  });

  describe('CosmosSettlementRepository', () => {
    it('should return the created settlement unchanged with an ETag when it is read back', async () => {
      const { settlement } = splitTestSettlement(newTenantId());
      const created = await repos.settlements.create(settlement);
      const read = await repos.settlements.get(settlement.tenantId, settlement.id);
      assert.deepEqual(read?.value, settlement);
      assert.equal(read?.etag, created.etag);
      assert.ok(created.etag.length > 0);
    });

    it('should refuse to create a settlement twice with conflict', async () => {
      const { settlement } = splitTestSettlement(newTenantId());
      await repos.settlements.create(settlement);
      await assertRejectsWithCode(repos.settlements.create({ ...settlement, addressArea: 'Nord' }), 'conflict');
      assert.equal((await repos.settlements.get(settlement.tenantId, settlement.id))?.value.addressArea, 'Sentrum');
    });

    it('should not find or list a settlement when asked with another tenant id', async () => {
      const { settlement } = splitTestSettlement(newTenantId());
      await repos.settlements.create(settlement);
      const otherTenant = newTenantId();
      assert.equal(await repos.settlements.get(otherTenant, settlement.id), undefined);
      assert.deepEqual((await repos.settlements.listPage(otherTenant, { limit: 100 })).settlements, []);
    });

    it('should replace with the current ETag and refuse a stale ETag with conflict', async () => {
      const { settlement } = splitTestSettlement(newTenantId());
      const created = await repos.settlements.create(settlement);
      const cancelled = cancelSettlement(settlement, { changedBy: ACTOR, changedAt: new Date().toISOString(), expectedVersion: 1 });
      const replaced = await repos.settlements.replace(cancelled, created.etag);
      assert.notEqual(replaced.etag, created.etag);
      await assertRejectsWithCode(repos.settlements.replace({ ...settlement, addressArea: 'Nord' }, created.etag), 'conflict');
      const stored = await repos.settlements.get(settlement.tenantId, settlement.id);
      assert.equal(stored?.value.status, 'cancelled');
      assert.equal(stored?.value.version, 2);
      assert.equal(stored?.value.addressArea, 'Sentrum');
    });

    it('should refuse to replace a settlement that does not exist with conflict', async () => {
      const { settlement } = splitTestSettlement(newTenantId());
      const created = await repos.settlements.create(splitTestSettlement(settlement.tenantId).settlement);
      await assertRejectsWithCode(repos.settlements.replace(settlement, created.etag), 'conflict');
      assert.equal(await repos.settlements.get(settlement.tenantId, settlement.id), undefined);
    });

    it('should list the newest arrival first and honour the limit', async () => {
      const tenantId = newTenantId();
      const soon = splitTestSettlement(tenantId, 5).settlement;
      const late = splitTestSettlement(tenantId, 60).settlement;
      const middle = splitTestSettlement(tenantId, 20).settlement;
      for (const settlement of [soon, late, middle]) await repos.settlements.create(settlement);
      const all = await repos.settlements.listPage(tenantId, { limit: 100 });
      assert.deepEqual(
        all.settlements.map((s) => s.id),
        [late.id, middle.id, soon.id],
      );
      assert.equal(all.next, undefined, 'the last page says no more follow');
      const firstTwo = await repos.settlements.listPage(tenantId, { limit: 2 });
      assert.deepEqual(
        firstTwo.settlements.map((s) => s.id),
        [late.id, middle.id],
      );
      assert.deepEqual(firstTwo.next, { arrivalDate: middle.arrivalDate, id: middle.id });
    });

    it('should page through every settlement once, in a stable order, also with equal arrival dates', async () => {
      const tenantId = newTenantId();
      const stored = [5, 5, 5, 9, 9, 30, 30, 30, 2].map((days) => splitTestSettlement(tenantId, days).settlement);
      for (const settlement of stored) await repos.settlements.create(settlement);
      const expected = [...stored].sort((a, b) => b.arrivalDate.localeCompare(a.arrivalDate) || b.id.localeCompare(a.id)).map((s) => s.id);
      const seen: string[] = [];
      let after;
      let pages = 0;
      do {
        const page = await repos.settlements.listPage(tenantId, { limit: 2, ...(after ? { after } : {}) });
        assert.ok(page.settlements.length <= 2);
        seen.push(...page.settlements.map((s) => s.id));
        after = page.next;
        pages += 1;
      } while (after);
      assert.deepEqual(seen, expected);
      assert.equal(pages, 5);
    });

    it('should neither repeat nor skip a settlement when one is added at a page boundary', async () => {
      const tenantId = newTenantId();
      const stored = [10, 20, 30, 40, 50, 60].map((days) => splitTestSettlement(tenantId, days).settlement);
      for (const settlement of stored) await repos.settlements.create(settlement);
      const first = await repos.settlements.listPage(tenantId, { limit: 3 });
      // Added while the user reads page 1: one sorts onto page 1 (already read), one onto page 2.
      const onFirstPage = splitTestSettlement(tenantId, 55).settlement;
      const onSecondPage = splitTestSettlement(tenantId, 25).settlement;
      await repos.settlements.create(onFirstPage);
      await repos.settlements.create(onSecondPage);
      const second = await repos.settlements.listPage(tenantId, { limit: 3, after: first.next! });
      const third = second.next ? await repos.settlements.listPage(tenantId, { limit: 3, after: second.next }) : { settlements: [] };
      const seen = [...first.settlements, ...second.settlements, ...third.settlements].map((s) => s.id);
      assert.equal(new Set(seen).size, seen.length, 'no settlement is listed twice');
      for (const settlement of stored) assert.ok(seen.includes(settlement.id), 'every settlement stored before is listed');
      assert.ok(seen.includes(onSecondPage.id), 'one added after the boundary is on a later page');
    });

    it('should list only the settlements that affect the given units, and only those with the given status', async () => {
      const tenantId = newTenantId();
      const affectingNav = splitTestSettlement(tenantId, 10).settlement;
      const other = { ...splitTestSettlement(tenantId, 20).settlement, affectedUnitIds: ['barnehage'] };
      const onlyNav = { ...splitTestSettlement(tenantId, 30).settlement, affectedUnitIds: ['nav'] };
      const cancelled = cancelSettlement(
        { ...splitTestSettlement(tenantId, 40).settlement, affectedUnitIds: ['nav'] },
        { changedBy: ACTOR, changedAt: new Date().toISOString() },
      );
      for (const settlement of [affectingNav, other, onlyNav, cancelled]) await repos.settlements.create(settlement);
      const nav = await repos.settlements.listPage(tenantId, { limit: 10, affectingAnyOf: ['nav', 'voi'] });
      assert.ok(affectingNav.affectedUnitIds.includes('nav'));
      assert.deepEqual(
        nav.settlements.map((s) => s.id),
        [cancelled.id, onlyNav.id, affectingNav.id],
      );
      const open = await repos.settlements.listPage(tenantId, { limit: 10, affectingAnyOf: ['nav'], status: 'open' });
      assert.deepEqual(
        open.settlements.map((s) => s.id),
        [onlyNav.id, affectingNav.id],
      );
      assert.deepEqual((await repos.settlements.listPage(tenantId, { limit: 10, affectingAnyOf: [] })).settlements, []);
    });

    it('should refuse a page size outside 1–100', async () => {
      await assertRejectsWithCode(repos.settlements.listPage(newTenantId(), { limit: 0 }), 'invalid-input');
      await assertRejectsWithCode(repos.settlements.listPage(newTenantId(), { limit: 101 }), 'invalid-input');
    });
  });

  describe('CosmosUnitFlowRepository', () => {
    it('should return the created flow unchanged when it is read back', async () => {
      const { settlement } = splitTestSettlement(newTenantId());
      const flow = testFlow(settlement, 'barnehage');
      assert.equal(await repos.flows.createIfMissing(flow), true);
      assert.deepEqual((await repos.flows.get(settlement.tenantId, settlement.id, 'barnehage'))?.value, flow);
    });

    it('should answer false and keep the stored flow when createIfMissing runs again', async () => {
      const { settlement } = splitTestSettlement(newTenantId());
      await repos.flows.createIfMissing(testFlow(settlement, 'nav'));
      const current = (await repos.flows.get(settlement.tenantId, settlement.id, 'nav'))!;
      const taken = takeTask(current.value, current.value.tasks[0]!.taskId, { actorId: ACTOR, at: new Date().toISOString() });
      await repos.flows.replace(taken, current.etag);
      assert.equal(await repos.flows.createIfMissing(testFlow(settlement, 'nav')), false);
      const stored = await repos.flows.get(settlement.tenantId, settlement.id, 'nav');
      assert.equal(stored?.value.tasks[0]?.status, 'taken');
      assert.equal(stored?.value.tasks[0]?.takenBy, ACTOR);
    });

    it('should refuse a replace with a stale ETag with conflict', async () => {
      const { settlement } = splitTestSettlement(newTenantId());
      await repos.flows.createIfMissing(testFlow(settlement, 'voi'));
      const first = (await repos.flows.get(settlement.tenantId, settlement.id, 'voi'))!;
      const taskId = first.value.tasks[0]!.taskId;
      await repos.flows.replace(takeTask(first.value, taskId, { actorId: ACTOR, at: new Date().toISOString() }), first.etag);
      const rival = takeTask(first.value, taskId, { actorId: 'someone-else', at: new Date().toISOString() });
      await assertRejectsWithCode(repos.flows.replace(rival, first.etag), 'conflict');
      assert.equal((await repos.flows.get(settlement.tenantId, settlement.id, 'voi'))?.value.tasks[0]?.takenBy, ACTOR);
    });

    it('should list the settlement’s flows by unit id and not another settlement’s', async () => {
      const tenantId = newTenantId();
      const { settlement } = splitTestSettlement(tenantId);
      const other = splitTestSettlement(tenantId).settlement;
      for (const unitId of ['voi', 'barnehage', 'nav']) await repos.flows.createIfMissing(testFlow(settlement, unitId));
      await repos.flows.createIfMissing(testFlow(other, 'helsetjeneste'));
      assert.deepEqual(
        (await repos.flows.listForSettlement(tenantId, settlement.id)).map((f) => f.unitId),
        ['barnehage', 'nav', 'voi'],
      );
    });

    it('should list the flows of several settlements in one call, and none of other settlements or tenants', async () => {
      const tenantId = newTenantId();
      const [a, b, c] = [
        splitTestSettlement(tenantId).settlement,
        splitTestSettlement(tenantId).settlement,
        splitTestSettlement(tenantId).settlement,
      ];
      await repos.flows.createIfMissing(testFlow(a, 'nav'));
      await repos.flows.createIfMissing(testFlow(b, 'voi'));
      await repos.flows.createIfMissing(testFlow(c, 'barnehage'));
      const listed = await repos.flows.listForSettlements(tenantId, [a.id, b.id]);
      assert.deepEqual(listed.map((f) => `${f.settlementId === a.id ? 'a' : 'b'}:${f.unitId}`).sort(), ['a:nav', 'b:voi']);
      assert.deepEqual(await repos.flows.listForSettlements(newTenantId(), [a.id, b.id]), []);
      assert.deepEqual(await repos.flows.listForSettlements(tenantId, []), []);
    });

    it('should not find or list a flow when asked with another tenant id', async () => {
      const { settlement } = splitTestSettlement(newTenantId());
      await repos.flows.createIfMissing(testFlow(settlement, 'barnehage'));
      const otherTenant = newTenantId();
      assert.equal(await repos.flows.get(otherTenant, settlement.id, 'barnehage'), undefined);
      assert.deepEqual(await repos.flows.listForSettlement(otherTenant, settlement.id), []);
      assert.deepEqual((await repos.flows.listActivePage(otherTenant, { maxItemCount: 10 })).flows, []);
    });

    it('should list only active flows of the tenant, with ETags a replace accepts', async () => {
      const tenantId = newTenantId();
      const { settlement } = splitTestSettlement(tenantId);
      for (const unitId of ['barnehage', 'nav']) await repos.flows.createIfMissing(testFlow(settlement, unitId));
      await repos.flows.createIfMissing(testFlow(splitTestSettlement(newTenantId()).settlement, 'nav'));
      const nav = (await repos.flows.get(tenantId, settlement.id, 'nav'))!;
      await repos.flows.replace(closeUnitFlow(nav.value, new Date().toISOString()), nav.etag);
      const active = (await repos.flows.listActivePage(tenantId, { maxItemCount: 10 })).flows;
      assert.deepEqual(
        active.map((f) => f.value.unitId),
        ['barnehage'],
      );
      const saved = await repos.flows.replace(closeUnitFlow(active[0]!.value, new Date().toISOString()), active[0]!.etag);
      assert.equal(saved.value.status, 'closed');
      assert.deepEqual((await repos.flows.listActivePage(tenantId, { maxItemCount: 10 })).flows, []);
    });

    it('should page through every active flow with continuation tokens', async () => {
      const tenantId = newTenantId();
      const units = ['barnehage', 'nav', 'voi', 'grunnskole', 'helsetjeneste'];
      const settlements = [splitTestSettlement(tenantId).settlement, splitTestSettlement(tenantId).settlement];
      for (const settlement of settlements) for (const unitId of units) await repos.flows.createIfMissing(testFlow(settlement, unitId));
      const seen: string[] = [];
      let continuationToken: string | undefined;
      let pages = 0;
      do {
        const page = await repos.flows.listActivePage(tenantId, { maxItemCount: 3, ...(continuationToken ? { continuationToken } : {}) });
        assert.ok(page.flows.length <= 3);
        seen.push(...page.flows.map((f) => `${f.value.settlementId}/${f.value.unitId}`));
        continuationToken = page.continuationToken;
        pages += 1;
      } while (continuationToken);
      assert.equal(new Set(seen).size, 10);
      assert.equal(seen.length, 10);
      assert.ok(pages >= 4);
    });
  });

  describe('CosmosPersonalDataRepository', () => {
    it('should return the stored records and note when they are read back', async () => {
      const { settlement, personalRecords, note } = splitTestSettlement(newTenantId());
      await repos.personalData.putRecords(personalRecords);
      await repos.personalData.putNote(note!);
      const byId = (a: { personId: string }, b: { personId: string }) => a.personId.localeCompare(b.personId);
      const listed = await repos.personalData.listForSettlement(settlement.tenantId, settlement.id);
      assert.deepEqual([...listed].sort(byId), [...personalRecords].sort(byId));
      assert.deepEqual(await repos.personalData.getNote(settlement.tenantId, settlement.id), note);
    });

    it('should replace records and the note when they are put again', async () => {
      const { settlement, personalRecords, note } = splitTestSettlement(newTenantId());
      await repos.personalData.putRecords(personalRecords);
      await repos.personalData.putNote(note!);
      const renamed = { ...personalRecords[0]!, fullName: 'Ny Testperson' };
      await repos.personalData.putRecords([renamed]);
      await repos.personalData.putNote({ ...note!, text: 'Ny merknad' });
      const listed = await repos.personalData.listForSettlement(settlement.tenantId, settlement.id);
      assert.equal(listed.length, personalRecords.length);
      assert.equal(listed.find((r) => r.personId === renamed.personId)?.fullName, 'Ny Testperson');
      assert.equal((await repos.personalData.getNote(settlement.tenantId, settlement.id))?.text, 'Ny merknad');
    });

    it('should keep records and notes in the personal-data container only', async () => {
      const { settlement, personalRecords, note } = splitTestSettlement(newTenantId());
      await repos.settlements.create(settlement);
      await repos.personalData.putRecords(personalRecords);
      await repos.personalData.putNote(note!);
      const query = { query: 'SELECT * FROM c WHERE c.tenantId = @t', parameters: [{ name: '@t', value: settlement.tenantId }] };
      const core = (await storage().containers.core.items.query(query).fetchAll()).resources;
      const personal = (await storage().containers.personalData.items.query(query).fetchAll()).resources;
      assert.deepEqual(
        core.map((d) => d.type),
        ['settlement'],
      );
      const coreText = JSON.stringify(core);
      for (const secret of sensitiveStrings(testRegistration('2030-01-01'))) assert.ok(!coreText.includes(secret), `core holds ${secret}`);
      assert.deepEqual(personal.map((d) => d.type).sort(), [...personalRecords.map(() => 'personal-record'), 'settlement-note'].sort());
      assert.ok(JSON.stringify(personal).includes(TEST_PERSONS.mother.fullName));
    });

    it('should not find records or the note when asked with another tenant id', async () => {
      const { settlement, personalRecords, note } = splitTestSettlement(newTenantId());
      await repos.personalData.putRecords(personalRecords);
      await repos.personalData.putNote(note!);
      const otherTenant = newTenantId();
      assert.deepEqual(await repos.personalData.listForSettlement(otherTenant, settlement.id), []);
      assert.equal(await repos.personalData.getNote(otherTenant, settlement.id), undefined);
    });

    it('should list only the settlement’s own records when the tenant has several settlements', async () => {
      const tenantId = newTenantId();
      const first = splitTestSettlement(tenantId);
      const second = splitTestSettlement(tenantId);
      await repos.personalData.putRecords([...first.personalRecords, ...second.personalRecords]);
      const listed = await repos.personalData.listForSettlement(tenantId, first.settlement.id);
      assert.deepEqual(listed.map((r) => r.personId).sort(), first.personalRecords.map((r) => r.personId).sort());
    });

    it('should delete the given records and the note idempotently', async () => {
      const { settlement, personalRecords, note } = splitTestSettlement(newTenantId());
      const { tenantId, id } = settlement;
      await repos.personalData.putRecords(personalRecords);
      await repos.personalData.putNote(note!);
      const removed = personalRecords[3]!.personId;
      await repos.personalData.deleteRecords(tenantId, id, [removed]);
      await repos.personalData.deleteRecords(tenantId, id, [removed, 'never-existed']);
      await repos.personalData.deleteNote(tenantId, id);
      await repos.personalData.deleteNote(tenantId, id);
      const listed = await repos.personalData.listForSettlement(tenantId, id);
      assert.deepEqual(
        listed.map((r) => r.personId).sort(),
        personalRecords
          .slice(0, 3)
          .map((r) => r.personId)
          .sort(),
      );
      assert.equal(await repos.personalData.getNote(tenantId, id), undefined);
    });
  });

  describe('CosmosRoutineTemplateRepository', () => {
    const edited = (tenantId: string, title: string): RoutineTemplate => ({
      tenantId,
      unitId: 'barnehage',
      tasks: [{ id: 'plass', title, description: 'Plass er tildelt.', ownerRole: 'Styrer', dueOffsetDays: 10 }],
      updatedBy: ACTOR,
      updatedAt: '2026-01-05T09:00:00.000Z',
    });

    it('should return undefined when the unit has no edited template', async () => {
      assert.equal(await repos.templates.get(newTenantId(), 'barnehage'), undefined);
    });

    it('should return the stored template and the latest edit when it is put again', async () => {
      const tenantId = newTenantId();
      const first = edited(tenantId, 'Barnehageplass');
      await repos.templates.put(first);
      assert.deepEqual(await repos.templates.get(tenantId, 'barnehage'), first);
      const renamed = edited(tenantId, 'Plass tildelt');
      const second = { ...renamed, tasks: [...renamed.tasks, ...defaultRoutineTemplate(tenantId, 'nav').tasks] };
      await repos.templates.put(second);
      assert.deepEqual(await repos.templates.get(tenantId, 'barnehage'), second);
      assert.equal(await repos.templates.get(tenantId, 'nav'), undefined);
    });

    it('should not find a template when asked with another tenant id', async () => {
      const tenantId = newTenantId();
      await repos.templates.put(edited(tenantId, 'Barnehageplass'));
      assert.equal(await repos.templates.get(newTenantId(), 'barnehage'), undefined);
    });
  });

  describe('CosmosAffectedUnitRulesRepository', () => {
    const stored = (tenantId: string, rules = DEFAULT_AFFECTED_UNIT_RULES) => ({
      tenantId,
      rules,
      updatedBy: ACTOR,
      updatedAt: new Date().toISOString(),
    });

    it('should return undefined when the tenant has not edited its rules', async () => {
      assert.equal(await repos.rules.get(newTenantId()), undefined);
    });

    it('should return the stored rules and the latest edit when they are put again', async () => {
      const tenantId = newTenantId();
      const first = stored(tenantId);
      await repos.rules.put(first);
      assert.deepEqual(await repos.rules.get(tenantId), first);
      const narrowed = stored(tenantId, [{ unitId: 'nav', appliesTo: { role: 'adult', minAge: 18 } }]);
      await repos.rules.put(narrowed);
      assert.deepEqual(await repos.rules.get(tenantId), narrowed);
    });

    it('should not find the rules when asked with another tenant id', async () => {
      await repos.rules.put(stored(newTenantId()));
      assert.equal(await repos.rules.get(newTenantId()), undefined);
    });
  });

  describe('CosmosTenantDirectory', () => {
    it('should list each tenant with a tenant document once, and not tenants that only have other data', async () => {
      const first = newTenantId();
      const second = newTenantId();
      const withoutTenant = splitTestSettlement(newTenantId()).settlement;
      await repos.tenants.createIfMissing({ tenantId: first, name: 'Første kommune', createdAt: new Date().toISOString() });
      await repos.tenants.createIfMissing({ tenantId: second, name: 'Andre kommune', createdAt: new Date().toISOString() });
      await repos.tenants.createIfMissing({ tenantId: first, name: 'Første kommune', createdAt: new Date().toISOString() });
      await repos.settlements.create(withoutTenant);
      await repos.rules.put({ tenantId: first, rules: DEFAULT_AFFECTED_UNIT_RULES, updatedBy: ACTOR, updatedAt: new Date().toISOString() });
      const listed = await repos.tenantDirectory.listTenantIds();
      assert.ok(listed.includes(first) && listed.includes(second), 'both tenants are listed');
      assert.ok(!listed.includes(withoutTenant.tenantId), 'a tenant without a tenant document is not listed');
      assert.equal(new Set(listed).size, listed.length, 'no tenant is listed twice');
    });
  });
});
