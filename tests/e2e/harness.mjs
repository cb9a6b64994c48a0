// The browser tests' harness: the builds under test, the app's own locale files and dataset
// for assertions, and the set-up every test file shares. What the scripts need as well
// (Chromium, nginx, the locales, the routes) lives in scripts/lib/: tests import scripts,
// never the other way round (architecture.test.mjs).
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before } from 'node:test';
import { launch } from '../../scripts/lib/browser.mjs';
import { LOCALES, strings } from '../../scripts/lib/locales.mjs';
import { startNginx } from '../../scripts/lib/nginx.mjs';
import { ROOT } from '../../scripts/lib/root.mjs';
import { atlas, preloadsOf } from '../../scripts/lib/routes.mjs';
import { startPartner } from './partner.mjs';

export { CHROMIUM, CHROMIUM_ARGS, appReady, launch, open } from '../../scripts/lib/browser.mjs';
export { LOCALES } from '../../scripts/lib/locales.mjs';
export { names } from '../../scripts/lib/names.mjs';
export { freePort, startNginx } from '../../scripts/lib/nginx.mjs';
export { poll } from '../../scripts/lib/poll.mjs';
export { ROOT } from '../../scripts/lib/root.mjs';
export { HEADINGS, pageFile, readRoutes, routes } from '../../scripts/lib/routes.mjs';

export const DIST = process.env.ATLAS_DIST ?? `${ROOT}build/dist`;
export const DIST_SUB = process.env.ATLAS_DIST_SUB ?? `${ROOT}build/dist-sub`;
export const DIST_NEXT = process.env.ATLAS_DIST_NEXT ?? `${ROOT}build/dist-next`;
export const SCREENSHOTS = `${ROOT}build/screenshots`;

/** UI strings per locale, exactly as the app gets them: one namespace per file. */
export const ui = Object.fromEntries(LOCALES.map((l) => [l, strings(l)]));
/** The dataset the app loads. */
export const data = atlas();

/**
 * A count sentence as the app should write it: of `forms` (a key's `one` and `other` in
 * `locales/`), the one CLDR's plural rules give `n` in `lang`, as Node's Intl applies them
 * (an oracle independent of the app's `format::plural`); the number in digits (the counts
 * tested are below 1,000).
 */
export function countSentence(lang, forms, n) {
  const text = forms[new Intl.PluralRules(lang).select(n)] ?? forms.other;
  assert.ok(text, `${lang}: no form for ${n} in ${JSON.stringify(forms)}`);
  return text.replace('{{ n }}', String(n));
}

/**
 * The set-up that test files share: before their tests, Chromium and nginx serving DIST at
 * the root (`app`), and on request DIST_SUB under /uclg/atlas/ (`sub`) and a partner site on
 * another origin (`partner`); `use` receives them once started. After the tests, all stop.
 *
 *     let browser, app;
 *     suite((started) => ({ browser, app } = started));
 */
export function suite(use, { sub = false, partner = false } = {}) {
  const started = {};
  before(async () => {
    started.browser = await launch();
    started.app = await startNginx(DIST);
    if (sub) started.sub = await startNginx(DIST_SUB, '/uclg/atlas/');
    if (partner) started.partner = await startPartner();
    use(started);
  });
  after(async () => {
    for (const name of ['browser', 'app', 'sub', 'partner']) await started[name]?.close();
  });
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

/** The service worker's precache list (paths below the build's base), as the build wrote it into sw.js. */
export function precached(dist = DIST) {
  const sw = readFileSync(`${dist}/sw.js`, 'utf8');
  return JSON.parse(sw.match(/const PRECACHE = (\[[^\]]*\]);/)[1]);
}

/**
 * The wasm chunks a prerendered page (`fr/sections.html`, in `dist`) preloads, as the
 * addresses it gives them (`/chunk_12-….wasm`): the ones the app fetched to render it.
 */
export function preloadedChunks(page, dist = DIST) {
  return preloadsOf(readFileSync(`${dist}/${page}`, 'utf8')).chunks;
}

/** The data files a prerendered page preloads (the map's outlines, …), as the addresses it gives them. */
export function preloadedFiles(page, dist = DIST) {
  return preloadsOf(readFileSync(`${dist}/${page}`, 'utf8')).files;
}

/**
 * The text of the page's h1 once the app has rendered it: after `goto` (which waited for the
 * app, `appReady`), what a test waits for to read the page.
 */
export async function heading(page) {
  // A navigation keeps the page it leaves until the next page's code is there (src/lazy.rs).
  await page.waitForFunction(() => !document.querySelector('main[aria-busy="true"]'), null, { timeout: 15000 });
  const h1 = page.locator('main h1').first();
  await h1.waitFor({ state: 'visible', timeout: 15000 });
  return (await h1.textContent()).trim();
}

/** The WCAG levels every view is held to. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * What axe finds in the page (or in `include`, a selector), one line per rule: its id and
 * the first three elements it flags. An empty list is a pass.
 */
export async function axe(page, { include } = {}) {
  let builder = new AxeBuilder({ page }).withTags(WCAG);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

/**
 * The text of the heading that has the focus, once the focus has moved to one: after a
 * navigation, focus goes to the new page's heading in the frame after the page is mounted
 * (src/components/route_focus.rs).
 */
export async function focusedHeading(page) {
  await heading(page);
  const h1 = await page.waitForFunction(
    () => {
      const el = document.activeElement;
      return el?.matches('main h1') && el.isConnected ? el : null;
    },
    null,
    { timeout: 5000 },
  );
  return (await h1.evaluate((el) => el.textContent)).trim();
}

/**
 * Checks what a picture of the page would show, then saves a full-page screenshot for a
 * person to look at: nothing wider than the viewport, and the page's heading, if it has one,
 * visible and inside the viewport's width. The checks are the test; the picture is a record.
 */
export async function screenshot(page, name) {
  const layout = await page.evaluate(() => {
    const h1 = document.querySelector('main h1');
    return {
      width: document.documentElement.scrollWidth,
      viewport: innerWidth,
      h1: h1?.getBoundingClientRect().toJSON(),
      h1Visible: h1 ? h1.checkVisibility({ visibilityProperty: true, opacityProperty: true }) : null,
    };
  });
  assert.ok(layout.width <= layout.viewport, `${name}: the page is ${layout.width} px wide in a ${layout.viewport} px viewport`);
  if (layout.h1) {
    const { height, left, right } = layout.h1;
    assert.ok(layout.h1Visible, `${name}: the heading is hidden`);
    assert.ok(height > 0 && left >= 0 && right <= layout.viewport, `${name}: the heading is not on screen (${JSON.stringify(layout.h1)})`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}
