import type { SettlementServices } from '../settlement-services.js';
import { startUnitWork, type StartUnitWorkDeps } from './start-unit-work.js';
import { SETTLEMENT_SUBJECT_TYPE } from '../delivery/settlement-topic.js';
import type { Settlement } from '../domain/settlement.js';
import { settlementPages } from './settlement-pages.js';

/** What {@link resumeUnitWork} uses: open settlements, their flows and outbox messages, channels, and what starting unit work uses. */
export type ResumeUnitWorkDeps = Pick<SettlementServices, 'settlements' | 'flows' | 'deliveries' | 'bindings'> & StartUnitWorkDeps;

/**
 * How far back a half-done registration is looked for. The job runs at start and every 15 minutes,
 * so an interruption is found within minutes; a week covers a server that stayed down, without
 * reading years of settled history on every run.
 */
const RESUME_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Completes registrations (and edits) interrupted half-way in the last week (e.g. a crash after the settlement was stored but
 * before every flow and announcement was): finds, with one query for flows and one for the outbox,
 * page by page, the affected units that lack a flow or (having a channel) an announcement, and starts only
 * those. Starting unit work is idempotent. Returns how many units were resumed.
 */
export async function resumeUnitWork(services: ResumeUnitWorkDeps, tenantId: string): Promise<number> {
  let resumed = 0;
  const changedSince = new Date(services.now().getTime() - RESUME_WINDOW_MS).toISOString();
  for await (const open of settlementPages(services.settlements, tenantId, { status: 'open', changedSince })) {
    resumed += await resumePage(services, tenantId, open);
  }
  return resumed;
}

async function resumePage(services: ResumeUnitWorkDeps, tenantId: string, open: readonly Settlement[]): Promise<number> {
  const ids = open.map((s) => s.id);
  const [flows, messages, bindings] = await Promise.all([
    services.flows.listForSettlements(tenantId, ids),
    services.deliveries.listForSubjects(tenantId, SETTLEMENT_SUBJECT_TYPE, ids),
    services.bindings.list(tenantId),
  ]);
  const bound = new Set(bindings.map((b) => b.unitId));
  const has = (list: ReadonlyArray<{ settlementId: string; unitId: string }>, settlementId: string, unitId: string): boolean =>
    list.some((item) => item.settlementId === settlementId && item.unitId === unitId);
  const announced = messages.filter((m) => m.topic.name === 'announcement').map((m) => ({ settlementId: m.subject.id, unitId: m.unitId }));
  let resumed = 0;
  for (const settlement of open) {
    const missing = settlement.affectedUnitIds.filter(
      (unitId) => !has(flows, settlement.id, unitId) || (bound.has(unitId) && !has(announced, settlement.id, unitId)),
    );
    if (missing.length === 0) continue;
    await startUnitWork(services, settlement, missing);
    resumed += missing.length;
  }
  return resumed;
}
