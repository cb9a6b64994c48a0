// Shared test harness: Debian's Chromium through playwright-core, the app's own locale
// files and dataset for assertions, and a page wrapper that records console errors.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

// (fileURLToPath, not URL.pathname: a checkout path with spaces stays a path.)
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = process.env.ATLAS_DIST ?? `${ROOT}build/dist`;
export const DIST_SUB = process.env.ATLAS_DIST_SUB ?? `${ROOT}build/dist-sub`;
export const SCREENSHOTS = `${ROOT}build/screenshots`;
export const LOCALES = ['fr', 'en', 'es'];

const json = (path) => JSON.parse(readFileSync(`${ROOT}${path}`, 'utf8'));
/** UI strings per locale, exactly as the app gets them: one namespace per file. */
export const ui = Object.fromEntries(
  LOCALES.map((l) => [
    l,
    Object.fromEntries(
      readdirSync(`${ROOT}locales/${l}`).map((f) => [f.replace(/\.json$/, ''), json(`locales/${l}/${f}`)]),
    ),
  ]),
);
/** The dataset the app loads. */
export const data = json('public/data/atlas.json');

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** Headless flags that keep Chromium off the (closed) network. */
export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * A new page in its own context; `page.errors` collects console errors and uncaught
 * exceptions, except those matching `allow` (e.g. a request the test blocks on purpose).
 * A release page first shows its prerendered copy (`#boot`) until the app takes over:
 * `goto` and `reload` wait for the app, unless `app: false`. `serviceWorkers: 'block'` keeps
 * every visit a first one.
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
 * The hashed assets (names, at the build's root) that a build's pages load: those index.html
 * references, and the wasm that its loader fetches.
 */
export function buildAssets(dist = DIST) {
  const html = readFileSync(`${dist}/index.html`, 'utf8');
  const loader = html.match(/loader-[0-9a-f]{16}\.js/)[0];
  const text = html + readFileSync(`${dist}/${loader}`, 'utf8');
  return [...new Set([...text.matchAll(/([\w-]+-[0-9a-f]{12,20}(?:_bg)?\.(?:js|wasm|css|svg))/g)].map((m) => m[1]))].sort();
}

/** Resolves when the app has replaced the first paint (splash or prerendered page). */
export async function appReady(page, timeout = 15000) {
  await page.waitForFunction(() => !document.getElementById('boot'), null, { timeout });
}

/** The text of the page's h1 once the app has rendered it. */
export async function heading(page) {
  const h1 = page.locator('main h1').first();
  await h1.waitFor({ state: 'visible', timeout: 15000 });
  return (await h1.textContent()).trim();
}

/**
 * Saves a full-page screenshot for a person to look at, after checking what a picture
 * would show: nothing wider than the viewport, and the page's heading (if any) on screen.
 */
export async function screenshot(page, name) {
  const layout = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    viewport: innerWidth,
    h1: document.querySelector('main h1')?.getBoundingClientRect().toJSON(),
  }));
  assert.ok(layout.width <= layout.viewport, `${name}: the page is ${layout.width} px wide in a ${layout.viewport} px viewport`);
  if (layout.h1) {
    const { height, left, right } = layout.h1;
    assert.ok(height > 0 && left >= 0 && right <= layout.viewport, `${name}: the heading is not on screen (${JSON.stringify(layout.h1)})`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

/** Every route below the locale, with the heading it must show in `lang`. */
export function routes(lang) {
  const t = ui[lang];
  return [
    ['', data.organisation.name[lang]],
    ['vision', t.vision.title],
    ['objectives', t.objectives.title],
    ...data.objectives.map((o) => [`objectives/${o.id}`, o.name[lang]]),
    ['sections', t.sections.title],
    ...data.sections.map((s) => [`sections/${s.id}`, s.name[lang]]),
    ['initiatives', data.pact.title[lang]],
    ...data.pact.initiatives.map((i) => [`initiatives/${i.id}`, i.name[lang]]),
    ['commissions', t.commissions.title],
    ['networks', t.networks.title],
    ['figures', t.figures.title],
    ['timeline', t.timeline.title],
    ['sources', t.sources.title],
    ['search', t.search.title],
    ['embed', t.embed.docs_title],
  ];
}
