import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { DEMO_TENANT_ID } from '../../bot/src/app/config.js';
import { addDays, osloToday } from '../../bot/src/kernel/dates/iso-date.js';
import { launchChromium, loopbackOnlyContext } from '../support/browser/launch-chromium.js';
import { startAppHarness, type AppHarness } from '../support/http/app-harness.js';
import { chooseOption, fieldValue, fillField, textControl } from './support/fluent-controls.js';

const COORDINATOR_ID = '00000000-0000-4000-8000-000000000002';
const NAME = 'member-1-name';
const HIDDEN_MARKS = 'Person 1: Navnet kan ikke inneholde kontrolltegn eller usynlige retningstegn.';

/** The visible texts the control's `aria-describedby` points at: its hint, error message and counter. */
async function describedBy(page: Page, testId: string): Promise<string[]> {
  const ids = ((await page.getByTestId(testId).getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts: string[] = [];
  for (const id of ids) {
    const element = page.locator(`[id="${id}"]`);
    if (await element.isVisible()) texts.push((await element.textContent()) ?? '');
  }
  return texts;
}

/** Puts `text` on the clipboard (a string script: the tests are compiled without the DOM library). */
function copy(page: Page, text: string): Promise<void> {
  return page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);
}

describe('registration form text limits (browser)', function () {
  this.timeout(60_000);
  let harness: AppHarness;
  let browser: Browser;
  let page: Page;
  const settlementPosts: string[] = [];

  before(async () => {
    harness = await startAppHarness();
    browser = await launchChromium();
    const context = await loopbackOnlyContext(browser);
    // A real Ctrl+V, so the browser's own `maxlength` cut would happen if the guard let the paste through.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.baseUrl });
    page = await context.newPage();
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname.startsWith('/api/settlements'))
        settlementPosts.push(request.url());
    });
    await page.goto(`${harness.baseUrl}/tab`);
    await page.getByTestId(`dev-user-${COORDINATOR_ID}`).click();
    await page.getByTestId('signed-in-user').waitFor();
    await page.goto(`${harness.baseUrl}/tab#/bosettinger/ny`);
    await page.getByTestId('registration-form').waitFor();
  });
  after(async () => {
    await browser?.close();
    await harness?.close();
  });

  it('should refuse a pasted 558-character name next to the field and leave the field unchanged', async () => {
    await copy(page, 'Amina '.repeat(93));
    await textControl(page, NAME).focus();
    await page.keyboard.press('Control+V');
    const refusal = 'Navnet kan være høyst 200 tegn. Teksten ble ikke satt inn, for da ville feltet hatt 558 tegn.';
    await page.getByText(refusal).waitFor();
    assert.ok((await describedBy(page, NAME)).includes(refusal));
    assert.equal(await page.getByTestId(NAME).getAttribute('aria-invalid'), 'true');
    assert.equal(await fieldValue(page, NAME), '');
  });

  it('should count the characters against the limit while typing, drop the refusal, and take a paste that fits', async () => {
    await textControl(page, NAME).pressSequentially('Amina');
    await page.getByText('5 av høyst 200 tegn').waitFor();
    const description = await describedBy(page, NAME);
    assert.ok(description.includes('5 av høyst 200 tegn'), description.join(' | '));
    assert.ok(!description.some((text) => text.includes('ble ikke satt inn')), description.join(' | '));
    // The same clipboard path as the refused paste, so that refusal was the guard's and not a paste that never came.
    await copy(page, ' Haddad');
    await page.keyboard.press('Control+V');
    await page.getByText('12 av høyst 200 tegn').waitFor();
    assert.equal(await fieldValue(page, NAME), 'Amina Haddad');
  });

  it('should refuse a name with a right-to-left override on submit, in Norwegian, and save nothing', async () => {
    const before = (await harness.repositories.settlements.listPage(DEMO_TENANT_ID, { limit: 100 })).settlements.length;
    await fillField(page, 'arrival-date', addDays(osloToday(), 14).split('-').reverse().join('.'));
    await fillField(page, NAME, 'Amina\u202EHaddad');
    await fillField(page, 'member-1-birth-date', '04.03.1990');
    await chooseOption(page, 'member-1-role', 'adult');
    await page.getByTestId('save-settlement').click();
    await page.getByTestId('form-errors').waitFor();
    assert.deepEqual(await page.getByTestId('form-errors').locator('li').allTextContents(), [HIDDEN_MARKS]);
    assert.ok((await describedBy(page, NAME)).includes(HIDDEN_MARKS));
    assert.deepEqual(settlementPosts, []);
    assert.equal((await harness.repositories.settlements.listPage(DEMO_TENANT_ID, { limit: 100 })).settlements.length, before);
    assert.match(page.url(), /#\/bosettinger\/ny$/);
  });
});
