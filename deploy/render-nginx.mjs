// Renders deploy/nginx.conf for one deployment. Node, no dependencies.
//   node deploy/render-nginx.mjs --root DIST [--listen 127.0.0.1:8080] [--base /sub/path/]
// The brotli lines are kept when the nginx module is installed (or with --brotli yes|no).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const TEMPLATE = fileURLToPath(new URL('nginx.conf', import.meta.url));

/** The configuration text for `root` (dist folder), `listen` and `base` (public URL). */
export function render({ root, listen = '127.0.0.1:8080', base = '/', brotli = existsSync(BROTLI_MODULE) }) {
  if (!root) throw new Error('render-nginx: --root DIST is required');
  if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(base)) throw new Error(`render-nginx: base must look like /sub/path/, not ${base}`);
  if (!/^[A-Za-z0-9.:[\]]+$/.test(String(listen))) throw new Error(`render-nginx: bad listen ${listen}`);
  const dir = resolve(root);
  if (/[\s;{}"'$]/.test(dir)) throw new Error(`render-nginx: unsupported characters in ${dir}`);
  return readFileSync(TEMPLATE, 'utf8')
    .split('\n')
    .filter((line) => brotli || !/# brotli$/.test(line))
    .filter((line) => base !== '/' || !/# sub-path$/.test(line))
    .join('\n')
    .replaceAll('@ROOT@', dir)
    .replaceAll('@LISTEN@', String(listen))
    .replaceAll('@BASE@', base);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const args = Object.fromEntries(argv.flatMap((arg, i) => (arg.startsWith('--') ? [[arg.slice(2), argv[i + 1]]] : [])));
  const brotli = args.brotli === undefined ? undefined : args.brotli === 'yes';
  process.stdout.write(render({ root: args.root, listen: args.listen, base: args.base, ...(brotli === undefined ? {} : { brotli }) }));
}
