import { randomUUID } from 'node:crypto';
import type { LimitEnforcingConnector } from '../../tests/support/fake-connector/limit-enforcing-connector.js';
import type { FanOutResult } from '../report/bench-report.js';
import { benchRegistration } from '../support/bench-household.js';
import { bindChannels, benchChannelId } from '../support/bind-channels.js';
import { devToken } from '../support/dev-token.js';
import { limitViolations, minimumSpanMs } from '../support/rate-limits.js';
import { benchUsers, openSeedStore } from '../support/seed-store.js';
import type { MeasuredProcess } from '../support/measured-process.js';

/** Unit ids of a fan-out tenant with K units. */
const fanOutUnits = (k: number) => Array.from({ length: k }, (_, i) => `enhet-${String(i + 1).padStart(2, '0')}`);

/** Seeds a municipality with K units, each bound to its own channel and each affected by every settlement (a rule per unit). */
export async function seedFanOut(k: number, serviceUrl: string, dataDir: string): Promise<void> {
  const store = await openSeedStore();
  try {
    const { coordinator } = benchUsers(store.tenantId);
    const unitIds = fanOutUnits(k);
    for (const id of unitIds) await store.repositories.units.upsert({ id, tenantId: store.tenantId, name: `Enhet ${id.slice(-2)}` });
    await store.repositories.rules.put({
      tenantId: store.tenantId,
      rules: unitIds.map((unitId) => ({ unitId, appliesTo: 'everyone' as const })),
      updatedBy: coordinator.id,
      updatedAt: new Date().toISOString(),
    });
    await bindChannels(store.repositories, { tenantId: store.tenantId, unitIds, serviceUrl, boundBy: coordinator.id });
    await store.saveTo(dataDir);
  } finally {
    await store.stop();
  }
}

/** Registers one settlement over HTTP and watches the connector stand-in until every unit's card arrived (or the time is up). */
export async function measureFanOut(
  k: number,
  server: MeasuredProcess,
  connector: LimitEnforcingConnector,
  timeoutMs: number,
): Promise<FanOutResult> {
  const tenantId = (await (await fetch(`${server.baseUrl}/api/session-config`)).json()) as { tenantId: string };
  const token = await devToken(server.baseUrl, benchUsers(tenantId.tenantId).coordinator.id);
  connector.reset();
  const requestedAt = Date.now();
  const response = await fetch(`${server.baseUrl}/api/settlements`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': randomUUID() },
    body: JSON.stringify(benchRegistration(30)),
  });
  await response.arrayBuffer();
  if (response.status !== 201) throw new Error(`Registreringen for kunngjøringen svarte ${response.status}.`);
  const wanted = new Set(fanOutUnits(k).map(benchChannelId));
  const posts = () => connector.received().filter((r) => r.method === 'POST' && wanted.has(r.conversationId));
  const deadline = Date.now() + timeoutMs;
  while (new Set(posts().map((r) => r.conversationId)).size < k && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  // Wait a little longer: a duplicate would come after the last first delivery.
  await new Promise((r) => setTimeout(r, 1_500));
  const accepted = posts();
  const distinct = new Set(accepted.map((r) => r.conversationId));
  const times = accepted.map((r) => r.receivedAt);
  const minimumMs = minimumSpanMs([...wanted].map(() => 1));
  const firstToLastMs = times.length > 0 ? Math.max(...times) - Math.min(...times) : undefined;
  return {
    channels: k,
    firstToLastMs,
    ...(times.length > 0 ? { requestToFirstMs: Math.min(...times) - requestedAt, requestToLastMs: Math.max(...times) - requestedAt } : {}),
    minimumMs,
    ratio: firstToLastMs === undefined || minimumMs === 0 ? undefined : Math.round((firstToLastMs / minimumMs) * 10) / 10,
    lost: k - distinct.size,
    rejected429: connector.rejected429(),
    duplicated: accepted.length - distinct.size,
    limitViolations: limitViolations(
      connector.requests
        .filter((r) => r.status >= 200 && r.status < 300)
        .map((r) => ({ conversationId: r.conversationId, at: r.receivedAt })),
    ),
  };
}
