// trunk post_build step: trunk's inline wasm loader moved to a file, so that the pages fit a
// strict Content-Security-Policy. Runs after split.mjs (which points the loader at the
// chunks) and the data steps; before headers.mjs and sw.mjs, which list the final files.
//
// trunk writes its wasm loader inline (`<script type="module">import init …</script>`), which
// `script-src 'self'` refuses. The loader moves to `loader-<hash>.js`, referenced with its
// integrity, so the policy needs neither 'unsafe-inline' nor per-build hashes. Before trunk's
// code, the loader applies the theme the visitor chose (src/state/theme.rs), so a
// prerendered page is shown in it, and puts the address's query in the prerendered search
// page's field. Then, after the first paint, it starts the download of the page's dataset
// (`data/atlas.<lang>.json`, the language being the path's first segment, or the second under
// `embed/`), so that it arrives alongside the wasm instead of after it. Both downloads start
// after the first paint, and trunk's preload of the wasm goes: the prerendered page's HTML and
// CSS get the network first, and its content is drawn before the wasm (the main module, then
// the page's chunks) is requested. The storage key, the field's id and the dataset's files are
// the app's (scripts/lib/names.mjs).
// Node only, no dependencies. Env from trunk: TRUNK_STAGING_DIR, TRUNK_PUBLIC_URL, TRUNK_PROFILE.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { names } from '../lib/names.mjs';
import { PRELOADS_FILE } from '../lib/routes.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk hook');
const publicUrl = process.env.TRUNK_PUBLIC_URL || '/';
const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;

const { themeStorageKey, searchPageInputId, datasetFiles } = names();
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');
// (Minified HTML may have dropped the attribute's quotes.)
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/g;
const loaders = [...html.matchAll(inline)];
if (loaders.length !== 1) throw new Error(`expected one inline module script in index.html, found ${loaders.length}`);
const preload = `try {
  const theme = localStorage.getItem(${JSON.stringify(themeStorageKey)});
  if (theme) document.documentElement.dataset.theme = theme;
} catch {}
{
  // The prerendered search page (no query at build time) shows the address's query in its
  // field until the app takes over. As its default value too: the hand-over carries only
  // what the visitor typed (src/state/first_paint.rs), and the app reads the address.
  const field = document.getElementById(${JSON.stringify(searchPageInputId)});
  const query = new URLSearchParams(location.search).get('q');
  if (field && query) field.defaultValue = query;
}
// A click on a link to another page of the atlas before the app runs stays in this
// document: the address changes at once, the prerendered page says it is busy (the quiet
// bar of a navigation, style/main.css), and the app starts on that address. A full
// navigation would cut the downloads under way (the wasm, the dataset) and start them
// again for the next page. The router takes the links over once the wasm has started; if
// the wasm fails before, a moved address is loaded for real.
const beforeApp = new AbortController();
// A download started ahead, which the app's own fetch of the same address then takes (it
// asks in the preload's mode, no-cors: scripts/prerender.mjs says why).
const fetchAhead = (href, type) => document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href, ...(type && { type }) }));
{
  const appPaths = new RegExp(\`^\${${JSON.stringify(base)}}(?:\${${JSON.stringify(Object.keys(datasetFiles))}.join('|')})(?:/[^.]*)?$\`);
  const entry = location.href;
  const busy = (on) => {
    const main = document.querySelector('#boot main');
    if (on) main?.setAttribute('aria-busy', 'true');
    else main?.removeAttribute('aria-busy');
  };
  // The page's chunks and data files, as its own prerendered copy preloads them
  // (scripts/prerender.mjs): they download alongside the main module instead of after it.
  let preloads;
  const preloadPage = async (url) => {
    preloads ??= fetch(${JSON.stringify(base + PRELOADS_FILE)}).then((response) => response.json());
    const { files, pages } = await preloads;
    const page = url.pathname.slice(${JSON.stringify(base)}.length).split('/').slice(1).join('/');
    for (const file of (pages[page] ?? []).map((index) => files[index])) {
      if (!document.querySelector(\`link[rel="preload"][href="\${file}"]\`)) fetchAhead(file, file.endsWith('.wasm') ? 'application/wasm' : undefined);
    }
  };
  addEventListener(
    'click',
    (event) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!link || (link.target && link.target !== '_self') || link.hasAttribute('download')) return;
      const url = new URL(link.href);
      if (url.origin !== location.origin || !appPaths.test(url.pathname)) return;
      if (url.pathname === location.pathname && url.search === location.search) return; // this page
      event.preventDefault();
      history.pushState(null, '', url);
      busy(true);
      // As after a page load: the page from its top, the focus at the start of its content
      // (the hand-over carries it to the app's own main: src/state/first_paint.rs).
      document.querySelector('#boot main')?.focus({ preventScroll: true });
      scrollTo(0, 0);
      preloadPage(url).catch(() => {}); // without them, the app fetches them itself
    },
    { capture: true, signal: beforeApp.signal },
  );
  // Back or forward to another address, and a failed start, leave it to the browser: it
  // loads the address. Back to this page's own address is this page again.
  addEventListener(
    'popstate',
    () => {
      if (location.href === entry) busy(false);
      else location.reload();
    },
    { signal: beforeApp.signal },
  );
  addEventListener(
    'error',
    () => {
      beforeApp.abort();
      if (location.href !== entry) location.reload();
    },
    { signal: beforeApp.signal },
  );
}
await new Promise((painted) => {
  requestAnimationFrame(() => setTimeout(painted));
  setTimeout(painted, 500); // a tab in the background gets no animation frame
});
{
  const [first, second] = location.pathname.slice(${JSON.stringify(base)}.length).split('/');
  const lang = first === 'embed' ? second : first;
  const file = new Map(${JSON.stringify(Object.entries(datasetFiles))}).get(lang);
  if (file) fetchAhead(${JSON.stringify(base)} + file);
}
`;
// trunk's code ends once the wasm has started (its main function has run, the router
// listens): the links are the router's from there.
const code = `${preload}${loaders[0][1].trim()}\nbeforeApp.abort();\n`;
const name = `loader-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
writeFileSync(join(staging, name), code);
html = html.replace(loaders[0][0], `<script type="module" src="${base}${name}" integrity="${integrity}"></script>`);
const wasmPreload = /<link(?=[^>]*\brel="?preload\b)(?=[^>]*_bg\.wasm)[^>]*>/g;
if ((html.match(wasmPreload) ?? []).length !== 1) throw new Error('expected one preload of the wasm in index.html');
html = html.replace(wasmPreload, '');
// `trunk serve` appends its live-reload script inline: development only, and served without
// the CSP (which deploy/ sets), so it stays. A release build must have none.
const liveReload = /<script>(?:(?!<\/script>)[\s\S])*__TRUNK_ADDRESS__[\s\S]*?<\/script>/;
const checked = process.env.TRUNK_PROFILE === 'release' ? html : html.replace(liveReload, '');
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(checked)) throw new Error('index.html still has an inline script');
if (/\sstyle=/.test(html)) throw new Error('index.html has an inline style attribute');
writeFileSync(indexPath, html);
console.log(`loader: ${name}`);
