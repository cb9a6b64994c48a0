// trunk post_build step: writes the UI's locales into the staged embed.js, the partners'
// script, which is a plain script that cannot import anything: its list of languages
// (`__LANGS__`, the directories of locales/). Runs before loader.mjs, which precompresses
// it, and sw.mjs, which hashes it into the cache version.
// Node only, no dependencies. Env from trunk: TRUNK_STAGING_DIR.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../lib/locales.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk hook');

const path = join(staging, 'embed.js');
const fills = { __LANGS__: JSON.stringify(LOCALES) };
let script = readFileSync(path, 'utf8');
for (const [placeholder, value] of Object.entries(fills)) {
  if (script.split(placeholder).length !== 2) throw new Error(`embed.js: expected ${placeholder} once`);
  script = script.replace(placeholder, () => value);
}
writeFileSync(path, script);
console.log(`embed.js: languages ${LOCALES.join(', ')}`);
