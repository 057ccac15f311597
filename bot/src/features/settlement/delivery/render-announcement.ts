import type { OutboxMessage } from '../../../kernel/outbox/outbox-message.js';
import type { OutboxPayload, OutboxPayloadRenderer, OutboxPayloadRenderers } from '../../../kernel/outbox/outbox-payload.js';
import { formatNorwegianDate } from '../domain/settlement-summary-facts.js';
import { overdueTasks } from '../../../kernel/checklist/overdue-tasks.js';
import { osloToday } from '../../../kernel/dates/iso-date.js';
import type { TabLinkOptions } from '../use-cases/secure-zone-link.js';
import { settlementCardForUnit, type SettlementCardForUnitDeps } from '../use-cases/settlement-card-for-unit.js';
import type { SettlementServices } from '../settlement-services.js';
import { SETTLEMENT_SUBJECT_TYPE, settlementTopicOf } from './settlement-topic.js';

/** A posted card is the same for everyone in the unit: it offers the unit's actions, and each viewer's refresh narrows them. */
const POSTED_CARD_VIEWER = { mayWork: true } as const;

/** What the settlement renderer uses: the settlement and the unit's flow (read when sent), and what the unit's card uses. */
export type AnnouncementRendererDeps = Pick<SettlementServices, 'settlements' | 'flows' | 'now'> & SettlementCardForUnitDeps;

/** The settlement feature's outbox renderer, keyed by its subject type (`settlement`), for the dispatcher. */
export function settlementOutboxRenderers(services: AnnouncementRendererDeps, links: TabLinkOptions): OutboxPayloadRenderers {
  return { [SETTLEMENT_SUBJECT_TYPE]: createAnnouncementRenderer(services, links) };
}

/**
 * Renders a settlement's outbox message from the current state when it is sent, so a late or
 * retried message never shows stale facts. It switches on the message's typed topic (data, never
 * parsed from a string); a topic it does not know is skipped. Every text here is name-free:
 * dates, counts and unit names only.
 */
export function createAnnouncementRenderer(services: AnnouncementRendererDeps, links: TabLinkOptions): OutboxPayloadRenderer {
  return async (message: OutboxMessage): Promise<OutboxPayload> => {
    const topic = settlementTopicOf(message.topic);
    if (message.subject.type !== SETTLEMENT_SUBJECT_TYPE || topic === undefined) return { kind: 'skip' };
    const settlementId = message.subject.id;
    const found = await services.settlements.get(message.tenantId, settlementId);
    if (!found) return { kind: 'skip' };
    const settlement = found.value;
    const arrival = formatNorwegianDate(settlement.arrivalDate);
    // "Bosettingen BOS-2026-014 med ankomst 3. april 2026" (an old settlement without a reference: by arrival only).
    const named = settlement.reference ? ` ${settlement.reference}` : '';
    switch (topic.name) {
      case 'announcement':
      case 'card-update': {
        const card = await settlementCardForUnit(services, links, settlement, message.unitId, POSTED_CARD_VIEWER);
        return { kind: 'card', card, summary: `Ny bosetting${named} med ankomst ${arrival}` };
      }
      case 'edited':
        return { kind: 'text', text: `Bosettingen${named} med ankomst ${arrival} er endret. Kortet over viser det som gjelder nå.` };
      case 'cancelled':
        return {
          kind: 'text',
          text: `Bosettingen${named} med ankomst ${arrival} er avlyst. Rutineflyten er avsluttet, og navnene er ikke lenger tilgjengelige for enheten.`,
        };
      case 'removed':
        return {
          kind: 'text',
          text: `Bosettingen${named} med ankomst ${arrival} gjelder ikke lenger denne enheten etter en endring. Rutineflyten er avsluttet.`,
        };
      case 'reminder': {
        const flow = await services.flows.get(message.tenantId, settlementId, message.unitId);
        const overdue = flow ? overdueTasks(flow.value, osloToday(services.now())) : [];
        if (overdue.length === 0) return { kind: 'skip' };
        const titles = overdue.map((task) => `«${task.title}» (frist ${formatNorwegianDate(task.dueDate)})`).join(', ');
        return {
          kind: 'text',
          text: `Påminnelse: ${overdue.length} forfalt${overdue.length === 1 ? '' : 'e'} oppgave${overdue.length === 1 ? '' : 'r'} for bosettingen${named} med ankomst ${arrival}: ${titles}.`,
        };
      }
    }
  };
}
