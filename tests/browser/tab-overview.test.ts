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

describe('the start page «Oversikt» in the tab (browser)', function () {
  this.timeout(90_000);
  let harness: AppHarness;
  let browser: Browser;
  let page: Page;
  let settlementId: string;
  let overdueTitle: string;

  before(async () => {
    harness = await startAppHarness();
    const coordinator = (await harness.repositories.users.get(DEMO_TENANT_ID, DEMO.coordinator))!;
    const today = osloToday();
    ({
      settlement: { id: settlementId },
    } = await registerSettlement(harness.app.settlementServices, coordinator, testRegistration(addDays(today, 30))));
    // The barnehage flow's last task (due latest) is made overdue: it must come first all the same.
    const flow = (await harness.repositories.flows.get(DEMO_TENANT_ID, settlementId, 'barnehage'))!;
    const last = flow.value.tasks.at(-1)!;
    overdueTitle = last.title;
    await harness.repositories.flows.replace(
      { ...flow.value, tasks: flow.value.tasks.map((t) => (t.taskId === last.taskId ? { ...t, dueDate: addDays(today, -3) } : t)) },
      flow.etag,
    );
    browser = await launchChromium();
    page = await (await loopbackOnlyContext(browser)).newPage();
  });
  after(async () => {
    await browser?.close();
    await harness?.close();
  });

  it('should show a unit member the overdue task first, marked, and link it to the settlement', async () => {
    await openTabAs(page, harness.baseUrl, DEMO.barnehage, '#/');
    const rows = page.getByTestId('overview-unit-open-tasks-row');
    await rows.first().waitFor();
    const first = rows.first();
    assert.match((await first.innerText()).replace(/\s+/g, ' '), new RegExp(`${overdueTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*BOS-\\d{4}-\\d{3,}.*Forfalt`));
    assert.ok((await rows.count()) > 1, 'the tasks not yet due follow');
    assert.doesNotMatch(await rows.nth(1).innerText(), /Forfalt/);
    await first.getByRole('link').click();
    await page.waitForFunction(`location.hash === '#/bosettinger/${settlementId}'`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: /BOS-/ }).waitFor();
  });

  it('should say that «Mine oppgaver» is empty until the member takes a task', async () => {
    await page.evaluate(`window.location.hash = '#/'`);
    await page.getByTestId('overview-my-tasks-empty').waitFor();
    assert.match((await page.getByTestId('overview-my-tasks-empty').innerText()) ?? '', /Jeg tar den/);
  });

  it('should show a coordinator the coming arrival and that no unit has a channel for it', async () => {
    const coordinatorPage = await (await loopbackOnlyContext(browser)).newPage();
    await openTabAs(coordinatorPage, harness.baseUrl, DEMO.coordinator, '#/');
    await coordinatorPage.getByTestId('overview-upcoming-arrivals-row').first().waitFor();
    assert.match(await coordinatorPage.getByTestId('overview-upcoming-arrivals').innerText(), /BOS-\d{4}-\d{3,}/);
    assert.match(await coordinatorPage.getByTestId('overview-delivery-problems').innerText(), /Mangler kanal/);
    assert.match(await coordinatorPage.getByTestId('overview-overdue-by-unit').innerText(), /Barnehage/);
  });
});
