import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { addDays, osloToday } from '../../bot/src/kernel/dates/iso-date.js';
import { launchChromium, loopbackOnlyContext } from '../support/browser/launch-chromium.js';
import { startAppHarness, type AppHarness } from '../support/http/app-harness.js';
import { DEMO } from '../support/settlements/settlement-harness.js';
import { testRegistration } from '../support/settlements/test-household.js';
import { chooseOption, dropdownValue, fieldValue, fillField } from './support/fluent-controls.js';

describe('settlement reference in the tab (browser)', function () {
  this.timeout(90_000);
  let harness: AppHarness;
  let browser: Browser;
  let page: Page;
  const registered: { id: string; reference: string }[] = [];

  before(async () => {
    harness = await startAppHarness();
    const token = await harness.devToken(DEMO.coordinator);
    // Registered through the API the tab's form posts to (the form itself is tested in registration-text-limits).
    for (const days of [5, 12, 19]) {
      const response = await fetch(`${harness.baseUrl}/api/settlements`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify(testRegistration(addDays(osloToday(), days))),
      });
      assert.equal(response.status, 201);
      const { settlement } = (await response.json()) as { settlement: { id: string; reference: string } };
      registered.push({ id: settlement.id, reference: settlement.reference });
    }
    browser = await launchChromium();
    page = await (await loopbackOnlyContext(browser)).newPage();
    await page.goto(`${harness.baseUrl}/tab`);
    await page.getByTestId(`dev-user-${DEMO.coordinator}`).click();
    await page.getByTestId('signed-in-user').waitFor();
  });
  after(async () => {
    await browser?.close();
    await harness?.close();
  });

  const rows = () => page.locator('[data-testid^="settlement-row-"]');
  const target = () => registered[1]!;

  it('should show the reference in the list row heading and the detail heading', async () => {
    await page.goto(`${harness.baseUrl}/tab#/bosettinger`);
    await page.getByTestId('settlement-list').waitFor();
    assert.equal(await rows().count(), 3);
    const row = page.getByTestId(`settlement-row-${target().id}`);
    const heading = (await row.locator('h2').textContent()) ?? '';
    assert.match(heading, new RegExp(`^${target().reference} · ankomst \\d{2}\\.\\d{2}\\.\\d{4}$`));
    await row.locator('h2 a').click();
    await page.locator('h1', { hasText: target().reference }).waitFor();
    assert.match((await page.locator('h1').textContent()) ?? '', new RegExp(`^Bosetting ${target().reference} med ankomst`));
  });

  it('should find the settlement by its short reference and put the search in the address', async () => {
    await page.goto(`${harness.baseUrl}/tab#/bosettinger`);
    await page.getByTestId('settlement-filters').waitFor();
    const [, year, number] = /^BOS-(\d{4})-(\d+)$/.exec(target().reference)!;
    await fillField(page, 'settlement-search', `${year}-${Number(number)}`);
    await page.getByTestId('settlement-filter-apply').click();
    await page.waitForFunction(`location.hash.includes('sok=')`);
    await page.waitForFunction(`document.querySelectorAll('[data-testid^="settlement-row-"]').length === 1`);
    assert.equal(await page.getByTestId(`settlement-row-${target().id}`).count(), 1);
    assert.equal(await fieldValue(page, 'settlement-search'), `${year}-${Number(number)}`, 'the field keeps the search');
  });

  it('should say in Norwegian by the search field, and keep the text out of the address, when the search is no reference', async () => {
    await page.goto(`${harness.baseUrl}/tab#/bosettinger`);
    await page.getByTestId('settlement-filters').waitFor();
    const search = page.getByTestId('settlement-search');
    await fillField(page, 'settlement-search', 'Amina Haddad');
    await page.getByTestId('settlement-filter-apply').click();
    await page.waitForFunction(`document.querySelector('[data-testid="settlement-search"]').getAttribute('aria-invalid') === 'true'`);
    const errorId = (await search.getAttribute('data-error-id'))!;
    assert.match((await page.locator(`[id="${errorId}"]`).textContent()) ?? '', /Søk etter en referanse/);
    assert.doesNotMatch(page.url(), /Amina|Haddad/);
    assert.equal(await rows().count(), 3, 'the list is as it was');
  });

  it('should open a filtered list from a link and show none when nothing matches', async () => {
    await page.goto(`${harness.baseUrl}/tab#/bosettinger?status=cancelled`);
    await page.getByTestId('settlement-filters').waitFor();
    assert.equal(await dropdownValue(page, 'settlement-filter-status'), 'cancelled');
    assert.match((await page.getByTestId('settlement-list').textContent()) ?? '', /Ingen bosettinger passer til søket/);
    await chooseOption(page, 'settlement-filter-status', 'open');
    await chooseOption(page, 'settlement-filter-unit', 'barnehage');
    await page.getByTestId('settlement-filter-apply').click();
    await page.waitForFunction(`location.hash.includes('status=open') && location.hash.includes('enhet=barnehage')`);
    await page.waitForFunction(`document.querySelectorAll('[data-testid^="settlement-row-"]').length === 3`);
  });
});
