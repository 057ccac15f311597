import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, loopbackOnlyContext } from '../support/browser/launch-chromium.js';
import { startAppHarness, type AppHarness } from '../support/http/app-harness.js';

const LEADER_ID = '00000000-0000-4000-8000-000000000005';

describe('tab in dev mode (browser)', function () {
  this.timeout(60_000);
  let harness: AppHarness;
  let browser: Browser;
  let page: Page;

  before(async () => {
    harness = await startAppHarness();
    browser = await launchChromium();
    page = await (await loopbackOnlyContext(browser)).newPage();
  });
  after(async () => {
    await browser?.close();
    await harness?.close();
  });

  it('should let a person pick a demo user and then show that user and their roles', async () => {
    await page.goto(`${harness.baseUrl}/tab`);
    await page.getByTestId('dev-user-picker').waitFor();
    await page.getByTestId(`dev-user-${LEADER_ID}`).click();
    await page.getByTestId('signed-in-user').waitFor();
    assert.match((await page.getByTestId('signed-in-user').textContent()) ?? '', /Lise Leder/);
    const roles = await page.getByTestId('role-list').locator('li').allTextContents();
    assert.deepEqual(
      roles.map((r) => r.trim()),
      ['Leder – Voksenopplæring og integrering', 'Enhetsmedlem – Voksenopplæring og integrering'],
    );
  });

  it('should render the shell card from the server with the units and their channels', async () => {
    const card = page.getByTestId('shell-card');
    await card.getByText('Demo kommune').waitFor();
    const text = (await card.textContent()) ?? '';
    assert.match(text, /Barnehage/);
    assert.match(text, /Ikke koblet/);
  });

  it('should go back to the picker when the user switches', async () => {
    await page.getByTestId('switch-user').click();
    await page.getByTestId('dev-user-picker').waitFor();
  });
});
