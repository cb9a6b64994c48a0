// The atlas in WebKit (Safari's engine, as WebKitGTK) and Firefox, as served by the shipped
// nginx configuration: every route of one locale and the home page of the others, each
// prerendered page replaced by the app with a visible heading; header navigation and back;
// a link clicked before the wasm has started (held back by a proxy); on a phone-sized
// window, the compact bar's menu (Escape, the focus, a page and the theme from it); on a
// wide window, the figures' charts and the timeline's axis drawn as SVG; the map (paths
// drawn, Enter on a focused section opens it); the map and a chart made into SVG and PNG
// files; search; the 404 page; an embed on another origin sized by its height messages; a
// section's and an objective's print button and their brief's QR code (hidden on screen);
// offline after the first load; a first visit with the service worker, in the engine's own
// profile, downloading nothing twice. The
// checks that stay on one document also fail on any error the page reports meanwhile.
// The Chromium suite (tests/e2e/) covers the rest; this one looks for what engines do
// differently. The sub-path build runs the same checks in Firefox.
// Writes the matrix it ran to build/engines/matrix.md (scripts/test prints it).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { startPartner } from '../e2e/partner.mjs';
import { DIST, DIST_SUB, LOCALES, ROOT, SCREENSHOTS, data, names, precached, routes, startNginx, ui } from '../e2e/harness.mjs';
import { startHoldingProxy } from './held.mjs';
import { visitInOwnProfile } from './persistent.mjs';
import { recordCheck } from './record.mjs';
import { ENGINES, ENTER, ESCAPE, startSession } from './webdriver.mjs';
import { poll } from '../../scripts/lib/poll.mjs';

const RUNS = [
  { engine: 'webkit', dist: DIST, base: '/' },
  { engine: 'firefox', dist: DIST, base: '/' },
  { engine: 'firefox', dist: DIST_SUB, base: '/uclg/atlas/' },
];

/** rows of the matrix: engine, version, build, check, result. */
const matrix = [];

after(() => {
  const lines = [
    '| engine | version | build | check | result |',
    '|---|---|---|---|---|',
    ...matrix.map((r) => `| ${r.engine} | ${r.version} | ${r.base} | ${r.check} | ${r.result} |`),
  ];
  mkdirSync(`${ROOT}build/engines`, { recursive: true });
  writeFileSync(`${ROOT}build/engines/matrix.md`, `${lines.join('\n')}\n`);
});

/**
 * The app's view once it has replaced the first paint: the heading's text and box. A page
 * whose elements have no box (WebKit's blank page) has a zero-height heading.
 */
function appView() {
  if (document.getElementById('boot') || document.documentElement.hasAttribute('data-booting')) return null;
  const h1 = document.querySelector('main h1');
  if (!h1) return null;
  const box = h1.getBoundingClientRect();
  const main = document.querySelector('main').getBoundingClientRect();
  return { text: h1.textContent.trim(), height: box.height, width: box.width, shown: h1.offsetParent !== null, main: main.height };
}

