// Prerenders every page of a release build, so that a visitor sees the page's content as
// soon as the HTML and CSS arrive, before the wasm has downloaded and run; readers without
// JavaScript and crawlers get the text too.
//
// Usage: node scripts/prerender.mjs DIST [PUBLIC_URL]   (scripts/build runs it, after writing
// build/routes.tsv)
//
// It does not crawl: the pages are the app's own list, `paths::Route::all` in every locale,
// which scripts/build writes to build/routes.tsv with `cargo run -p atlas-model --bin routes`
// (scripts/lib/routes.mjs reads it). Those marked `prerendered` (`Route::is_prerendered`:
// all but the embed guide, whose content is the address it is served from; the search page
// without a query) are rendered by the app itself in headless Chromium (the same code, so
// the same markup), a few tabs at a time. Each page becomes DIST/<route>.html (a locale's
// home: DIST/<lang>/index.html): index.html with the page's title, description and
// language, a low-priority preload of each wasm chunk (src/lazy.rs) and data file (the
// map's outlines, …) the route fetched, a first paint held until its main content is
// parsed (`page`), and the page's body in `#boot`. In the browser the
// app renders hidden behind it and takes its place when its view is complete
// (src/state/first_paint.rs). Static hosts serve
// `/fr/sections` from `fr/sections.html` by themselves; nginx by its try_files
// (deploy/nginx.conf).
//
// The build fails, naming the page, if one logs an error, shows the 404 view, contains the
// address it was served from (in its body or its head tags), has a canonical link that
// disagrees with the build's origin, never becomes ready, or links to an in-app path that is
// no `Route` of the list.
//
// For crawlers and link previews, each page also keeps the head tags the app rendered for
// it (canonical, hreflang, Open Graph, Twitter card, JSON-LD: src/components/page.rs), marked
// `data-prerendered` so that the app, which renders the same, drops these copies when it
// takes over. Then the images link previews show, 1200×630 and under 100 KB each, per
// locale: the atlas's, `social/<lang>.png` (its name and the app's own sections map), and
// each section's, `social/section-<id>-<lang>.png` (that section highlighted on the map),
// the files the pages name (`head::page_image`, build/routes.tsv); and, when the build knows the
// deployment's origin (UCLG_ATLAS_SITE_URL, set by `scripts/build --site-url`),
// `sitemap.xml` (every prerendered page with its hreflang alternates); `robots.txt` always,
// pointing to the sitemap when there is one. (scripts/build precompresses them all after this.)
import { readFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appReady, launch } from './lib/browser.mjs';
import { PRELOADS_FILE, pageFile, pageImage, readRoutes } from './lib/routes.mjs';
import { LOCALES, strings } from './lib/locales.mjs';
import { names } from './lib/names.mjs';
import { serve } from './lib/server.mjs';

const PARALLEL = 3;

const [dist, publicUrl = '/'] = process.argv.slice(2);
/** The app's pages: [path below the locale, 'prerendered' | 'live'] (scripts/build writes
 * them from `paths::Route::all` with `cargo run -p atlas-model --bin routes`). */
const ROUTES = readRoutes();
if (!dist) throw new Error('usage: node scripts/prerender.mjs DIST [PUBLIC_URL]');
const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
const template = readFileSync(join(dist, 'index.html'), 'utf8');
/** The data files a view may wait for, which its prerendered page preloads when it does. */
const dataFiles = new Set(['worldFile', 'countriesFile', 'downloadsFile'].map((key) => `${base}${names()[key]}`));
/** The deployment's origin, if given: the app was built with it (build.rs). */
const siteOrigin = (process.env.UCLG_ATLAS_SITE_URL ?? '').trim().replace(/\/$/, '').toLowerCase() || null;
/** The head tags the app renders for crawlers and link previews (components/page.rs). */
const HEAD_TAGS =
  'link[rel="canonical"], link[rel="alternate"][hreflang], meta[property^="og:"], meta[name^="twitter:"], script[type="application/ld+json"]';
const SOCIAL = { width: 1200, height: 630, maxBytes: 100 * 1024 };

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * index.html (minified: attributes in any order, maybe unquoted) with the page's language,
 * title, description and body. index.html's <noscript> asks for JavaScript, which reading
 * a prerendered page does not need: it is left out.
 */
