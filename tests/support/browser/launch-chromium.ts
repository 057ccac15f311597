import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium, which CI installs with apt-get (Playwright's own browser download is not used). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts headless Chromium with the flags this sandbox needs (no background networking). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A browser context that only talks to loopback: anything else (e.g. Teams' CDN look-ups) is aborted at once. */
export async function loopbackOnlyContext(browser: Browser, options: { readonly acceptDownloads?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'nb-NO', timezoneId: 'Europe/Oslo', ...options });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
  return context;
}