for (const { engine, dist, base } of RUNS) {
  describe(`${ENGINES[engine].name}, build served at ${base}`, () => {
    let browser, nginx, site;
    const row = (check) => ({ engine: ENGINES[engine].name, version: browser?.version ?? '?', base, check });
    /** A check, recorded in the matrix; a browser that crashed during it fails it (record.mjs). */
    const check = (name, fn) =>
      test(name, () =>
        recordCheck(name, fn, {
          browser: () => browser,
          matrix,
          row,
          restart: startBrowser,
          log: (line) => console.log(`${ENGINES[engine].name}: ${line}`),
        }),
      );
    async function startBrowser() {
      browser = await startSession(engine);
      await browser.send('POST', '/timeouts', { script: 30000, pageLoad: 30000 });
    }

    /** Opens `route` (below the base) and waits for the app's view; checks it is visible. */
    async function visit(route) {
      await browser.goto(`${site}${route}`);
      return shown(route);
    }
    /** Runs `fn` with the window at `width` × `height`, then gives the window its size back. */
    async function atWindowSize(width, height, fn) {
      const before = await browser.send('GET', '/window/rect');
      await browser.resize(width, height);
      try {
        await fn();
      } finally {
        await browser.resize(before.width, before.height);
      }
    }
    /**
     * From now until the document is left, the page keeps what it reports as errors: uncaught
     * exceptions (a Rust panic ends in one), promise rejections nobody handled, and
     * `console.error` (where the panic hook writes the panic's message). WebDriver classic
     * cannot read the console, so the page records them itself.
     */
    function recordErrors() {
      return browser.run(() => {
        const errors = [];
        window.pageErrors = errors;
        const consoleError = console.error;
        console.error = (...args) => {
          errors.push(args.map(String).join(' '));
          consoleError.apply(console, args);
        };
        addEventListener('error', (e) => errors.push(`uncaught: ${e.message}`));
        addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${e.reason}`));
      });
    }
    /** Fails if the page reported an error since `recordErrors`, or was left meanwhile. */
    async function noErrors(what) {
      const errors = await browser.run(() => window.pageErrors ?? ['(the document was replaced: its errors are unknown)']);
      assert.deepEqual(errors, [], `${what}: the page reported errors`);
    }
    async function shown(what) {
      const view = await browser.waitFor(appView, { what: `the app's view of ${what}` });
      assert.ok(view.shown && view.height > 0 && view.width > 0, `${what}: the heading has no box (${JSON.stringify(view)})`);
      assert.ok(view.main > 100, `${what}: main is ${view.main} px high`);
      return view.text;
    }

    before(async () => {
      nginx = await startNginx(dist, base);
      site = nginx.url;
      await startBrowser();
    });
    after(async () => {
      await browser?.close();
      await nginx?.close();
    });

    check('every route in English renders', async () => {
      for (const [route, expected] of routes('en')) {
        const text = await visit(`en/${route}`);
        assert.ok(text.startsWith(expected), `/en/${route}: “${text}”, expected “${expected}”`);
      }
      mkdirSync(SCREENSHOTS, { recursive: true });
      await visit('en/');
      writeFileSync(`${SCREENSHOTS}/engines-${engine}${base === '/' ? '' : '-sub'}-home.png`, await browser.screenshot());
    });

    check('the home page renders in every locale', async () => {
      for (const lang of LOCALES) {
        assert.ok((await visit(`${lang}/`)).startsWith(data.organisation.name[lang]), lang);
        assert.equal(await browser.run(() => document.documentElement.lang), lang);
      }
    });

    check('header navigation and back, without reloading', async () => {
      await visit('en/');
      await recordErrors();
      await browser.run(() => {
        window.notReloaded = true;
      });
      await browser.click(await browser.find('header nav a[href$="/en/sections"]'));
      await browser.waitFor((title) => document.querySelector('main h1')?.textContent.trim() === title, {
        args: [ui.en.sections.title],
        what: 'the sections page after a click in the header',
      });
      await shown('/en/sections after navigation');
      assert.equal(new URL(await browser.url()).pathname, `${base}en/sections`);
      await browser.back();
      await browser.waitFor((title) => document.querySelector('main h1')?.textContent.trim().startsWith(title), {
        args: [data.organisation.name.en],
        what: 'the home page after back',
      });
      assert.equal(await browser.run(() => window.notReloaded), true, 'the page was reloaded');
      await noErrors('header navigation and back');
    });

    check('a first visit downloads each file once: the page takes what it preloaded', async () => {
      // The service worker held back (its precache downloads the build again in WebKit), in
      // a session of its own: a cold cache.
      const proxy = await startHoldingProxy(site, /\/sw\.js$/);
      const fresh = await startSession(engine);
      try {
        await fresh.send('POST', '/timeouts', { script: 30000, pageLoad: 30000 });
        await fresh.goto(`${proxy.url}fr/sections`);
        await fresh.waitFor(() => !document.getElementById('boot') && document.querySelectorAll('main svg path').length > 0, {
          what: 'the sections page and its map, by the app',
        });
        const files = proxy.requests.filter((p) => /\.(wasm|bin)$/.test(p));
        assert.ok(
          files.some((p) => /\/split_map-[0-9a-f]+\.wasm$/.test(p)) && files.some((p) => p.endsWith(`/${names().worldFile}`)),
          files.join(' '),
        );
        const twice = files.filter((p, i) => files.indexOf(p) !== i);
        assert.deepEqual(twice, [], 'downloaded twice');
      } finally {
        await fresh.close();
        await proxy.close();
      }
    });

    check('a first visit with the service worker downloads nothing twice, in the engine’s own profile', async () => {
      // The engine launched without WebDriver, in a fresh profile of its own (persistent.mjs):
      // WebDriver's WebKit session is ephemeral and keeps no HTTP cache for the precache to
      // take the page's files from; a visitor's profile does. Done once every precached file
      // was asked for, and two seconds more for a late second request.
      const precache = precached(dist).map((path) => `${base}${path}`);
      const proxy = await startHoldingProxy(site);
      try {
        let complete = 0;
        await visitInOwnProfile(engine, `${proxy.url}fr/sections`, () => {
          const asked = new Set(proxy.requests);
          if (!precache.every((path) => asked.has(path))) return false;
          complete ||= Date.now();
          return Date.now() - complete > 2000;
        });
        const downloaded = proxy.answers.filter((a) => a.status === 200).map((a) => a.path);
        assert.ok(
          downloaded.some((p) => /\/split_map-[0-9a-f]+\.wasm$/.test(p)) && downloaded.includes(`${base}sw.js`),
          `the page's chunks and the service worker: ${downloaded.join(' ')}`,
        );
        const twice = downloaded.filter((p, i) => downloaded.indexOf(p) !== i);
        assert.deepEqual(twice, [], 'downloaded twice');
        // Registered and installed once: nothing asks the server for the worker again.
        assert.equal(proxy.requests.filter((p) => p === `${base}sw.js`).length, 1, 'sw.js asked for once');
      } finally {
        await proxy.close();
      }
    });

    check('a link clicked before the app has started: the app starts on its page, in the same document', async () => {
      // The main module held back as on a slow link, in a session of its own that does not
      // wait for the page's load event (which waits for the wasm).
      const proxy = await startHoldingProxy(site, /_bg\.wasm$/);
      const eager = await startSession(engine, { pageLoadStrategy: 'eager' });
      try {
        await eager.send('POST', '/timeouts', { script: 30000, pageLoad: 30000 });
        await eager.goto(`${proxy.url}fr/`);
        // The loader asks for the main module once it listens for clicks.
        await poll(() => proxy.requests.some((p) => p.endsWith('_bg.wasm')), { message: 'the main module requested' });
        await eager.run(() => {
          window.sameDocument = true;
        });
        await eager.click(await eager.find('#boot .site-nav a[href$="/fr/sections"]'));
        const during = await eager.run(() => ({
          path: location.pathname,
          same: window.sameDocument,
          busy: !!document.querySelector('#boot main[aria-busy="true"]'),
        }));
        assert.deepEqual(during, { path: `${base}fr/sections`, same: true, busy: true });
        await poll(() => proxy.requests.some((p) => /\/split_map-[0-9a-f]+\.wasm$/.test(p)), {
          message: () => `the sections page's chunks preloaded: ${proxy.requests.join(' ')}`,
        });
        // Until the app starts: the main module once, and no request for the next page.
        const asked = [...proxy.requests];
        assert.equal(asked.filter((p) => p.endsWith('_bg.wasm')).length, 1, 'the main module once');
        assert.ok(!asked.includes(`${base}fr/sections`), 'no navigation to the page clicked');
        proxy.release();
        await eager.waitFor(
          (title) => !document.getElementById('boot') && document.querySelector('main h1')?.textContent.trim() === title,
          {
            args: [ui.fr.sections.title],
            what: 'the sections page, by the app',
          },
        );
        assert.equal(await eager.run(() => window.sameDocument), true, 'the same document');
      } finally {
        await eager.close();
        await proxy.close();
      }
    });

    check('on a phone, the menu opens, Escape closes it, and a page and the theme work from it', () =>
      atWindowSize(390, 844, async () => {
        await visit('en/sections');
        await recordErrors();
        // The compact bar applies below 60rem; the window is a phone's width.
        const width = await browser.run(() => innerWidth);
        assert.ok(width < 600, `the window is ${width} px wide`);
        const bar = await browser.run(() => document.querySelector('.site-header').getBoundingClientRect().height);
        assert.ok(bar >= 56 && bar <= 64, `bar height ${bar}`);
        // The menu's state, as the page shows it (kept on the window: the app never reloads).
        await browser.run(() => {
          window.menuState = () => ({
            expanded: document.querySelector('.menu-button').getAttribute('aria-expanded'),
            panel: document.getElementById('site-menu').getBoundingClientRect().height,
            focusOnButton: document.activeElement?.classList.contains('menu-button'),
          });
        });
        const button = await browser.find('.menu-button');
        await browser.click(button);
        await browser.waitFor(
          () => {
            const v = window.menuState();
            return v.expanded === 'true' && v.panel > 100;
          },
          { what: 'the menu open' },
        );
        // Escape, from a link in the panel, closes it and gives the focus back to the button.
        await browser.type(await browser.find('#site-menu a[href$="/en/vision"]'), ESCAPE);
        await browser.waitFor(
          () => {
            const v = window.menuState();
            return v.expanded === 'false' && v.panel === 0 && v.focusOnButton;
          },
          { what: 'the menu closed by Escape, the focus on its button' },
        );
        // The theme toggle in the menu says what is on, and the whole page follows, the
        // bar included (the system is light here).
        await browser.click(button);
        const toggle = await browser.find('#site-menu [data-testid=theme-toggle]');
        const pressed = () => document.querySelector('#site-menu [data-testid=theme-toggle]').getAttribute('aria-pressed');
        assert.equal(await browser.run(pressed), 'false');
        await browser.click(toggle);
        const dark = await browser.waitFor(
          () => {
            const luminance = (el) => {
              const [r, g, b] = getComputedStyle(el).backgroundColor.match(/\d+/g).map(Number);
              return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
            };
            return (
              document.documentElement.dataset.theme === 'dark' && {
                bar: luminance(document.querySelector('.site-header')),
                page: luminance(document.body),
              }
            );
          },
          { what: 'the dark theme from the menu' },
        );
        assert.equal(await browser.run(pressed), 'true');
        assert.ok(dark.bar < 0.25 && dark.page < 0.25, `dark theme: ${JSON.stringify(dark)}`);
        await browser.click(toggle);
        await browser.waitFor(() => document.documentElement.dataset.theme === 'light', { what: 'the light theme again' });
        // A page from the menu: the app navigates, and the menu closes.
        await browser.run(() => {
          window.notReloaded = true;
        });
        await browser.click(await browser.find('#site-menu a[href$="/en/timeline"]'));
        await browser.waitFor((title) => document.querySelector('main h1')?.textContent.trim() === title, {
          args: [ui.en.timeline.title],
          what: 'the timeline from the menu',
        });
        await browser.waitFor(() => window.menuState().expanded === 'false', { what: 'the menu closed on navigation' });
        assert.equal(await browser.run(() => window.notReloaded), true, 'the page was reloaded');
        await noErrors('the menu');
        writeFileSync(`${SCREENSHOTS}/engines-${engine}${base === '/' ? '' : '-sub'}-phone.png`, await browser.screenshot());
      }),
    );

    check('on a wide window, the figures’ charts and the timeline’s axis are drawn, a link per mark', () =>
      atWindowSize(1280, 900, async () => {
        // The SVG of both is built by the app (the axis's as markup text): each mark must be
        // an SVG link with a box, not an unknown HTML element.
        const drawn = (selector) => {
          const links = [...document.querySelectorAll(selector)];
          const boxes = links.map((a) => a.getBoundingClientRect());
          return (
            links.length > 0 &&
            links.every((a) => a instanceof SVGAElement && a.getAttribute('href')) &&
            boxes.every((b) => b.width > 0 && b.height > 0) &&
            links.length
          );
        };
        await visit('en/figures');
        const measures = new Set(data.figures.map((f) => f.measure)).size;
        const charts = await browser.run(() => document.querySelectorAll('[data-testid=figure-chart] svg.chart__svg').length);
        assert.ok(charts > 0 && charts <= measures, `${charts} charts`);
        const chartMarks = await browser.waitFor(drawn, { args: ['[data-testid=figure-chart] a.chart__link'], what: 'the charts’ marks' });
        assert.ok(chartMarks >= charts * 2, `${chartMarks} marks in ${charts} charts`);
        await visit('en/timeline');
        const axisMarks = await browser.waitFor(drawn, { args: ['[data-testid=timeline-axis] svg a'], what: 'the axis’s marks' });
        assert.equal(axisMarks, data.timeline.length);
      }),
    );

    check('the map draws its sections, and Enter on a section opens it', async () => {
      await visit('en/sections');
      await recordErrors();
      const section = data.sections[0];
      const paths = await browser.waitFor(() => document.querySelectorAll('[data-testid=map] svg path').length, {
        what: 'the map’s paths',
      });
      assert.ok(paths > data.sections.length, `${paths} paths`);
      const mark = await browser.find(`[data-testid="map-section-${section.id}"]`);
      await browser.run((id) => document.querySelector(`[data-testid="map-section-${id}"]`).focus(), section.id);
      await browser.type(mark, ENTER);
      await browser.waitFor((path) => location.pathname === path, {
        args: [`${base}en/sections/${section.id}`],
        what: `Enter to open ${section.id}`,
      });
      assert.equal(await shown(`/en/sections/${section.id}`), section.name.en);
      await noErrors('the map');
    });

    check('a section page keeps its own link preview image once the app runs', async () => {
      const section = data.sections.at(-1);
      await visit(`es/sections/${section.id}`);
      // The app has dropped the prerendered copies of the head's tags for its own.
      const images = await browser.waitFor(
        () =>
          !document.head.querySelector('[data-prerendered]') &&
          ['og:image', 'twitter:image'].map((key) =>
            [...document.head.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((m) => m.content),
          ),
        { what: 'the app’s head tags' },
      );
      for (const found of images)
        assert.deepEqual(
          found.map((url) => new URL(url).pathname),
          [`${base}social/section-${section.id}-es.png`],
        );
    });

    check(
      'a figure’s citation: the dialog opens from the keyboard, its formats are made, copied to a file, and Escape closes it',
      async () => {
        await visit('fr/figures');
        await recordErrors();
        const figure = data.figures.find((f) => f.sources.length > 0);
        const opener = await browser.find(`li.figure-card[id="${figure.id}"] [data-testid=cite-button]`);
        await browser.run((id) => document.querySelector(`li.figure-card[id="${id}"] [data-testid=cite-button]`).focus(), figure.id);
        await browser.type(opener, ENTER);
        const text = await browser.waitFor(
          () =>
            document.querySelector('dialog[open] [data-testid=cite-reference]') &&
            document.querySelector('dialog[open] [data-testid=cite-text]').textContent,
          {
            what: 'the citation dialog and its formats',
          },
        );
        assert.ok(text.includes(figure.label.fr) && text.includes(`/fr/figures#${figure.id}`), text);
        await browser.click(await browser.find('dialog[open] [data-testid=cite-format-ris]'));
        const ris = await browser.waitFor(
          () => {
            const box = document.querySelector('dialog[open] [data-testid=cite-reference]');
            return box.dataset.format === 'ris' && box.value;
          },
          { what: 'the RIS reference' },
        );
        assert.match(ris, /^TY {2}- ELEC\n/);
        assert.equal(ris.match(/^ER {2}- /gm).length, 1 + figure.sources.length);
        // The download: the link the app clicks, and the blob behind it (the CSP's
        // connect-src lets no page fetch a blob: address, so the blob is kept as it is made).
        await browser.run(() => {
          const create = URL.createObjectURL.bind(URL);
          const blobs = new Map();
          URL.createObjectURL = (blob) => {
            const url = create(blob);
            blobs.set(url, blob);
            return url;
          };
          HTMLAnchorElement.prototype.click = function () {
            window.saved = { name: this.download, blob: blobs.get(this.href) };
          };
        });
        await browser.click(await browser.find('dialog[open] [data-testid=cite-download]'));
        const name = await browser.waitFor(() => window.saved?.name, { what: 'the download' });
        assert.equal(name, `uclg-atlas-fr-figures-${figure.id}.ris`);
        const file = await browser.runAsync(() => window.saved.blob.text());
        assert.equal(file.replaceAll('\r\n', '\n'), ris);
        await browser.type(await browser.find('dialog[open] [data-testid=cite-reference]'), ESCAPE);
        await browser.waitFor(() => !document.querySelector('dialog[open]'), { what: 'Escape closes the dialog' });
        await noErrors('the citation');
      },
    );

    check('the map and a chart download as SVG and PNG, made in the page', async () => {
      // Downloads are the browser's (WebDriver cannot read them): the page keeps each file
      // it hands over (the blob behind the link and the link's name) instead of following it.
      const capture = () => {
        window.savedFiles = [];
        const blobs = new Map();
        const create = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob) => {
          const url = create(blob);
          blobs.set(url, blob);
          return url;
        };
        HTMLAnchorElement.prototype.click = function () {
          if (blobs.has(this.href)) window.savedFiles.push({ name: this.download, blob: blobs.get(this.href) });
        };
      };
      const read = async (i) => {
        const file = window.savedFiles[i];
        const bytes = new Uint8Array(await file.blob.arrayBuffer());
        if (file.name.endsWith('.png')) {
          const view = new DataView(bytes.buffer);
          return { name: file.name, signature: [...bytes.slice(0, 8)].join(' '), width: view.getUint32(16), height: view.getUint32(20) };
        }
        const root = new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'image/svg+xml').documentElement;
        return {
          name: file.name,
          root: root.localName,
          width: Number(root.getAttribute('width')),
          height: Number(root.getAttribute('height')),
          text: [...root.querySelectorAll('text')].map((t) => t.textContent).join(' '),
        };
      };
      const views = [
        ['en/sections', '[data-testid=map] [data-testid=image-download]', /^uclg-atlas-map-world-en\.(svg|png)$/],
        ['en/figures', '[data-testid=figure-chart] [data-testid=image-download]', /^uclg-atlas-[a-z-]+-en\.(svg|png)$/],
      ];
      for (const [route, row, name] of views) {
        await visit(route);
        await recordErrors();
        await browser.waitFor((s) => document.querySelector(s), { args: [row], what: `the download buttons of ${route}` });
        await browser.run(capture);
        for (const [n, format] of [
          [1, 'svg'],
          [2, 'png'],
        ]) {
          await browser.run((s) => document.querySelector(s).click(), `${row} [data-testid=download-${format}]`);
          await browser.waitFor((count) => window.savedFiles.length === count, {
            args: [n],
            timeout: 30000,
            what: `the ${format} of ${route}`,
          });
        }
        const svg = await browser.runAsync(read, 0);
        const png = await browser.runAsync(read, 1);
        assert.match(svg.name, name);
        assert.match(png.name, name);
        assert.equal(svg.root, 'svg', `${route}: the SVG parses`);
        assert.ok(svg.text.includes(ui.en.app.name), `${route}: the SVG names the atlas: ${svg.text.slice(-300)}`);
        assert.equal(png.signature, '137 80 78 71 13 10 26 10', `${route}: a PNG`);
        assert.deepEqual([png.width, png.height], [2 * svg.width, 2 * svg.height], `${route}: the PNG is twice the SVG`);
        await noErrors(route);
      }
    });

    check('search finds as the visitor types', async () => {
      await visit('en/search');
      await recordErrors();
      await browser.type(await browser.find('[data-testid=search-input]'), 'cooperation');
      const marks = await browser.waitFor(() => document.querySelectorAll('[data-testid=search-results] mark').length, {
        what: 'search results',
      });
      assert.ok(marks > 0);
      assert.match(new URL(await browser.url()).search, /q=cooperation/);
      // The note for readers without JavaScript (a <noscript> of the view) stays hidden.
      const note = await browser.run(() => {
        const box = document.querySelector('[data-testid=search-no-script]')?.getBoundingClientRect();
        return box ? box.height : 0;
      });
      assert.equal(note, 0, 'the no-script note is not shown');
      await noErrors('search');
    });

    check('an unknown page is a 404 in its locale', async () => {
      assert.equal(await visit('es/no-such-page'), ui.es.not_found.title);
      assert.ok(await browser.run(() => !!document.querySelector('[data-testid=not-found]')));
    });

    check('an embed on another origin renders and is sized by its height messages', async () => {
      const partner = await startPartner();
      try {
        const page = partner.page(
          '/city.html',
          `
          <h1>Our city in UCLG</h1>
          <div data-uclg-atlas="map" data-lang="fr"></div>
          <script>window.heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'uclg-atlas:height') heights.push(e.data.height); });</script>
          <script src="${site}embed.js" async></script>`,
        );
        await browser.goto(page);
        const sized = await browser.waitFor(
          () => {
            const frame = document.querySelector('iframe[data-uclg-atlas-frame]');
            const last = window.heights[window.heights.length - 1];
            const height = frame?.getBoundingClientRect().height;
            return last > 150 && Math.abs(height - last) <= 1 && { last, height, src: frame.src };
          },
          { what: 'the embedded map sized to its content' },
        );
        assert.ok(sized.src.startsWith(`${site}embed/fr/map`), sized.src);
        assert.notEqual(new URL(sized.src).origin, new URL(page).origin);
      } finally {
        await partner.close();
      }
    });

    check('the print button of a section and an objective prints, and their brief waits hidden with its QR code', async () => {
      for (const route of [`en/sections/${data.sections[0].id}`, `fr/objectives/${data.objectives[0].id}`]) {
        await visit(route);
        await recordErrors();
        // The dialog is the browser's: the page's `print` only counts the calls.
        await browser.run(() => {
          window.printed = 0;
          window.print = () => {
            window.printed += 1;
          };
        });
        await browser.type(await browser.find('[data-testid=print]'), ENTER);
        await browser.waitFor(() => window.printed === 1, { what: `${route}: print from the keyboard` });
        const brief = await browser.run(() => {
          const block = document.querySelector('[data-testid=brief]');
          const qr = block.querySelector('[data-testid=brief-qr]');
          return {
            display: getComputedStyle(block).display,
            height: block.getBoundingClientRect().height,
            svg: qr instanceof SVGSVGElement && qr.querySelector('path').getAttribute('d').length > 500,
            address: qr.getAttribute('data-address'),
            label: qr.getAttribute('aria-label').includes(qr.getAttribute('data-address')),
          };
        });
        // Both builds are given the deployment's origin (scripts/build --site-url).
        const address = `https://atlas.example.org${base}${route}`;
        assert.deepEqual(brief, { display: 'none', height: 0, svg: true, address, label: true }, route);
        await noErrors(`${route}: print`);
      }
    });

    // Last: it stops the server. Both engines have service workers here (WebKitGTK 2.50,
    // Firefox ESR 153).
    check('offline after the first load', async () => {
      await visit('fr/');
      assert.ok(await browser.run(() => 'serviceWorker' in navigator), 'no service worker in this engine');
      await browser.runAsync(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
        }
      });
      await nginx.close();
      nginx = null;
      assert.equal(await visit('es/timeline'), ui.es.timeline.title);
      const objective = data.objectives[1];
      assert.equal(await visit(`en/objectives/${objective.id}`), objective.name.en);
      await browser.waitFor(
        () => document.querySelectorAll('[data-testid=map] svg path').length || !document.querySelector('[data-testid=map]'),
        {
          what: 'offline view settled',
        },
      );
      assert.ok((await visit('fr/sections')).length > 0);
      await browser.waitFor(() => document.querySelectorAll('[data-testid=map] svg path').length, { what: 'the map offline' });
    });
  });
}
