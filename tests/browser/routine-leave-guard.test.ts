import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, loopbackOnlyContext } from '../support/browser/launch-chromium.js';
import { startAppHarness, type AppHarness } from '../support/http/app-harness.js';
import { DEMO } from '../support/settlements/settlement-harness.js';
import { fieldValue, fillField } from './support/fluent-controls.js';
import { openTabAs } from './support/tab-session.js';

describe('a changed routine (browser)', function () {
  this.timeout(60_000);
  let harness: AppHarness;
  let browser: Browser;
  let page: Page;

  before(async () => {
    harness = await startAppHarness();
    browser = await launchChromium();
    page = await (await loopbackOnlyContext(browser)).newPage();
    await openTabAs(page, harness.baseUrl, DEMO.admin, '#/admin/rutiner');
    await page.getByTestId('routine-form').waitFor();
  });
  after(async () => {
    await browser?.close();
    await harness?.close();
  });

  it('should leave at once while nothing is changed', async () => {
    await page.getByTestId('nav-home').click();
    await page.waitForFunction(`location.hash === '#/'`);
    await page.getByTestId('nav-routines').click();
    await page.getByTestId('routine-form').waitFor();
  });

  it('should ask before leaving a changed routine, stay when told to, and leave when told to', async () => {
    await fillField(page, 'routine-task-1-title', 'Ny tittel på oppgaven');
    await page.getByTestId('nav-home').click();
    const dialog = page.getByTestId('confirm-leave');
    await dialog.getByTestId('confirm-dialog-no').click();
    await page.waitForFunction(`location.hash.startsWith('#/admin/rutiner')`);
    assert.equal(await fieldValue(page, 'routine-task-1-title'), 'Ny tittel på oppgaven');
    await page.getByTestId('nav-home').click();
    await dialog.getByTestId('confirm-dialog-yes').click();
    await page.waitForFunction(`location.hash === '#/'`);
    await page.getByTestId('overview-units-without-channel').waitFor();
  });
});
