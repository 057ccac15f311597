import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { DEMO_TENANT_ID } from '../../bot/src/app/config.js';
import { addDays, osloToday } from '../../bot/src/kernel/dates/iso-date.js';
import { launchChromium, loopbackOnlyContext } from '../support/browser/launch-chromium.js';
import { startLocalStackHarness, type LocalStackHarness } from '../support/browser/local-stack-harness.js';
import { testRegistration } from '../support/settlements/test-household.js';
import { PlaygroundPage } from './support/playground-page.js';

const COORDINATOR_ID = '00000000-0000-4000-8000-000000000002';

describe('welcome and change notices in the Barnehage channel (browser, Agents Playground)', function () {
  this.timeout(180_000);
  let harness: LocalStackHarness;
  let browser: Browser;
  let channel: PlaygroundPage;

  const api = async (method: string, path: string, body: unknown): Promise<{ status: number; body: ReturnType<typeof JSON.parse> }> => {
    const token = await fetch(`${harness.stack.appUrl}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: COORDINATOR_ID }),
    }).then(async (response) => ((await response.json()) as { token: string }).token);
    const response = await fetch(`${harness.stack.appUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };

  before(async () => {
    harness = await startLocalStackHarness(['barnehage']);
    browser = await launchChromium();
    const context = await loopbackOnlyContext(browser);
    channel = await PlaygroundPage.open(await context.newPage(), harness.playgroundUrl('barnehage'), {
      botName: 'Introteam',
      timeoutMs: 30_000,
    });
    await channel.openChannel('Barnehage');
  });
  after(async () => {
    await browser?.close();
    await harness?.stop();
  });

  it('should post one welcome card on install, saying which unit the channel is bound to', async () => {
    const card = await channel.waitForCardText('Velkommen til Introteam');
    // The Playground sends installationUpdate and membersAdded together; give the second one time to be answered, if it were.
    await channel.settle(1_000);
    assert.equal(await channel.conversationPane().locator('.ac-adaptiveCard').filter({ hasText: 'Velkommen til Introteam' }).count(), 1);
    assert.match((await card.textContent()) ?? '', /Kanalen er koblet til Barnehage\./);
    assert.doesNotMatch((await card.textContent()) ?? '', /koble kanal/);
  });

  it('should show the edit notice inside the announcement’s thread', async () => {
    const registration = testRegistration(addDays(osloToday(), 14));
    const created = await api('POST', '/api/settlements', registration);
    assert.equal(created.status, 201);
    const settlementId = created.body.settlement.id as string;
    const title = `Ny bosetting ${created.body.settlement.reference as string} – Barnehage`;
    await channel.waitForCardText(title);

    const edited = await api('PUT', `/api/settlements/${settlementId}`, {
      expectedVersion: 1,
      registration: { ...registration, arrivalDate: addDays(osloToday(), 15) },
    });
    assert.equal(edited.status, 200);

    const thread = channel
      .conversationPane()
      .getByRole('group')
      .filter({ has: channel.page.locator('.ac-adaptiveCard').filter({ hasText: title }) });
    await thread.filter({ hasText: 'er endret' }).first().waitFor({ timeout: 30_000 });
    assert.equal(await thread.count(), 1, 'the announcement is one thread');
    const notice = (await harness.stack.repositories.outbox.listForSubject(DEMO_TENANT_ID, { type: 'settlement', id: settlementId })).find(
      (message) => message.unitId === 'barnehage' && message.topic.name === 'edited',
    );
    assert.deepEqual([notice?.operation, notice?.status], ['reply', 'sent']);
  });
});
