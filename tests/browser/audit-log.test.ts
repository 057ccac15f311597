import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { DEMO_TENANT_ID } from '../../bot/src/app/config.js';
import { addDays, osloToday } from '../../bot/src/kernel/dates/iso-date.js';
import { openSecureZone } from '../../bot/src/features/settlement/use-cases/open-secure-zone.js';
import { registerSettlement } from '../../bot/src/features/settlement/use-cases/register-settlement.js';
import { launchChromium, loopbackOnlyContext } from '../support/browser/launch-chromium.js';
import { chooseOption, fillField } from './support/fluent-controls.js';
import { startAppHarness, type AppHarness } from '../support/http/app-harness.js';
import { DEMO } from '../support/settlements/settlement-harness.js';
import { testRegistration } from '../support/settlements/test-household.js';

describe('the audit log in the tab (browser)', function () {
  this.timeout(90_000);
  let harness: AppHarness;
  let browser: Browser;
  let page: Page;

  before(async () => {
    harness = await startAppHarness();
    const user = async (id: string) => (await harness.repositories.users.get(DEMO_TENANT_ID, id))!;
    const services = harness.app.settlementServices;
    const { settlement } = await registerSettlement(services, await user(DEMO.coordinator), testRegistration(addDays(osloToday(), 9)));
    await openSecureZone(services, await user(DEMO.barnehage), { settlementId: settlement.id, unitId: 'barnehage' });
    browser = await launchChromium();
    page = await (await loopbackOnlyContext(browser, { acceptDownloads: true })).newPage();
    await page.goto(`${harness.baseUrl}/tab`);
    await page.getByTestId(`dev-user-${DEMO.coordinator}`).click();
    await page.getByTestId('signed-in-user').waitFor();
    await page.goto(`${harness.baseUrl}/tab#/revisjon`);
    await page.getByTestId('audit-table').waitFor();
  });
  after(async () => {
    await browser?.close();
    await harness?.close();
  });

  const rowTexts = () => page.locator('[data-testid^="audit-row-"]').allInnerTexts();

  it('should read in Norwegian: the action, who, the settlement and the unit, without codes or raw ids', async () => {
    const rows = await rowTexts();
    assert.ok(rows.some((row) => row.includes('Åpnet navn i sikker sone') && row.includes('Barnehage')));
    assert.ok(rows.some((row) => row.includes('Registrerte bosetting')));
    assert.ok(rows.every((row) => /BOS-\d{4}-\d{3,}/.test(row)), 'each entry names the settlement by its reference');
    for (const row of rows) assert.doesNotMatch(row, /personal-data|settlement\.|settlement:|[0-9a-f]{8}-[0-9a-f]{4}-/, row);
  });

  it('should show only the chosen user’s entries after «Bruk filter», and keep the filter in the address', async () => {
    await chooseOption(page, 'audit-filter-user', DEMO.barnehage);
    await page.getByTestId('audit-filter-apply').click();
    await page.waitForFunction("window.location.hash.includes('actorId=')");
    await page.getByTestId('audit-filter-reset').waitFor();
    const rows = await rowTexts();
    assert.ok(rows.length > 0);
    for (const row of rows) assert.match(row, /Åpnet navn i sikker sone/);
  });

  it('should find a settlement’s entries by its reference, and keep a typed name out of the address', async () => {
    await page.evaluate(`window.location.hash = '#/revisjon'`);
    await page.getByTestId('audit-filters').waitFor();
    await fillField(page, 'audit-filter-reference', 'Amina Haddad');
    await page.getByTestId('audit-filter-apply').click();
    await page.getByTestId('form-errors').filter({ hasText: 'referanse' }).waitFor();
    assert.doesNotMatch(page.url(), /Amina|Haddad/);
    const reference = /BOS-\d{4}-\d{3,}/.exec((await rowTexts()).join(' '))![0];
    await fillField(page, 'audit-filter-reference', reference.toLowerCase());
    await page.getByTestId('audit-filter-apply').click();
    await page.waitForFunction(`location.hash.includes('reference=')`);
    await page.getByTestId('audit-filter-reset').waitFor();
    const rows = await rowTexts();
    assert.ok(rows.length > 0 && rows.every((row) => row.includes(reference)));
  });

  it('should download the selection as a CSV file that Excel reads, and log the download', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').click()]);
    assert.match(download.suggestedFilename(), /^revisjonslogg-\d{4}-\d{2}-\d{2}\.csv$/);
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
    const csv = Buffer.concat(chunks).toString('utf8');
    assert.ok(csv.startsWith('\uFEFFTidspunkt;Hvem;Hendelse;'));
    assert.match(csv, /Åpnet navn i sikker sone/);
    await page.getByTestId('audit-export-status').filter({ hasText: 'loggført' }).waitFor();
    const exports = (await harness.repositories.audit.list(DEMO_TENANT_ID)).filter((e) => e.action === 'audit.export');
    assert.equal(exports.length, 1);
  });
});
