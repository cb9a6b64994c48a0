// Debian's Chromium through playwright-core, kept off the network: for the prerender, the
// benchmark and the browser tests.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** Headless flags that keep Chromium off the (closed) network. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * A new page in its own context; `page.errors` collects console errors and uncaught
 * exceptions, except those matching `allow` (e.g. a request a test blocks on purpose).
 * A release page first shows its prerendered copy (`#boot`) until the app takes over:
 * `goto` and `reload` wait for the app, unless `app: false`. `serviceWorkers: 'block'` keeps
 * every visit a first one. `page.close()` closes the context.
 */
export async function open(browser, { locale = 'en-US', viewport, colorScheme, allow = [], app = true, serviceWorkers } = {}) {
  const context = await browser.newContext({ locale, viewport, colorScheme, serviceWorkers });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !allow.some((re) => re.test(msg.text()))) {
      page.errors.push(msg.text());
    }
  });
  page.on('pageerror', (err) => page.errors.push(String(err)));
  page.close = async () => context.close();
  for (const name of ['goto', 'reload']) {
    const navigate = page[name].bind(page);
    page[name] = async (...args) => {
      const response = await navigate(...args);
      if (app) await appReady(page);
      return response;
    };
  }
  return page;
}

/**
 * Resolves when the app has replaced the first paint (splash or prerendered page): the one
 * wait for the app after a navigation. `open`'s pages call it in `goto` and `reload`; a page
 * made otherwise (or with `app: false`) calls it itself.
 */
export async function appReady(page, timeout = 15000) {
  await page.waitForFunction(() => !document.getElementById('boot'), null, { timeout });
}
