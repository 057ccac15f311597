import assert from 'node:assert/strict';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme as FluentTokens } from '@fluentui/tokens';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, loopbackOnlyContext } from '../support/browser/launch-chromium.js';
import { startAppHarness, type AppHarness } from '../support/http/app-harness.js';
import { DEMO } from '../support/settlements/settlement-harness.js';
import { openTabAs, rgbOf } from './support/tab-session.js';

/** The browser's getComputedStyle (the tests compile without the DOM library). */
interface ComputedStyleOf {
  getComputedStyle(element: unknown): { backgroundColor: string };
}

/** The page background and the primary action's fill, as the browser computed them. */
async function renderedColours(page: Page): Promise<{ body: string; primary: string }> {
  const primary = page.getByTestId('new-settlement');
  await primary.waitFor();
  const body = await page.evaluate('getComputedStyle(document.body).backgroundColor');
  // The fill is drawn by the Fluent element's own (shadow) styles, from the same tokens.
  const fill = await primary.evaluate((element) => (globalThis as unknown as ComputedStyleOf).getComputedStyle(element).backgroundColor);
  return { body: String(body), primary: fill };
}

describe('tab themes on Fluent tokens (browser)', function () {
  this.timeout(60_000);
  let harness: AppHarness;
  let browser: Browser;

  before(async () => {
    harness = await startAppHarness();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await harness?.close();
  });

  const cases: readonly [string, string, FluentTokens][] = [
    ['light', '', teamsLightTheme],
    ['dark', '?theme=dark', teamsDarkTheme],
    ['high-contrast', '?theme=contrast', teamsHighContrastTheme],
  ];
  for (const [name, query, tokens] of cases) {
    it(`should paint the page and the primary button with the Teams ${name} tokens when the theme is ${name}`, async () => {
      const page = await (await loopbackOnlyContext(browser)).newPage();
      await openTabAs(page, harness.baseUrl, DEMO.coordinator, '#/bosettinger', query);
      const colours = await renderedColours(page);
      assert.equal(colours.body, rgbOf(tokens.colorNeutralBackground3));
      assert.equal(colours.primary, rgbOf(tokens.colorBrandBackground));
      await page.context().close();
    });
  }
});
