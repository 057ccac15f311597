import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchChromium, loopbackOnlyContext } from '../support/browser/launch-chromium.js';
import { startLocalStackHarness, type LocalStackHarness } from '../support/browser/local-stack-harness.js';
import { PlaygroundPage } from './support/playground-page.js';

describe('local app through the Agents Playground (browser)', function () {
  this.timeout(120_000);
  let harness: LocalStackHarness;
  let browser: Browser;

  before(async () => {
    harness = await startLocalStackHarness(['bosetting']);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await harness?.stop();
  });

  it('should answer hjelp in the personal chat with the help card', async () => {
    const page = await (await loopbackOnlyContext(browser)).newPage();
    const playground = await PlaygroundPage.open(page, harness.playgroundUrl('bosetting'), { botName: 'Introteam' });
    await playground.openPersonalChat();
    await playground.sendMessage('hjelp');
    const card = await playground.waitForCardText('Introteam – hjelp');
    assert.match((await card.textContent()) ?? '', /koble kanal/);
  });

  it('should report healthy storage at /healthz as npm start runs it', async () => {
    const response = await fetch(`${harness.stack.appUrl}/healthz`);
    assert.equal(response.status, 200);
  });
});
