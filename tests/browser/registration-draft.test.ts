import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { addDays, osloToday } from '../../bot/src/kernel/dates/iso-date.js';
import { launchChromium, loopbackOnlyContext } from '../support/browser/launch-chromium.js';
import { startAppHarness, type AppHarness } from '../support/http/app-harness.js';
import { DEMO } from '../support/settlements/settlement-harness.js';
import { fieldValue, fillField, isChecked, setChecked } from './support/fluent-controls.js';
import { openTabAs } from './support/tab-session.js';

const NAME = 'Amina Haddad';
const BIRTH_DATE = '04.03.1990';

describe('a half-filled registration form (browser)', function () {
  this.timeout(90_000);
  let harness: AppHarness;
  let browser: Browser;
  let page: Page;
  const arrival = addDays(osloToday(), 21).split('-').reverse().join('.');

  before(async () => {
    harness = await startAppHarness();
    browser = await launchChromium();
    page = await (await loopbackOnlyContext(browser)).newPage();
    await openTabAs(page, harness.baseUrl, DEMO.coordinator, '#/bosettinger/ny');
    await page.getByTestId('registration-form').waitFor();
    await fillField(page, 'arrival-date', arrival);
    await fillField(page, 'address-area', 'Sentrum');
    await fillField(page, 'member-1-name', NAME);
    await fillField(page, 'member-1-birth-date', BIRTH_DATE);
    await setChecked(page, 'member-1-health', true);
  });
  after(async () => {
    await browser?.close();
    await harness?.close();
  });

  const storageDump = () => page.evaluate(`JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)])`) as Promise<string>;

  it('should ask before a menu link leaves it, and keep everything when the person stays', async () => {
    await page.getByTestId('nav-settlements').click();
    const stay = page.getByTestId('confirm-leave').getByTestId('confirm-dialog-no');
    await stay.waitFor();
    assert.match(await page.getByTestId('confirm-leave').innerText(), /Forlate siden\?/);
    await stay.click();
    await page.waitForFunction(`location.hash === '#/bosettinger/ny'`);
    assert.equal(await fieldValue(page, 'member-1-name'), NAME, 'what was typed is still there');
    assert.equal(await fieldValue(page, 'address-area'), 'Sentrum');
  });

  it('should give back the name-free fields after a reload, never having put a name or birth date in the browser’s storage', async () => {
    const dump = await storageDump();
    assert.ok(dump.includes('Sentrum'), 'the draft is kept');
    assert.ok(!dump.includes('Amina') && !dump.includes('Haddad') && !dump.includes(BIRTH_DATE), 'no name or birth date in storage');
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.type(); // the browser's own «leave site?» question
      void dialog.accept();
    });
    await page.reload();
    assert.equal(asked, 'beforeunload', 'a reload asks first');
    await page.getByTestId('draft-restored').waitFor();
    assert.equal(await fieldValue(page, 'arrival-date'), arrival);
    assert.equal(await fieldValue(page, 'address-area'), 'Sentrum');
    assert.equal(await isChecked(page, 'member-1-health'), true);
    assert.equal(await fieldValue(page, 'member-1-name'), '', 'the name is typed again');
    assert.equal(await fieldValue(page, 'member-1-birth-date'), '');
    assert.match(await page.getByTestId('draft-notice').innerText(), /uten navn, fødselsdatoer og merknad/);
  });

  it('should forget the draft when the person cancels, without asking', async () => {
    await page.getByTestId('cancel-form').click();
    await page.waitForFunction(`location.hash === '#/bosettinger'`);
    assert.equal(await page.getByTestId('confirm-leave').count(), 0, 'no question when the person cancels');
    assert.ok(!(await storageDump()).includes('Sentrum'), 'the draft is gone');
  });
});