function page(route, { lang, title, description, head, body, afterMain, chunks, files }) {
  // The browser may paint a page before its HTML is all parsed (on a slow link, or a busy
  // machine), then move what it painted when the rest arrives: the header's search link when
  // the menu link that follows it in the bar does, a button whose label is cut. So the first
  // paint waits until the page's main content is parsed: until the first element after
  // <main> (rel=expect, Chromium's; the others ignore it). On a slow link that is the moment
  // the style sheets arrive anyway, on all but the longest page (the sections map's: about
  // 0.1 s later; docs/benchmark.md). The link names the page's own address, as the element's
  // URL must be the document's: a bare `#…` would resolve against <base>. (With a query, a
  // search's, it names another address and does not block: that page paints as it comes.)
  const expect = `<link rel="expect" href="${escapeHtml(`${base}${route}#${afterMain}`)}" blocking="render">`;
  // The route's chunks and data files are needed once the main module runs: fetched
  // alongside it, after the page's own HTML and CSS (low priority), so they do not delay the
  // first paint. The app's own requests then take them: they ask in the preloads' mode
  // (`no-cors`, as a preload without `crossorigin`; scripts/postbuild/split.mjs, `load.rs`),
  // the only one in which WebKit takes a preload for a fetch().
  const preloads = [
    ...chunks.map((href) => `<link rel="preload" as="fetch" type="application/wasm" href="${escapeHtml(href)}" fetchpriority="low">`),
    ...files.map((href) => `<link rel="preload" as="fetch" href="${escapeHtml(href)}" fetchpriority="low">`),
  ];
  // Replaced by functions: the text is taken as is, `$` included.
  const parts = {
    // (The minifier may put `lang` after other attributes, e.g. data-booting.)
    lang: [/(<html\b[^>]*?\slang=)"?[a-zA-Z-]+"?/, (_, open) => `${open}"${lang}"`],
    title: [/<title>[\s\S]*?<\/title>/, () => `<title>${escapeHtml(title)}</title>`],
    description: [/<meta(?=[^>]*\bname="?description[\s">])[^>]*>/, () => `<meta name="description" content="${escapeHtml(description)}">`],
    head: [/<\/head>/, () => `${[expect, ...preloads, ...head].join('')}</head>`],
    body: [/(<body[^>]*>)[\s\S]*(<\/body>)/, (_, open, close) => `${open}<div id="boot" class="prerendered">${body}</div>${close}`],
  };
  let html = template;
  for (const [what, [pattern, replacement]] of Object.entries(parts)) {
    if (!pattern.test(html)) throw new Error(`index.html: no ${what} to fill in`);
    html = html.replace(pattern, replacement);
  }
  return html;
}

