// The size budget, checked on every run so that a regression fails CI. Deterministic: it
// sums brotli sizes (quality 11) of the files a first visit of the French home page
// downloads (its prerendered HTML, what it references, the main module and the home page's
// chunks, the dataset), read from the build itself, and guards the main module and every
// page's chunks on their own: a feature that grows one page's chunk shows there. The wasm
// figures and the total are the latest measured plus 3 % (`margin`), lowered when the wasm
// shrinks; JS, CSS, HTML and the dataset have round ceilings. Their history is in the
// commits that changed them. The goals are the benchmark's (scripts/bench, docs/benchmark.md):
// this check does not assert them, it only stops growth.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { DIST, buildAssets, names, preloadedChunks } from './harness.mjs';

const KB = 1024;
const margin = (bytes) => Math.round(bytes * 1.03);
/** Brotli budgets, in bytes, of the home page's first load. */
const BUDGET = {
  main: margin(186_926),
  chunks: margin(44_310),
  // trunk's minifier reads the glue (scripts/split/wasm-bindgen): 12.6 KB, 15.4 KB without.
  js: 14 * KB,
  css: 8 * KB,
  html: 5 * KB,
  dataset: 22 * KB,
  total: margin(279_576),
};
/** Brotli budgets of each split point's own chunk (`split_<name>`, src/pages.rs) and of all
 * shared chunks together (their split into files follows the code, not a page). */
const CHUNKS = {
  home: margin(8_224),
  records: margin(27_606),
  map: margin(61_354),
  figures: margin(15_821),
  data: margin(21_674),
  search: margin(26_521),
  embed_guide: margin(8_016),
  // The frame of the embedded views, out of the main module.
  embed: margin(9_148),
  geometry: margin(6_182),
  // The country table's decoding, for search: without the map's (src/state/geo.rs).
  countries: margin(235),
  // With serde_json's writer (CSL-JSON), its own since the app reads no JSON (model::packed).
  cite: margin(19_159),
  brief: margin(10_833),
  // Without leptos-use's `use_preferred_dark` the main module lost 2.5 KB and these gained
  // 2.1 KB: the code (leptos-use's event listener) that only page chunks still use moved here.
  shared: margin(119_522),
};

const brotli = (path) => brotliCompressSync(readFileSync(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
/** The chunks a prerendered page preloads, by their names in the build. */
const chunksOf = (page) => preloadedChunks(page).map((href) => href.slice(1));

test('the home page’s first load stays within its size budget', () => {
  const referenced = buildAssets(DIST);
  const pick = (ext) => referenced.filter((f) => f.endsWith(ext));
  const home = chunksOf('fr/index.html');
  const sizes = {
    main: pick('.wasm').reduce((s, f) => s + brotli(join(DIST, f)), 0),
    chunks: home.reduce((s, f) => s + brotli(join(DIST, f)), 0),
    js: pick('.js').reduce((s, f) => s + brotli(join(DIST, f)), 0),
    css: pick('.css').reduce((s, f) => s + brotli(join(DIST, f)), 0),
    html: brotli(join(DIST, 'fr/index.html')),
    dataset: brotli(join(DIST, names().datasetFiles.fr)),
  };
  sizes.total = Object.values(sizes).reduce((a, b) => a + b, 0);
  assert.ok(pick('.wasm').length === 1 && pick('.js').length >= 2, `assets found: ${referenced.join(', ')}`);
  assert.ok(
    home.some((f) => f.startsWith('split_home-')),
    `the home page preloads its chunk: ${home.join(', ')}`,
  );
  console.log(`home first load, brotli: ${JSON.stringify(sizes)}`);
  for (const [kind, limit] of Object.entries(BUDGET)) {
    assert.ok(sizes[kind] <= limit, `${kind}: ${sizes[kind]} B brotli exceeds its budget of ${limit} B`);
  }
});

test('each split point’s chunk, and the shared chunks, stay within their size budgets', () => {
  const chunks = readdirSync(DIST).filter((f) => f.endsWith('.wasm') && !f.endsWith('_bg.wasm'));
  const sizes = { shared: 0 };
  for (const file of chunks) {
    const split = file.match(/^split_(\w+)-[0-9a-f]{16}\.wasm$/)?.[1];
    if (split) sizes[split] = brotli(join(DIST, file));
    else sizes.shared += brotli(join(DIST, file));
  }
  console.log(`chunks, brotli: ${JSON.stringify(sizes)}`);
  assert.deepEqual(Object.keys(sizes).sort(), Object.keys(CHUNKS).sort(), 'one budget per split point');
  for (const [name, limit] of Object.entries(CHUNKS)) {
    assert.ok(sizes[name] <= limit, `${name}: ${sizes[name]} B brotli exceeds its budget of ${limit} B`);
  }
});
