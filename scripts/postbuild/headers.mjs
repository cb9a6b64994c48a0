// trunk post_build step: `_headers` (Cloudflare Pages / Netlify) for this build, from
// deploy/_headers: its paths put under the public URL, plus one immutable rule per hashed
// asset (scripts/lib/hashed.mjs), the loader's and the chunks' included; the wasm modules'
// without the document's headers. Runs after
// loader.mjs, the last step to add a hashed file.
// Node only, no dependencies. Env from trunk: TRUNK_STAGING_DIR, TRUNK_PUBLIC_URL.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HASHED } from '../lib/hashed.mjs';
import { ROOT } from '../lib/root.mjs';
import { files } from '../lib/walk.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk hook');
const publicUrl = process.env.TRUNK_PUBLIC_URL || '/';
const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;

const template = readFileSync(join(ROOT, 'deploy', '_headers'), 'utf8');
const prefix = base.replace(/\/$/, '');
const rules = template
  .split('\n')
  .map((line) => (line.startsWith('/') ? `${prefix}${line}` : line))
  .join('\n');
const hashedFiles = files(staging).filter((p) => HASHED.test(p));
// A wasm module is no document: it goes without the document's headers (deploy/nginx.conf).
const documentOnly = ['Content-Security-Policy', 'X-Frame-Options', 'Referrer-Policy', 'Permissions-Policy'];
const rule = (p) => [
  `${base}${p}`,
  '  ! Cache-Control',
  ...(p.endsWith('.wasm') ? documentOnly.map((name) => `  ! ${name}`) : []),
  '  Cache-Control: public, max-age=31536000, immutable',
  '',
];
const hashed = hashedFiles.map((p) => rule(p).join('\n')).join('\n');
writeFileSync(
  join(staging, '_headers'),
  `${rules.trimEnd()}\n\n# Hashed assets of this build (written by scripts/postbuild/headers.mjs).\n${hashed}`,
);
console.log(`_headers: ${hashedFiles.length} hashed assets`);