/** Renders `route` with the app; resolves to the page's parts and the routes it links to. */
async function render(context, route) {
  const tab = await context.newPage();
  const errors = [];
  tab.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  tab.on('pageerror', (err) => errors.push(String(err)));
  // The route's wasm chunks (src/lazy.rs) and the data files its view waits for (the map's
  // outlines, the country table, the downloads' sizes), as the app fetched them: the page
  // preloads them. Not the dataset: the loader fetches the page's language's ahead
  // (scripts/postbuild/loader.mjs).
  const chunks = new Set();
  const files = new Set();
  tab.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith(base) && path.endsWith('.wasm') && !path.endsWith('_bg.wasm')) chunks.add(path);
    if (dataFiles.has(path)) files.add(path);
  });
  try {
    await tab.goto(`${origin}${base}${route}`);
    await appReady(tab, 30000);
    // Two frames more: the map measures its frame once shown (its stripes' scale follows).
    await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const found = await tab.evaluate((headTags) => {
      const body = document.body.cloneNode(true);
      // index.html's own <noscript> (a child of body) asks for JavaScript, which reading a
      // prerendered page does not need; a view's <noscript> (the search page's) stays.
      for (const el of body.querySelectorAll('script, :scope > noscript')) el.remove();
      // The renderer's comment markers: no use without hydration, and in a textarea the
      // parser would read them back as text.
      const comments = document.createTreeWalker(body, NodeFilter.SHOW_COMMENT);
      const markers = [];
      while (comments.nextNode()) markers.push(comments.currentNode);
      for (const node of markers) node.remove();
      // Styles set through the CSSOM (the map's zoom) are the app's to set: as attributes
      // the Content-Security-Policy would refuse them.
      for (const el of body.querySelectorAll('[style]')) el.removeAttribute('style');
      // The map's timings of this rendering (for the benchmark): the build stays reproducible.
      body.querySelectorAll('[data-geo-ms], [data-render-ms]').forEach((el) => {
        el.removeAttribute('data-geo-ms');
        el.removeAttribute('data-render-ms');
      });
      return {
        lang: document.documentElement.lang,
        title: document.title,
        // The app adds the page's own after index.html's.
        description: [...document.querySelectorAll('meta[name="description"]')].pop().content,
        head: [...document.head.querySelectorAll(headTags)].map((tag) => {
          const copy = tag.cloneNode(true);
          // The renderer's markers: inside a script they would be read back as its text.
          for (const n of [...copy.childNodes]) if (n.nodeType === Node.COMMENT_NODE) n.remove();
          copy.setAttribute('data-prerendered', '');
          return copy.outerHTML;
        }),
        canonical: document.head.querySelector('link[rel="canonical"]')?.href ?? null,
        alternates: [...document.head.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.hreflang, l.href]),
        body: body.innerHTML.trim(),
        // The first element with an id after <main> (in document order): the footer's.
        afterMain: document.querySelector('main ~ [id], main ~ * [id]')?.id ?? null,
        notFound: !!document.querySelector('[data-testid="not-found"]'),
        links: [...document.querySelectorAll('a[href]')].map((a) => new URL(a.getAttribute('href'), document.baseURI).href),
      };
    }, HEAD_TAGS);
    if (found.notFound) throw new Error('shows the 404 view');
    // The first paint waits for it (`page`): an id that is not there would hold the paint
    // until the whole page is parsed, silently.
    if (!found.afterMain) throw new Error('has no element with an id after its <main>');
    if (found.body.includes(origin)) throw new Error(`contains its build-time address ${origin}`);
    if (found.head.some((tag) => tag.includes(origin))) throw new Error(`its head contains its build-time address ${origin}`);
    // The app and this script must agree on the origin: the pages say what the sitemap says.
    if (!!found.canonical !== !!siteOrigin) {
      throw new Error(
        `canonical link ${found.canonical ?? 'missing'} with UCLG_ATLAS_SITE_URL=${siteOrigin ?? ''}: rebuild the app with the same origin`,
      );
    }
    if (found.canonical && !found.canonical.startsWith(`${siteOrigin}${base}`)) {
      throw new Error(`canonical link ${found.canonical} is not under ${siteOrigin}${base}`);
    }
    if (errors.length) throw new Error(`logged errors:\n  ${errors.join('\n  ')}`);
    return { ...found, chunks: [...chunks].sort(), files: [...files].sort() };
  } catch (err) {
    throw new Error(`prerender ${base}${route}: ${err.message}`);
  } finally {
    await tab.close();
  }
}

/** The in-app page of a link (below the base, without query or hash), or null. */
function routeOf(href) {
  const url = new URL(href);
  if (url.origin !== origin || !url.pathname.startsWith(base)) return null;
  const route = url.pathname.slice(base.length);
  const lang = route.split('/')[0];
  if (!LOCALES.includes(lang)) return null;
  return route === lang ? `${lang}/` : route;
}

