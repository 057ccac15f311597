import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { DEMO_TENANT_ID } from '../../bot/src/app/config.js';
import { createDevTokenIssuer } from '../../bot/src/platform/http/auth/dev-token-issuer.js';
import { launchChromium, loopbackOnlyContext } from '../support/browser/launch-chromium.js';
import { startAppHarness, type AppHarness } from '../support/http/app-harness.js';

const ADMIN_ID = '00000000-0000-4000-8000-000000000001';

describe('tab with no sign-in configured (browser)', function () {
  this.timeout(60_000);
  let harness: AppHarness;
  let browser: Browser;
  let page: Page;
  let token = '';

  before(async () => {
    // Neither ENTRA_* nor DEV_SIGN_IN=1: the server signs no one in.
    harness = await startAppHarness({ env: { DEV_SIGN_IN: '0' } });
    token = await createDevTokenIssuer({ tenantId: DEMO_TENANT_ID }).issue(ADMIN_ID);
    browser = await launchChromium();
    const context = await loopbackOnlyContext(browser);
    // A dev token left in the tab's session from a server that had dev sign-in on must not sign anyone in here.
    const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
    const stored = JSON.stringify({ token, expiresAt });
    await context.addInitScript(`sessionStorage.setItem('introteam.devToken', ${JSON.stringify(stored)})`);
    page = await context.newPage();
  });
  after(async () => {
    await browser?.close();
    await harness?.close();
  });

  it('should say in Norwegian that sign-in is not set up, and offer no demo users', async () => {
    await page.goto(`${harness.baseUrl}/tab`);
    await page.getByRole('heading', { name: 'Innlogging er ikke satt opp' }).waitFor();
    const message = (await page.locator('#view p').textContent()) ?? '';
    assert.match(message, /^Innlogging er ikke satt opp på denne serveren\. .*ENTRA_CLIENT_ID.*DEV_SIGN_IN=1/);
    assert.equal(await page.getByTestId('error-alert').textContent(), message);
    assert.equal(await page.getByTestId('dev-user-picker').count(), 0);
    assert.equal(await page.getByTestId('signed-in-user').count(), 0);
    assert.equal(await page.locator('#main-nav').isHidden(), true);
    assert.equal(await page.locator('#view').getAttribute('aria-busy'), null);
  });

  it('should refuse a bearer token with 401 and hand out no dev tokens or demo users', async () => {
    const me = await fetch(`${harness.baseUrl}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(me.status, 401);
    assert.equal(((await me.json()) as { error?: { code?: string } }).error?.code, 'unauthenticated');
    assert.equal((await fetch(`${harness.baseUrl}/api/dev/users`)).status, 404);
    const issued = await fetch(`${harness.baseUrl}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: ADMIN_ID }),
    });
    assert.equal(issued.status, 404);
  });
});
