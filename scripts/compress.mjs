// Precompressed siblings, as nginx's gzip_static/brotli_static and CDNs serve them: `.gz`
// (gzip -9) and `.br` (brotli quality 11) of every text and wasm file of a build.
//
// Usage: node scripts/compress.mjs DIST   (the last step of scripts/build, after the
// prerender: every file the build ships, its pages, sitemap and robots.txt included, is
// final by then; `trunk serve` serves without them)
//
// It first removes the siblings already there (a build folder built again, a sitemap the
// build no longer writes), so each one is its file's, as the build left it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { files } from './lib/walk.mjs';

/** Files worth compressing (text, wasm and the app's dataset). */
export const COMPRESSIBLE = /\.(?:html|js|mjs|wasm|bin|css|json|svg|webmanifest|txt|md|csv|xml)$/;

/** Writes `path`'s `.gz` and `.br` siblings; returns the bytes brotli saved. */
export function precompress(path) {
  const body = readFileSync(path);
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
  writeFileSync(`${path}.br`, br);
  return body.length - br.length;
}

// Run as the build's last step (imported by the benchmark for `precompress`).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dist] = process.argv.slice(2);
  if (!dist) throw new Error('usage: node scripts/compress.mjs DIST');
  const all = files(dist);
  const siblings = all.filter((p) => /\.(?:gz|br)$/.test(p) && COMPRESSIBLE.test(p.slice(0, -3)));
  for (const p of siblings) rmSync(join(dist, p));
  const compressible = all.filter((p) => COMPRESSIBLE.test(p));
  let saved = 0;
  for (const p of compressible) saved += precompress(join(dist, p));
  console.log(`precompressed ${compressible.length} files: ${(saved / 1024).toFixed(0)} KiB saved with brotli`);
}