const server = await serve(dist, base);
const origin = new URL(server.url).origin;
const browser = await launch();
const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
const pages = new Map();
try {
  // Every page of the app (`paths::Route::all`, build/routes.tsv) in every locale; each
  // in-app link a page holds must lead to one of them, or the build fails.
  const every = new Set(LOCALES.flatMap((lang) => ROUTES.map(([path]) => `${lang}/${path}`)));
  const queue = LOCALES.flatMap((lang) => ROUTES.filter(([, kind]) => kind === 'prerendered').map(([path]) => `${lang}/${path}`));
  const worker = async () => {
    while (queue.length) {
      const route = queue.shift();
      const found = await render(context, route);
      pages.set(route, found);
      const stray = found.links.map(routeOf).filter((r) => r && !every.has(r));
      if (stray.length) throw new Error(`prerender ${base}${route}: links to ${stray.join(', ')}, which no Route of the app is`);
    }
  };
  // PARALLEL tabs take pages from the one queue until it is empty (nothing is added to it:
  // the list of pages is known beforehand).
  while (queue.length) await Promise.all(Array.from({ length: PARALLEL }, worker));
  await socialImages();
} finally {
  await browser.close();
  await server.close();
}

/**
 * The images link previews show (`head::page_image`, build/routes.tsv), 1200×630 PNGs laid
 * out by scripts/social-card.css over the app's own sections map (this context bypasses the
 * CSP to add it). The atlas's, `social/<lang>.png`: its name and the organisation's
 * tagline (the dataset's) beside the map. A section's, `social/section-<id>-<lang>.png`:
 * the atlas's name, the section's name and organisation, and the map with that section in
 * its colour, the others muted, as its page's map shows it. One tab draws them all, a locale
 * at a time: the map is rendered once per locale, each card only changes its texts and
 * which section is highlighted.
 */
async function socialImages() {
  const started = Date.now();
  const { width, height, maxBytes } = SOCIAL;
  const data = JSON.parse(readFileSync(join(dist, names().datasetFile), 'utf8'));
  // Every image the pages name, once, with what it shows: the atlas, or a section.
  const images = new Map();
  for (const lang of LOCALES) {
    for (const row of ROUTES) {
      const [path, , page] = row;
      const file = pageImage(row, lang);
      const section = page === 'Section' ? data.sections.find((s) => s.id === path.split('/')[1]) : null;
      if (page === 'Section' && !section) throw new Error(`${file}: no section ${path} in the dataset`);
      const shows = section?.id ?? null;
      if (images.has(file) && images.get(file).section !== shows) throw new Error(`${file}: named for two different cards`);
      images.set(file, { lang, section: shows });
    }
  }
  const card = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width, height },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    bypassCSP: true,
  });
  const sizes = [];
  try {
    const tab = await card.newPage();
    for (const lang of LOCALES) {
      await tab.goto(`${origin}${base}${lang}/sections`);
      await tab.waitForFunction(() => !document.getElementById('boot') && document.querySelector('.map__frame svg'), null, {
        timeout: 30000,
      });
      // The map, taken out of the page once: every card of the locale reuses it.
      await tab.evaluate(() => {
        const el = (tag, className) => Object.assign(document.createElement(tag), { className });
        const map = el('div', 'map social-card__map');
        map.append(document.querySelector('.map__frame').cloneNode(true));
        const root = el('div', 'social-card');
        root.append(el('div', 'social-card__text'), map);
        document.documentElement.removeAttribute('data-theme');
        document.body.replaceChildren(root);
      });
      await tab.addStyleTag({ path: fileURLToPath(new URL('./social-card.css', import.meta.url)) });
      for (const [file, { section }] of [...images].filter(([, image]) => image.lang === lang)) {
        const s = section && data.sections.find((x) => x.id === section);
        const texts = s
          ? { atlas: strings(lang).app.name, name: s.name[lang], tagline: s.organisation[lang], section }
          : { name: strings(lang).app.name, tagline: data.organisation.tagline[lang], section: null };
        if (!texts.name || !texts.tagline || (s && !texts.atlas)) throw new Error(`${file}: a text is missing in ${lang}`);
        await tab.evaluate(({ atlas, name, tagline, section }) => {
          const el = (tag, className, text) => Object.assign(document.createElement(tag), { className, textContent: text ?? '' });
          const root = document.querySelector('.social-card');
          root.classList.toggle('social-card--section', !!section);
          const text = root.querySelector('.social-card__text');
          if (section) {
            const brand = el('p', 'social-card__atlas');
            brand.append(el('span', 'brand__mark'), atlas);
            const title = el('p', 'social-card__name');
            // The section's colour (style/main.css), as the map's legend shows it.
            const key = el('span', 'social-card__key');
            key.dataset.colour = section;
            const words = el('span', '', name);
            title.append(key, words);
            text.replaceChildren(brand, title, el('p', 'social-card__tagline', tagline));
            // A long word ("Metropolitan") must fit the column, and three lines the card.
            for (let size = 52; size > 32 && (title.scrollWidth > title.clientWidth || words.offsetHeight > 180); size -= 2) {
              title.style.fontSize = `${size - 2}px`;
            }
          } else {
            text.replaceChildren(el('span', 'brand__mark'), el('p', 'social-card__name', name), el('p', 'social-card__tagline', tagline));
          }
          // The highlight of the map's own legend (map.css: the others fade).
          document.querySelector('.map__svg').classList.toggle('has-active', !!section);
          for (const link of document.querySelectorAll('.map__section'))
            link.classList.toggle('is-active', link.dataset.colour === section);
        }, texts);
        await tab.evaluate(() => document.fonts.ready);
        const png = await tab.screenshot({ type: 'png', clip: { x: 0, y: 0, width, height } });
        mkdirSync(dirname(join(dist, file)), { recursive: true });
        writeFileSync(join(dist, file), png);
        if (png.length > maxBytes) throw new Error(`${file}: ${png.length} bytes, more than ${maxBytes}`);
        sizes.push([file, png.length]);
      }
    }
  } finally {
    await card.close();
  }
  for (const [file, bytes] of sizes) console.log(`${file}: ${bytes} bytes`);
  const all = sizes.map(([, bytes]) => bytes);
  console.log(
    `${sizes.length} social images in ${((Date.now() - started) / 1000).toFixed(1)} s (${Math.min(...all)} to ${Math.max(...all)} bytes)`,
  );
}

