import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { DEMO_TENANT_ID } from '../../bot/src/app/config.js';
import { addDays, osloToday } from '../../bot/src/kernel/dates/iso-date.js';
import { settlementSubject } from '../../bot/src/features/settlement/delivery/settlement-topic.js';
import { launchChromium, loopbackOnlyContext } from '../support/browser/launch-chromium.js';
import { startLocalStackHarness, type LocalStackHarness } from '../support/browser/local-stack-harness.js';
import { chooseOption, fillField, setChecked, textControl } from './support/fluent-controls.js';
import { PlaygroundPage } from './support/playground-page.js';

const COORDINATOR_ID = '00000000-0000-4000-8000-000000000002';
const BARNEHAGE_MEMBER_ID = '00000000-0000-4000-8000-000000000006';
const MOTHER = { name: 'Amina Testesen Haddad', birthDate: '04.03.1990', iso: '1990-03-04' };
const toddlerBirth = addDays(osloToday(), -3 * 365 - 40);
const TODDLER = { name: 'Leyla Testdatter Haddad', birthDate: toddlerBirth.split('-').reverse().join('.'), iso: toddlerBirth };
const norwegian = (iso: string): string => iso.split('-').reverse().join('.');

describe('new settlement from the tab to the Barnehage channel (browser, Agents Playground)', function () {
  this.timeout(180_000);
  let harness: LocalStackHarness;
  let browser: Browser;
  let channel: PlaygroundPage;
  let tab: Page;
  let settlementId = '';
  /** `BOS-yyyy-nnn`, as the card title shows it. */
  let reference = '';

  before(async () => {
    harness = await startLocalStackHarness(['bosetting', 'barnehage']);
    browser = await launchChromium();
    const context = await loopbackOnlyContext(browser);
    channel = await PlaygroundPage.open(await context.newPage(), harness.playgroundUrl('barnehage'), {
      botName: 'Introteam',
      timeoutMs: 30_000,
    });
    await channel.openChannel('Barnehage');
    tab = await context.newPage();
  });
  after(async () => {
    await browser?.close();
    await harness?.stop();
  });

  it('should register a settlement in the tab as the coordinator', async () => {
    await tab.goto(`${harness.stack.appUrl}/tab`);
    await tab.getByTestId(`dev-user-${COORDINATOR_ID}`).click();
    await tab.getByTestId('signed-in-user').waitFor();
    await tab.goto(`${harness.stack.appUrl}/tab#/bosettinger/ny`);
    await tab.getByTestId('registration-form').waitFor();
    await fillField(tab, 'arrival-date', norwegian(addDays(osloToday(), 14)));
    await fillField(tab, 'member-1-name', MOTHER.name);
    await fillField(tab, 'member-1-birth-date', MOTHER.birthDate);
    await chooseOption(tab, 'member-1-role', 'adult');
    await tab.getByTestId('add-member').click();
    await fillField(tab, 'member-2-name', TODDLER.name);
    await fillField(tab, 'member-2-birth-date', TODDLER.birthDate);
    await textControl(tab, 'member-2-birth-date').blur();
    await chooseOption(tab, 'member-2-role', 'child');
    await setChecked(tab, 'member-2-guardian-1', true);
    await tab.getByTestId('save-settlement').click();
    await tab.getByTestId('settlement-detail').waitFor();
    settlementId = /#\/bosettinger\/([0-9a-f-]{36})/.exec(tab.url())?.[1] ?? '';
    assert.ok(settlementId, `detail url: ${tab.url()}`);
    const settlement = await harness.stack.repositories.settlements.get(DEMO_TENANT_ID, settlementId);
    assert.deepEqual([...(settlement?.value.affectedUnitIds ?? [])].sort(), ['barnehage', 'bosetting', 'helsetjeneste', 'nav', 'voi']);
    reference = settlement?.value.reference ?? '';
    assert.match(reference, /^BOS-\d{4}-\d{3,}$/);
  });

  it('should announce it in the Barnehage channel without names, with the unit’s tasks', async () => {
    const card = await channel.waitForCardText(`Ny bosetting ${reference} – Barnehage`);
    const text = (await card.textContent()) ?? '';
    assert.match(text, /Barnehageplass/);
    assert.match(text, /1 voksen, 1 barn/);
    assert.ok(!text.includes(MOTHER.name) && !text.includes(TODDLER.name));
  });

  it('should complete a task from the card and show the updated card', async () => {
    const card = await channel.waitForCardText(`Ny bosetting ${reference} – Barnehage`);
    const task = card
      .locator('.ac-container')
      .filter({ hasText: 'Barnehageplass' })
      .filter({ has: channel.page.getByRole('button', { name: 'Fullfør' }) })
      .last();
    await channel.clickCardAction(task, 'Fullfør');
    await channel.waitForCardText('Fullført (Berit Barnehage)');
    const flow = await harness.stack.repositories.flows.get(DEMO_TENANT_ID, settlementId, 'barnehage');
    assert.equal(flow?.value.tasks.find((t) => t.title === 'Barnehageplass')?.completedBy, BARNEHAGE_MEMBER_ID);
  });

  it('should update the posted card in place for everyone through the outbox', async () => {
    const deadline = Date.now() + 20_000;
    let updates: { status: string }[] = [];
    while (Date.now() < deadline) {
      const messages = await harness.stack.repositories.outbox.listForSubject(DEMO_TENANT_ID, settlementSubject(settlementId));
      updates = messages.filter((m) => m.unitId === 'barnehage' && m.operation === 'update');
      if (updates.length > 0 && updates.every((m) => m.status === 'sent')) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    assert.ok(updates.length > 0 && updates.every((m) => m.status === 'sent'), JSON.stringify(updates.map((m) => m.status)));
    const announcement = (await harness.stack.repositories.outbox.listForSubject(DEMO_TENANT_ID, settlementSubject(settlementId))).find(
      (m) => m.unitId === 'barnehage' && m.topic.name === 'announcement',
    );
    assert.equal(announcement?.status, 'sent');
  });

  it('should show the barnehage member the names in the secure zone and audit the opening', async () => {
    // The card's «Åpne i sikker sone» button is a link into the tab; follow it as the barnehage member would.
    const announcement =
      harness.outgoing.find((a) => a.includes('Åpne i sikker sone') && a.includes(`${settlementId}/sikker-sone/barnehage`)) ?? '';
    const deepLink = /"url":"([^"]+sikker-sone[^"]+)"/.exec(announcement)?.[1] ?? '';
    assert.equal(deepLink, `${harness.stack.appUrl}/tab#/bosettinger/${settlementId}/sikker-sone/barnehage`);
    await tab.goto(`${harness.stack.appUrl}/tab`);
    await tab.getByTestId('switch-user').click();
    await tab.getByTestId(`dev-user-${BARNEHAGE_MEMBER_ID}`).click();
    await tab.getByTestId('signed-in-user').waitFor();
    await tab.goto(deepLink);
    await tab.getByTestId('show-names').click();
    await tab.getByTestId('audit-notice').waitFor();
    await tab.getByTestId('person-list').getByText(TODDLER.name).waitFor();
    const persons = (await tab.getByTestId('person-list').textContent()) ?? '';
    assert.ok(persons.includes(MOTHER.name), persons);
    const audit = await harness.stack.repositories.audit.list(DEMO_TENANT_ID);
    assert.ok(
      audit.some(
        (e) => e.action === 'personal-data.read' && e.actorId === BARNEHAGE_MEMBER_ID && e.resource === `settlement:${settlementId}`,
      ),
    );
  });

  it('should never have put a test person’s name or birth date in an outgoing activity, a log line or a URL', () => {
    const secrets = [
      MOTHER.name,
      TODDLER.name,
      ...MOTHER.name.split(' '),
      ...TODDLER.name.split(' ').slice(0, 2),
      MOTHER.iso,
      TODDLER.iso,
      MOTHER.birthDate,
      TODDLER.birthDate,
    ];
    assert.ok(harness.outgoing.length >= 3, `recorded ${harness.outgoing.length} outgoing activities`);
    const scanned = [...harness.outgoing, ...harness.logger.lines, tab.url(), channel.page.url()].join('\n');
    for (const secret of secrets) assert.ok(!scanned.includes(secret), `found «${secret}» in outgoing activities, logs or URLs`);
  });
});
