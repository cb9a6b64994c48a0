// trunk post_build step, the last one: writes the service worker's precache list and version
// into the staged sw.js. The list is every file of the build (precompressed siblings aside); the
// version is a hash of all their contents, so any change makes a new cache. The files with a
// content hash in their name are listed apart: the worker takes them from the HTTP cache.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HASHED } from '../lib/hashed.mjs';
import { names } from '../lib/names.mjs';
import { files } from '../lib/walk.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk hook');

// Not precached: precompressed siblings (the host picks them; scripts/build writes them after
// this step, but a folder built again may hold the last build's), the worker itself, licence
// files, and `_headers`, the static hosts' header rules, which no host serves (nginx answers
// 404 for it): one missing file would make `cache.addAll` reject, and the worker never install.
const SKIP = /\.(gz|br)$|(^|\/)sw\.js$|LICENSE[^/]*$|^_headers$/;
// Nor the link previews' images (`head::page_image`): crawlers fetch them, the app never
// does. The prerender writes them after this step; should a folder built again still hold
// the last build's, they stay out of the list all the same.
const social = `${names().socialDir}/`;
const list = files(staging).filter((path) => !SKIP.test(path) && !path.startsWith(social));

const hash = createHash('sha256');
for (const path of list)
  hash
    .update(path)
    .update('\0')
    .update(readFileSync(join(staging, path)));
const version = hash.digest('hex').slice(0, 16);

const swPath = join(staging, 'sw.js');
const sw = readFileSync(swPath, 'utf8')
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('__PRECACHE__', JSON.stringify(list))
  .replace('__HASHED__', JSON.stringify(list.filter((path) => HASHED.test(path))));
writeFileSync(swPath, sw);
console.log(`sw.js: version ${version}, ${list.length} files precached`);
