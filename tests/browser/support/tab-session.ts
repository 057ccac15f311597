import type { Page } from 'playwright-core';

/** Opens the tab (with `query`, e.g. `?theme=dark`), signs in as the demo user and goes to `hash`. */
export async function openTabAs(page: Page, baseUrl: string, userId: string, hash: string, query = ''): Promise<void> {
  await page.goto(`${baseUrl}/tab${query}`);
  await page.getByTestId(`dev-user-${userId}`).click();
  await page.getByTestId('signed-in-user').waitFor();
  await page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
}

/** `#rrggbb` as the `rgb(r, g, b)` getComputedStyle reports. */
export function rgbOf(hex: string): string {
  const value = hex.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
