import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { DEMO_TENANT_ID } from '../../bot/src/app/config.js';
import { addDays, osloToday } from '../../bot/src/kernel/dates/iso-date.js';
import { registerSettlement } from '../../bot/src/features/settlement/use-cases/register-settlement.js';
import { launchChromium, loopbackOnlyContext } from '../support/browser/launch-chromium.js';
import { startAppHarness, type AppHarness } from '../support/http/app-harness.js';
import { DEMO } from '../support/settlements/settlement-harness.js';
import { testRegistration } from '../support/settlements/test-household.js';

const STORED = 27;

describe('settlement list pages in the tab (browser)', function () {
  this.timeout(90_000);
  let harness: AppHarness;
  let browser: Browser;
  let page: Page;

  before(async () => {
    harness = await startAppHarness();
    const coordinator = (await harness.repositories.users.get(DEMO_TENANT_ID, DEMO.coordinator))!;
    for (let i = 0; i < STORED; i += 1) {
      await registerSettlement(harness.app.settlementServices, coordinator, testRegistration(addDays(osloToday(), 5 + i)));
    }
    browser = await launchChromium();
    page = await (await loopbackOnlyContext(browser)).newPage();
    await page.goto(`${harness.baseUrl}/tab`);
    await page.getByTestId(`dev-user-${DEMO.coordinator}`).click();
    await page.getByTestId('signed-in-user').waitFor();
    await page.goto(`${harness.baseUrl}/tab#/bosettinger`);
    await page.getByTestId('settlement-list').waitFor();
  });
  after(async () => {
    await browser?.close();
    await harness?.close();
  });

  const rows = () => page.locator('[data-testid^="settlement-row-"]');

  it('should show the first 25, newest arrival first, and say that more exist', async () => {
    assert.equal(await rows().count(), 25);
    const first = (await rows().first().locator('h2').textContent()) ?? '';
    assert.match(first, /^BOS-\d{4}-\d{3,} · ankomst \d{2}\.\d{2}\.\d{4}$/);
    assert.match((await page.getByTestId('settlement-summary').textContent()) ?? '', /flere finnes/);
    assert.ok(await page.getByTestId('settlement-list-more').isVisible());
  });

  it('should add the rest below with «Vis flere bosettinger», each once, and then hide the button', async () => {
    await page.getByTestId('settlement-list-more').click();
    await page.waitForFunction(`document.querySelectorAll('[data-testid^="settlement-row-"]').length === ${STORED}`);
    const ids = await rows().evaluateAll((elements) => elements.map((element) => element.getAttribute('data-testid')));
    assert.equal(new Set(ids).size, STORED, 'no settlement is shown twice');
    assert.ok(await page.getByTestId('settlement-list-more').isHidden());
    assert.doesNotMatch((await page.getByTestId('settlement-summary').textContent()) ?? '', /flere finnes/);
  });
});
