// Precompressed siblings of a file, as nginx's gzip_static/brotli_static and CDNs serve
// them: `.gz` (gzip -9) and `.br` (brotli quality 11). Returns the bytes brotli saved.
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Files worth compressing (text and wasm). */
export const COMPRESSIBLE = /\.(?:html|js|mjs|wasm|css|json|svg|webmanifest|txt|md|csv|xml)$/;

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
