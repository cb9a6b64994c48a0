// trunk post_build hook: writes the service worker's precache list and version into the
// staged sw.js. The list is every file of the build (precompressed siblings aside); the
// version is a hash of all their contents, so any change makes a new cache.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk hook');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// Not precached: precompressed siblings (the host picks them), the worker itself, licence
// files, and `_headers`, the static hosts' header rules, which no host serves (nginx answers
// 404 for it): one missing file would make `cache.addAll` reject, and the worker never install.
const SKIP = /\.(gz|br)$|(^|\/)sw\.js$|LICENSE[^/]*$|^_headers$/;
const list = files(staging)
  .map((path) => relative(staging, path).split(sep).join('/'))
  .filter((path) => !SKIP.test(path))
  .sort();

const hash = createHash('sha256');
for (const path of list) hash.update(path).update('\0').update(readFileSync(join(staging, path)));
const version = hash.digest('hex').slice(0, 16);

const swPath = join(staging, 'sw.js');
const sw = readFileSync(swPath, 'utf8')
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('__PRECACHE__', JSON.stringify(list));
writeFileSync(swPath, sw);
// Keep precompressed copies (made by an earlier hook, if any) in step with the new content.
if (existsSync(`${swPath}.gz`)) writeFileSync(`${swPath}.gz`, gzipSync(sw, { level: 9 }));
if (existsSync(`${swPath}.br`)) {
  writeFileSync(`${swPath}.br`, brotliCompressSync(sw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}
console.log(`sw.js: version ${version}, ${list.length} files precached`);
