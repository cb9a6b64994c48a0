// trunk post_build hook (runs first): stages the wasm chunks that scripts/split/wasm-bindgen
// cut off the app, next to the main module trunk staged.
//
// wasm-split-cli left in `<target>/wasm-bindgen/<profile>/split/`: `split_<name>.wasm` per
// split point (src/lazy.rs), shared `chunk_<n>.wasm`, and `__wasm_split.js`, their loader,
// which imports `initSync` from the glue and is imported by it (`./__wasm_split.js`).
// 1. Each chunk is optimised as trunk optimises the main module (wasm-opt with index.html's
//    `data-wasm-opt-params`, release builds only) and named by its content's hash, so it can be
//    cached for a year like trunk's files.
// 2. The loader gets those names and the glue's (trunk's, hashed), then a hashed name itself.
// 3. The glue imports the loader by that name, index.html's integrity for the glue is
//    computed anew, and index.html preloads the loader with the glue. (The glue keeps trunk's name: trunk hashes the linked wasm, from which all
//    of this follows.)
// Node only. Env from trunk: TRUNK_STAGING_DIR, TRUNK_PROFILE.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from '../lib/root.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk hook');
const release = process.env.TRUNK_PROFILE === 'release';
const splitDir = join(resolve(ROOT, process.env.CARGO_TARGET_DIR ?? 'target'), 'wasm-bindgen', release ? 'release' : 'debug', 'split');
const LOADER = '__wasm_split.js';
if (!existsSync(join(splitDir, LOADER))) {
  throw new Error(`${splitDir}/${LOADER} is missing: trunk did not run scripts/split/wasm-bindgen (source scripts/env first)`);
}

const digest = (bytes, length = 16) => createHash('sha256').update(bytes).digest('hex').slice(0, length);
/** Replaces `from` in `text`, which must hold it: a loader of another shape fails the build. */
function replaceAll(text, from, to, what) {
  if (!text.includes(from)) throw new Error(`split: ${what} does not contain ${from} (wasm_split_cli_support's output changed?)`);
  return text.replaceAll(from, to);
}

// The glue and main module trunk staged: `<name>-<hash>.js` beside `<name>-<hash>_bg.wasm`.
const staged = readdirSync(staging);
const glues = staged.filter((f) => f.endsWith('.js') && staged.includes(f.replace(/\.js$/, '_bg.wasm')));
if (glues.length !== 1) throw new Error(`split: expected one wasm-bindgen glue in ${staging}, found ${glues.join(', ') || 'none'}`);
const [glue] = glues;

/** wasm-opt as trunk runs it on the main module. Its warning about the linker's extended
 * name subsections (which the optimised chunk does not keep) is noise; anything else shows. */
function optimise(source, target) {
  const run = spawnSync('wasm-opt', ['-Oz', ...optParams.split(/\s+/), source, '-o', target], { encoding: 'utf8' });
  const said = `${run.stdout}${run.stderr}`.split('\n').filter((l) => l && !/^warning: unknown name subsection/.test(l));
  if (said.length) console.log(said.join('\n'));
  if (run.status !== 0) throw new Error(`split: wasm-opt failed on ${source} (${run.error ?? `exit ${run.status}`})`);
}

// 1. The chunks, optimised and hashed.
const optParams = readFileSync(join(ROOT, 'index.html'), 'utf8').match(/data-wasm-opt-params="([^"]*)"/)?.[1];
if (release && optParams === undefined) throw new Error('split: index.html has no data-wasm-opt-params');
let loader = readFileSync(join(splitDir, LOADER), 'utf8');
const chunks = readdirSync(splitDir)
  .filter((f) => f.endsWith('.wasm'))
  .sort();
for (const file of chunks) {
  const source = join(splitDir, file);
  const optimised = `${source}.opt`;
  if (release) optimise(source, optimised);
  const bytes = readFileSync(release ? optimised : source);
  const name = `${file.replace(/\.wasm$/, '')}-${digest(bytes)}.wasm`;
  writeFileSync(join(staging, name), bytes);
  loader = replaceAll(loader, `"./${file}"`, `"./${name}"`, LOADER);
}

// 2. The loader: the glue's name, then its own. It fetches the chunks in a prerendered page's
// preloads' mode (no-cors, as a preload without `crossorigin`), the only one in which WebKit
// takes the preloaded response instead of downloading the chunk again (scripts/prerender.mjs).
loader = replaceAll(loader, 'from "./main.js"', `from "./${glue}"`, LOADER);
const chunkFetch = /fetch\((new URL\("\.\/[^"]+\.wasm", import\.meta\.url\))\)/g;
if ((loader.match(chunkFetch) ?? []).length !== chunks.length) {
  throw new Error(
    `split: ${LOADER} does not fetch each of the ${chunks.length} chunks as expected (wasm_split_cli_support's output changed?)`,
  );
}
loader = loader.replace(chunkFetch, (_, url) => `fetch(${url}, { mode: "no-cors", credentials: "include" })`);
const loaderName = `__wasm_split-${digest(loader)}.js`;
writeFileSync(join(staging, loaderName), loader);

// 3. The glue imports it by that name; its integrity in index.html follows.
const gluePath = join(staging, glue);
const glueText = readFileSync(gluePath, 'utf8');
// Only the import statements: the imports object passed to the wasm keeps the module name
// the wasm asks for ("./__wasm_split.js").
const importRe = /(\bfrom\s*)(["'])\.\/__wasm_split\.js\2/g;
if (!importRe.test(glueText)) throw new Error(`split: ${glue} does not import ./${LOADER}`);
const newGlue = glueText.replace(importRe, (_, from) => `${from}"./${loaderName}"`);
writeFileSync(gluePath, newGlue);
const indexPath = join(staging, 'index.html');
const html = readFileSync(indexPath, 'utf8');
const link = new RegExp(`<link(?=[^>]*${glue.replace(/[.]/g, '\\.')})[^>]*>`, 'g');
let updated = 0;
const newHtml = html.replace(link, (tag) =>
  tag.replace(/integrity="?(sha\d+)-[A-Za-z0-9+/=]+"?/, (_, algo) => {
    updated += 1;
    return `integrity="${algo}-${createHash(algo).update(newGlue).digest('base64')}"`;
  }),
);
if (updated !== 1) throw new Error(`split: expected one integrity for ${glue} in index.html, found ${updated}`);
// The glue imports the loader: preloaded with it, not one round trip later.
const publicUrl = process.env.TRUNK_PUBLIC_URL || '/';
const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
const loaderIntegrity = `sha384-${createHash('sha384').update(loader).digest('base64')}`;
const loaderLink = `<link rel="modulepreload" href="${base}${loaderName}" integrity="${loaderIntegrity}" crossorigin="anonymous">`;
writeFileSync(indexPath, newHtml.replace('</head>', `${loaderLink}</head>`));
console.log(`split: ${chunks.length} chunks, loader ${loaderName}`);