let bytes = 0;
for (const [route, found] of [...pages].sort()) {
  const file = join(dist, pageFile(route));
  mkdirSync(dirname(file), { recursive: true });
  const html = page(route, found);
  writeFileSync(file, html);
  bytes += html.length;
}
console.log(`prerendered ${pages.size} pages (${(bytes / 1024).toFixed(0)} KiB of HTML)`);

// What each page preloads, for a link clicked before the app has started: the loader
// preloads the next page's chunks and data files with the main module
// (scripts/postbuild/loader.mjs). They are the same in every locale (the same code, the
// same files), so the key is the path below the locale.
{
  const preloads = (found) => [...found.chunks, ...found.files];
  const files = [...new Set([...pages.values()].flatMap(preloads))].sort();
  const byPage = {};
  for (const [route, found] of [...pages].sort()) {
    const key = route.split('/').slice(1).join('/');
    const indices = preloads(found).map((file) => files.indexOf(file));
    if (byPage[key] && byPage[key].join() !== indices.join())
      throw new Error(`prerender ${base}${route}: its preloads differ from another locale's (${key})`);
    byPage[key] = indices;
  }
  writeFileSync(join(dist, PRELOADS_FILE), `${JSON.stringify({ files, pages: byPage })}\n`);
  console.log(`${PRELOADS_FILE}: ${files.length} files for ${Object.keys(byPage).length} pages`);
}

// The sitemap needs absolute URLs: only with the deployment's origin. Each page's
// alternates are the ones the app wrote into its head.
const sitemap = join(dist, 'sitemap.xml');
rmSync(sitemap, { force: true });
if (siteOrigin) {
  const urls = [...pages]
    .sort()
    .map(([, found]) =>
      [
        '  <url>',
        `    <loc>${escapeHtml(found.canonical)}</loc>`,
        ...found.alternates.map(([lang, href]) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeHtml(href)}"/>`),
        '  </url>',
      ].join('\n'),
    );
  writeFileSync(
    sitemap,
    `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`,
  );
  console.log(`sitemap.xml: ${pages.size} pages`);
}
// Crawlers read robots.txt at the origin's root only: under a sub-path, the host's own
// robots.txt should carry the Sitemap line (docs/deployment.md).
const robots = join(dist, 'robots.txt');
writeFileSync(robots, `User-agent: *\nDisallow:\n${siteOrigin ? `\nSitemap: ${siteOrigin}${base}sitemap.xml\n` : ''}`);
