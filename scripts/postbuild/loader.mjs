// trunk post_build hook, the fifth step of scripts/postbuild/run (after split.mjs, dataset.mjs,
// opendata.mjs and embed.mjs, whose files it precompresses; before sw.mjs, which lists the
// final files): makes the staged build fit a strict Content-Security-Policy and a static host.
//
// 1. trunk writes its wasm loader inline (`<script type="module">import init …</script>`),
//    which `script-src 'self'` refuses. The loader moves to `loader-<hash>.js`, referenced
//    with its integrity, so the policy needs neither 'unsafe-inline' nor per-build hashes.
//    Before trunk's code, the loader applies the theme the visitor chose
//    (src/state/theme.rs), so a prerendered page is shown in it, and puts the
//    address's query in the prerendered search page's field. Then, after the first paint, it
//    starts the download of the page's dataset (`data/atlas.<lang>.json`, the language being
//    the path's first segment, or the second under `embed/`), so that it arrives alongside
//    the wasm instead of after it. Both downloads start after the first paint, and trunk's
//    preload of the wasm goes: the prerendered page's HTML and CSS get the network first,
//    and its content is drawn before the wasm (the main module, then the page's chunks) is
//    requested.
// 2. `_headers` (Cloudflare Pages / Netlify) is written from deploy/_headers for this
//    build: paths under the public URL, plus one immutable rule per hashed asset.
// 3. Release builds get precompressed siblings (`.gz`, gzip -9; `.br`, brotli quality 11)
//    of every text and wasm file, for nginx's gzip_static/brotli_static and for CDNs.
// Node only, no dependencies. Env from trunk: TRUNK_STAGING_DIR, TRUNK_PUBLIC_URL, TRUNK_PROFILE.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HASHED } from '../lib/hashed.mjs';
import { LOCALES } from '../lib/locales.mjs';
import { ROOT } from '../lib/root.mjs';
import { files } from '../lib/walk.mjs';
import { COMPRESSIBLE, precompress } from './compress.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk hook');
const publicUrl = process.env.TRUNK_PUBLIC_URL || '/';
const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;

// 1. The inline loader, out of index.html.
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');
// (Minified HTML may have dropped the attribute's quotes.)
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/g;
const loaders = [...html.matchAll(inline)];
if (loaders.length !== 1) throw new Error(`expected one inline module script in index.html, found ${loaders.length}`);
const preload = `try {
  const theme = localStorage.getItem('uclg-atlas-theme');
  if (theme) document.documentElement.dataset.theme = theme;
} catch {}
{
  // The prerendered search page (no query at build time) shows the address's query in its
  // field until the app takes over. As its default value too: the hand-over carries only
  // what the visitor typed (src/state/first_paint.rs), and the app reads the address.
  const field = document.getElementById('search-page-input');
  const query = new URLSearchParams(location.search).get('q');
  if (field && query) field.defaultValue = query;
}
await new Promise((painted) => {
  requestAnimationFrame(() => setTimeout(painted));
  setTimeout(painted, 500); // a tab in the background gets no animation frame
});
{
  const [first, second] = location.pathname.slice(${JSON.stringify(base)}.length).split('/');
  const lang = first === 'embed' ? second : first;
  if (${JSON.stringify(LOCALES)}.includes(lang)) {
    const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: \`${base}data/atlas.\${lang}.json\` });
    document.head.append(link);
  }
}
`;
const code = `${preload}${loaders[0][1].trim()}\n`;
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

// 2. _headers for this build.
const all = files(staging).filter((p) => !/\.(?:gz|br)$/.test(p));
const template = readFileSync(join(ROOT, 'deploy', '_headers'), 'utf8');
const prefix = base.replace(/\/$/, '');
const rules = template
  .split('\n')
  .map((line) => (line.startsWith('/') ? `${prefix}${line}` : line))
  .join('\n');
const hashed = all
  .filter((p) => HASHED.test(p))
  .map((p) => `${base}${p}\n  ! Cache-Control\n  Cache-Control: public, max-age=31536000, immutable\n`)
  .join('\n');
writeFileSync(
  join(staging, '_headers'),
  `${rules.trimEnd()}\n\n# Hashed assets of this build (written by scripts/postbuild/loader.mjs).\n${hashed}`,
);

// 3. Precompressed siblings, release builds only (brotli 11 on a debug wasm takes minutes).
if (process.env.TRUNK_PROFILE === 'release') {
  let saved = 0;
  for (const p of all.filter((f) => COMPRESSIBLE.test(f))) saved += precompress(join(staging, p));
  console.log(`precompressed: ${(saved / 1024).toFixed(0)} KiB saved with brotli`);
}
