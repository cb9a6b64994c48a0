// Prerenders every page of a release build, so that a visitor sees the page's content as
// soon as the HTML and CSS arrive, before the wasm (about 330 KB) has downloaded and run;
// readers without JavaScript and crawlers get the text too.
//
// Usage: node scripts/prerender.mjs DIST [PUBLIC_URL]   (scripts/build runs it)
//
// The app itself renders each page in headless Chromium (the same code, so the same
// markup), starting from each locale's home and following every in-app link. Each page
// becomes DIST/<route>.html (a locale's home: DIST/<lang>/index.html): index.html with the
// page's title, description and language, and the page's body in `#boot`. In the browser
// the app renders hidden behind it and takes its place when its view is complete
// (src/components/first_paint.rs). Static hosts serve `/fr/sections` from
// `fr/sections.html` by themselves; nginx by its try_files (deploy/nginx.conf).
//
// The build fails, naming the page, if one logs an error, shows the 404 view (a broken
// link), contains the address it was served from (the embed guide's code: a page whose
// content depends on where the atlas is deployed cannot be prerendered) or never becomes
// ready. Left out: the search page (its content is the query's) and the embed guide.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { precompress } from './postbuild/compress.mjs';
import { serve } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/harness.mjs';

const LOCALES = ['fr', 'en', 'es'];
/** Routes below a locale that are not prerendered: their content depends on the query or
 * on the deployment's address. tests/e2e/views.test.mjs checks the same list. */
const SKIPPED = new Set(['search', 'embed']);
const PARALLEL = 3;

const [dist, publicUrl = '/'] = process.argv.slice(2);
if (!dist) throw new Error('usage: node scripts/prerender.mjs DIST [PUBLIC_URL]');
const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
const template = readFileSync(join(dist, 'index.html'), 'utf8');

/** The file that holds `route` (a path below the base, e.g. `fr/sections/africa`). */
const fileOf = (route) => (route.endsWith('/') ? `${route}index.html` : `${route}.html`);

const escape = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * index.html (minified: attributes in any order, maybe unquoted) with the page's language,
 * title, description and body. index.html's <noscript> asks for JavaScript, which reading
 * a prerendered page does not need: it is left out.
 */
function page({ lang, title, description, body }) {
  // Replaced by functions: the text is taken as is, `$` included.
  const parts = {
    // (The minifier may put `lang` after other attributes, e.g. data-booting.)
    lang: [/(<html\b[^>]*?\slang=)"?[a-zA-Z-]+"?/, (_, open) => `${open}"${lang}"`],
    title: [/<title>[\s\S]*?<\/title>/, () => `<title>${escape(title)}</title>`],
    description: [/<meta(?=[^>]*\bname="?description[\s">])[^>]*>/, () => `<meta name="description" content="${escape(description)}">`],
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
  try {
    await tab.goto(`${origin}${base}${route}`);
    await tab.waitForFunction(() => !document.getElementById('boot'), null, { timeout: 30000 });
    // Two frames more: the map measures its frame once shown (its stripes' scale follows).
    await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const found = await tab.evaluate(() => {
      const body = document.body.cloneNode(true);
      body.querySelectorAll('script, noscript').forEach((el) => el.remove());
      // The renderer's comment markers: no use without hydration, and in a textarea the
      // parser would read them back as text.
      const comments = document.createTreeWalker(body, NodeFilter.SHOW_COMMENT);
      const markers = [];
      while (comments.nextNode()) markers.push(comments.currentNode);
      markers.forEach((node) => node.remove());
      // Styles set through the CSSOM (the map's zoom) are the app's to set: as attributes
      // the Content-Security-Policy would refuse them.
      body.querySelectorAll('[style]').forEach((el) => el.removeAttribute('style'));
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
        body: body.innerHTML.trim(),
        notFound: !!document.querySelector('[data-testid="not-found"]'),
        links: [...document.querySelectorAll('a[href]')].map((a) => new URL(a.getAttribute('href'), document.baseURI).href),
      };
    });
    if (found.notFound) throw new Error('shows the 404 view');
    if (found.body.includes(origin)) throw new Error(`contains its build-time address ${origin}`);
    if (errors.length) throw new Error(`logged errors:\n  ${errors.join('\n  ')}`);
    return found;
  } catch (err) {
    throw new Error(`prerender ${base}${route}: ${err.message}`);
  } finally {
    await tab.close();
  }
}

/** The in-app route of a link (below the base, without hash), or null. */
function routeOf(href) {
  const url = new URL(href);
  if (url.origin !== origin || url.search || !url.pathname.startsWith(base)) return null;
  const route = url.pathname.slice(base.length);
  const [lang, first] = route.split('/');
  if (!LOCALES.includes(lang) || SKIPPED.has(first)) return null;
  return route === lang ? `${lang}/` : route;
}

const server = await serve(dist, base, { pages: false });
const origin = new URL(server.url).origin;
const browser = await launch();
const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
const pages = new Map();
try {
  const queue = LOCALES.map((l) => `${l}/`);
  const seen = new Set(queue);
  const worker = async () => {
    while (queue.length) {
      const route = queue.shift();
      const found = await render(context, route);
      pages.set(route, found);
      for (const next of found.links.map(routeOf)) {
        if (next && !seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
  };
  // Workers share the queue; one that finds it empty stops while another still crawls,
  // so rounds repeat until nothing is left.
  while (queue.length) await Promise.all(Array.from({ length: PARALLEL }, worker));
} finally {
  await browser.close();
  await server.close();
}

let bytes = 0;
for (const [route, found] of [...pages].sort()) {
  const file = join(dist, fileOf(route));
  mkdirSync(dirname(file), { recursive: true });
  const html = page(found);
  writeFileSync(file, html);
  precompress(file);
  bytes += html.length;
}
console.log(`prerendered ${pages.size} pages (${(bytes / 1024).toFixed(0)} KiB of HTML)`);
