// Which files of a build carry a content hash in their name (trunk's `name-<hex>.ext`, the
// wasm chunks and loaders of scripts/postbuild/): such a file never changes, so it is cached
// for a year (`_headers`, deploy/nginx.conf's own copy of this rule, checked by the deploy
// tests) and the service worker may take it from the HTTP cache.
export const HASHED = /-[0-9a-f]{12,20}(?:_bg)?\.(?:js|css|wasm|svg|png|webp|woff2)$/;
