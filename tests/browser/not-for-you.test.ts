import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { DEMO_TENANT_ID } from '../../bot/src/app/config.js';
import { addDays, osloToday } from '../../bot/src/kernel/dates/iso-date.js';
import { registerSettlement } from '../../bot/src/features/settlement/use-cases/register-settlement.js';
import { launchChromium, loopbackOnlyContext } from '../support/browser/launch-chromium.js';
import { startAppHarness, type AppHarness } from '../support/http/app-harness.js';
import { DEMO } from '../support/settlements/settlement-harness.js';
import { testRegistration } from '../support/settlements/test-household.js';
import { openTabAs } from './support/tab-session.js';

describe('pages that are not for the signed-in user (browser)', function () {
  this.timeout(60_000);
  let harness: AppHarness;
  let browser: Browser;
  let page: Page;
  let settlementId: string;
  let affectedUnitId: string;

  before(async () => {
    harness = await startAppHarness();
    const coordinator = (await harness.repositories.users.get(DEMO_TENANT_ID, DEMO.coordinator))!;
    // Two adults: no school-age child, so grunnskole is not affected and may not see the settlement.
    const household = testRegistration(addDays(osloToday(), 9));
    const adults = { ...household, members: household.members.filter((member) => member.role === 'adult') };
    const { settlement } = await registerSettlement(harness.app.settlementServices, coordinator, adults);
    settlementId = settlement.id;
    affectedUnitId = settlement.affectedUnitIds[0]!;
    browser = await launchChromium();
    page = await (await loopbackOnlyContext(browser)).newPage();
  });
  after(async () => {
    await browser?.close();
    await harness?.close();
  });

  /** The one message shown, with the checks that nothing else says the page failed. */
  async function assertOnlyNotForYou(): Promise<void> {
    await page.getByTestId('not-for-you').waitFor();
    const message = ((await page.getByTestId('not-for-you-message').textContent()) ?? '').trim();
    assert.ok(message.length > 0, 'the server’s message is shown');
    assert.equal(((await page.getByTestId('error-alert').textContent()) ?? '').trim(), '', 'no alert as well');
    assert.equal(await page.getByText('Prøv igjen').count(), 0, 'no «Prøv igjen»');
    assert.equal(await page.getByText('Siden kunne ikke lastes').count(), 0);
    assert.equal(await page.getByTestId('not-for-you').count(), 1, 'one panel');
    assert.equal(await page.getByTestId('not-for-you-home').getAttribute('href'), '#/');
  }

  it('should show one clear message and a link to the start page when a unit the settlement does not affect opens it', async () => {
    await openTabAs(page, harness.baseUrl, DEMO.grunnskole, `#/bosettinger/${settlementId}`);
    await assertOnlyNotForYou();
  });

  it('should show the same single message in the secure zone when the settlement is not for the user', async () => {
    await page.evaluate(`window.location.hash = ${JSON.stringify(`#/bosettinger/${settlementId}/sikker-sone/${affectedUnitId}`)}`);
    await page.waitForFunction(`location.hash.includes('sikker-sone')`);
    await assertOnlyNotForYou();
    assert.equal(await page.getByTestId('show-names').count(), 0);
  });
});
