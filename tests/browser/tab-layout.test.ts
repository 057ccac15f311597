import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, loopbackOnlyContext } from '../support/browser/launch-chromium.js';
import { startAppHarness, type AppHarness } from '../support/http/app-harness.js';
import { DEMO } from '../support/settlements/settlement-harness.js';
import { openTabAs } from './support/tab-session.js';

const WIDTH = 320;
const HEIGHT = 800;

/** Where an element is drawn, rounded to whole pixels. */
async function box(page: Page, selector: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const rect = await page.locator(selector).first().boundingBox();
  assert.ok(rect, `${selector} is drawn`);
  return { x: Math.round(rect.x), y: Math.round(rect.y), width: Math.round(rect.width), height: Math.round(rect.height) };
}

function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(`document.documentElement.scrollWidth - document.documentElement.clientWidth`) as Promise<number>;
}

describe('tab layout in the Teams side panel, 320 px wide (browser)', function () {
  this.timeout(60_000);
  let harness: AppHarness;
  let browser: Browser;
  let page: Page;

  before(async () => {
    harness = await startAppHarness();
    browser = await launchChromium();
    const context = await loopbackOnlyContext(browser);
    page = await context.newPage();
    await page.setViewportSize({ width: WIDTH, height: HEIGHT });
    await openTabAs(page, harness.baseUrl, DEMO.coordinator, '#/bosettinger/ny');
    await page.getByTestId('registration-form').waitFor();
  });
  after(async () => {
    await browser?.close();
    await harness?.close();
  });

  it('should not scroll sideways on the registration form', async () => {
    assert.equal(await horizontalOverflow(page), 0);
  });

  it('should keep a field’s width and position when a validation error appears', async () => {
    const field = '[data-testid="member-1-name"]';
    const before = await box(page, field);
    await page.getByTestId('save-settlement').click();
    await page.getByTestId('form-errors').waitFor();
    // The name field's own message row now holds an error …
    const message = page.locator('fluent-field:has([data-testid="member-1-name"]) .field-error');
    await message.waitFor();
    assert.notEqual(((await message.textContent()) ?? '').trim(), '');
    // … and the control is where it was, as wide as it was, relative to its form (the summary above may push the form down).
    const form = await box(page, '[data-testid="registration-form"] form, [data-testid="registration-form"]');
    const after = await box(page, field);
    assert.equal(after.width, before.width);
    assert.equal(after.x, before.x);
    assert.equal(await horizontalOverflow(page), 0);
    assert.ok(after.y >= form.y);
  });

  it('should open a dropdown’s list inside the viewport', async () => {
    const dropdown = page.getByTestId('member-1-role');
    await dropdown.scrollIntoViewIfNeeded();
    await dropdown.locator('[role="combobox"]').click();
    const listbox = dropdown.locator('fluent-listbox');
    await listbox.waitFor({ state: 'visible' });
    const rect = await listbox.boundingBox();
    assert.ok(rect, 'the listbox is drawn');
    assert.ok(rect.x >= 0 && rect.x + rect.width <= WIDTH, `listbox x ${rect.x}–${rect.x + rect.width} within 0–${WIDTH}`);
    assert.ok(rect.y >= 0 && rect.y + rect.height <= HEIGHT, `listbox y ${rect.y}–${rect.y + rect.height} within 0–${HEIGHT}`);
    await page.keyboard.press('Escape');
  });

  it('should not scroll sideways on the settlement list', async () => {
    await page.evaluate(`window.location.hash = '#/bosettinger'`);
    await page.getByTestId('new-settlement').waitFor();
    assert.equal(await horizontalOverflow(page), 0);
  });
});
