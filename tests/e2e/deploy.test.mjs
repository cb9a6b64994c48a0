// The shipped deployment, on the real nginx with deploy/nginx.conf: security headers, the
// Content-Security-Policy enforced with zero violations on every route, framing refused
// except for /embed/, caching, precompression, and XSS payloads in every route parameter
// and query option staying inert.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DIST, DIST_SUB, LOCALES, buildAssets, data, heading, names, open, precached, routes, startNginx, suite, ui } from './harness.mjs';

const CSP_APP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; base-uri 'self'; form-action 'self'; object-src 'none'; frame-ancestors 'none'";
const CSP_EMBED = CSP_APP.replace("frame-ancestors 'none'", 'frame-ancestors *');

/** Every embeddable route below `/embed/{lang}/`. */
export function embedRoutes() {
  return ['map', `sections/${data.sections[0].id}`, `objectives/${data.objectives[0].id}`, 'figures', 'initiatives'];
}

let browser, nginx, partner;
suite((started) => ({ browser, app: nginx, partner } = started), { partner: true });

/** A raw GET (no automatic decompression): status, headers and body bytes. */
function get(url, headers = {}) {
  return new Promise((ok, fail) => {
    request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

/** The build's data files (unhashed: their names stay across releases): the JSON ones and
 * the app's binary copies of the dataset. */
const dataFiles = () =>
  readdirSync(`${DIST}/data`)
    .filter((f) => /\.(?:json|bin)$/.test(f))
    .map((f) => `data/${f}`);

/** The build's hashed assets. */
const hashedAssets = () => buildAssets(DIST);

/**
 * A page that records CSP violations (the DOM event and Chromium's console report) and
 * calls of `window.pwned`, which XSS payloads try to reach.
 */
async function watched(options) {
  const page = await open(browser, options);
  page.violations = [];
  page.pwned = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) page.violations.push(msg.text());
  });
  await page.exposeFunction('pwned', (where) => page.pwned.push(String(where)));
  await page.exposeFunction('__cspViolation', (v) => page.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolation(`${e.violatedDirective}: ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return page;
}

describe('headers from nginx (deploy/nginx.conf)', () => {
  test('app routes forbid framing; /embed/ routes allow it; both send the security headers', async () => {
    for (const path of ['', 'fr/', 'en/vision', 'es/objectives/representation', 'fr/no-such-page', 'xx/']) {
      const { status, headers } = await get(`${nginx.url}${path}`);
      assert.equal(status, 200, path);
      assert.equal(headers['content-security-policy'], CSP_APP, path);
      assert.equal(headers['x-frame-options'], 'DENY', path);
    }
    for (const path of embedRoutes()
      .map((r) => `embed/fr/${r}`)
      .concat(['embed/xx/map', 'embed/fr/nothing'])) {
      const { status, headers } = await get(`${nginx.url}${path}?theme=dark`);
      assert.equal(status, 200, path);
      assert.equal(headers['content-security-policy'], CSP_EMBED, path);
      assert.equal(headers['x-frame-options'], undefined, path);
    }
    const { headers } = await get(nginx.url);
    assert.equal(headers['x-content-type-options'], 'nosniff');
    assert.equal(headers['referrer-policy'], 'strict-origin-when-cross-origin');
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
      assert.match(headers['permissions-policy'], new RegExp(`(^|, )${feature}=\\(\\)`), feature);
    }
    assert.equal(headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(headers.server, 'nginx');
  });

  test('hashed assets are immutable for a year; index.html, sw.js, manifest, embed.js and data revalidate', async () => {
    const hashed = hashedAssets();
    assert.ok(hashed.some((a) => a.endsWith('.wasm')) && hashed.some((a) => a.startsWith('loader-')), hashed.join(' '));
    for (const asset of hashed) {
      const { status, headers } = await get(`${nginx.url}${asset}`);
      assert.equal(status, 200, asset);
      assert.equal(headers['cache-control'], 'public, max-age=31536000, immutable', asset);
    }
    for (const path of ['', 'index.html', 'fr/vision', 'embed/fr/map', 'sw.js', 'manifest.webmanifest', 'embed.js', ...dataFiles()]) {
      const { status, headers } = await get(`${nginx.url}${path}`);
      assert.equal(status, 200, path);
      assert.equal(headers['cache-control'], 'no-cache', path);
      assert.ok(headers.etag, `${path}: ETag for revalidation`);
    }
    assert.equal(
      (await get(`${nginx.url}${dataFiles().find((f) => f.endsWith('.json'))}`)).headers['content-type'],
      'application/json; charset=utf-8',
    );
    assert.equal((await get(`${nginx.url}${names().datasetFiles.fr}`)).headers['content-type'], 'application/octet-stream');
    assert.equal((await get(`${nginx.url}${hashed.find((a) => a.endsWith('.wasm'))}`)).headers['content-type'], 'application/wasm');
  });

  test('a wasm module goes without the headers of a document; a missing one keeps them', async () => {
    const modules = readdirSync(DIST).filter((f) => f.endsWith('.wasm'));
    assert.ok(modules.length > 10, `the main module and the chunks: ${modules.join(' ')}`);
    for (const module of modules) {
      const { status, headers } = await get(`${nginx.url}${module}`, { 'accept-encoding': 'br' });
      assert.equal(status, 200, module);
      assert.equal(headers['x-content-type-options'], 'nosniff', module);
      for (const name of ['content-security-policy', 'x-frame-options', 'referrer-policy', 'permissions-policy']) {
        assert.equal(headers[name], undefined, `${module}: ${name}`);
      }
    }
    const missing = await get(`${nginx.url}chunk_0-0000000000000000.wasm`);
    assert.equal(missing.status, 404);
    assert.equal(missing.headers['content-security-policy'], CSP_APP);
    assert.equal(missing.headers['x-frame-options'], 'DENY');
  });

  test('precompressed gzip and brotli are served to clients that accept them', async () => {
    const wasm = hashedAssets().find((a) => a.endsWith('.wasm'));
    for (const path of [wasm, 'index.html', 'embed.js', dataFiles()[0], names().datasetFiles.en]) {
      const original = readFileSync(`${DIST}/${path}`);
      const gz = await get(`${nginx.url}${path}`, { 'accept-encoding': 'gzip' });
      assert.equal(gz.headers['content-encoding'], 'gzip', path);
      assert.match(gz.headers.vary ?? '', /Accept-Encoding/i, path);
      // The precompressed file itself (gzip -9 at build time), not an on-the-fly copy.
      assert.deepEqual(gz.body, readFileSync(`${DIST}/${path}.gz`), path);
      assert.deepEqual(gunzipSync(gz.body), original, path);
      const br = await get(`${nginx.url}${path}`, { 'accept-encoding': 'br, gzip' });
      assert.equal(br.headers['content-encoding'], 'br', path);
      assert.deepEqual(brotliDecompressSync(br.body), original, path);
      const plain = await get(`${nginx.url}${path}`);
      assert.equal(plain.headers['content-encoding'], undefined, path);
      assert.deepEqual(plain.body, original, path);
    }
  });

  test('routes get their prerendered page, or index.html; 404 for missing files; no inline script or style', async () => {
    const index = readFileSync(`${DIST}/index.html`);
    const objective = data.objectives[0].id;
    for (const [path, file] of [
      ['fr/', 'fr/index.html'],
      ['fr', 'fr/index.html'],
      ['es/sections', 'es/sections.html'],
      [`en/objectives/${objective}`, `en/objectives/${objective}.html`],
    ]) {
      assert.deepEqual((await get(`${nginx.url}${path}`)).body, readFileSync(`${DIST}/${file}`), path);
    }
    assert.deepEqual((await get(`${nginx.url}fr/objectives/anything`)).body, index);
    // The query is the app's to read: the search page is the prerendered one, whatever it is.
    assert.deepEqual((await get(`${nginx.url}fr/search?q=paris`)).body, readFileSync(`${DIST}/fr/search.html`));
    assert.deepEqual((await get(`${nginx.url}fr/embed`)).body, index, 'a page that is not prerendered');
    for (const lang of LOCALES) {
      for (const file of readdirSync(`${DIST}/${lang}`, { recursive: true }).filter((f) => f.endsWith('.html'))) {
        const page = readFileSync(`${DIST}/${lang}/${file}`, 'utf8');
        // (JSON-LD is data, not a script: the CSP does not apply to it; tests/e2e/head.test.mjs.)
        assert.doesNotMatch(page, /<script(?![^>]*\ssrc=)(?![^>]*\stype="application\/ld\+json")[^>]*>/, `${lang}/${file}: inline script`);
        assert.doesNotMatch(page, /\sstyle=/, `${lang}/${file}: inline style attribute`);
      }
    }
    assert.equal((await get(`${nginx.url}missing-0123456789abcdef.js`)).status, 404);
    assert.equal((await get(`${nginx.url}data/missing.json`)).status, 404);
    assert.equal((await get(`${nginx.url}_headers`)).status, 404);
    const html = index.toString();
    assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/, 'inline script');
    assert.doesNotMatch(html, /\sstyle=/, 'inline style attribute');
    assert.match(html, /<script type="module" src="\/loader-[0-9a-f]{16}\.js" integrity="sha384-/);
  });

  test('a build under a sub-path: the same headers under /uclg/atlas/, nothing outside', async () => {
    const sub = await startNginx(DIST_SUB, '/uclg/atlas/');
    try {
      const app = await get(`${sub.url}fr/vision`);
      assert.equal(app.status, 200);
      assert.deepEqual(app.body, readFileSync(`${DIST_SUB}/fr/vision.html`), 'the prerendered page');
      assert.equal(app.headers['content-security-policy'], CSP_APP);
      const embed = await get(`${sub.url}embed/fr/map`);
      assert.equal(embed.headers['content-security-policy'], CSP_EMBED);
      assert.equal((await get(`${sub.url}embed.js`, { 'accept-encoding': 'gzip' })).headers['content-encoding'], 'gzip');
      assert.equal((await get(sub.url.replace('/uclg/atlas/', '/index.html'))).status, 404);
      const page = await watched();
      await page.goto(`${sub.url}en/figures`);
      assert.equal(await heading(page), ui.en.figures.title);
      assert.deepEqual(page.violations, []);
      assert.deepEqual(page.errors, []);
      await page.close();
    } finally {
      await sub.close();
    }
  });
});

describe('the service worker precaches exactly what nginx serves', () => {
  for (const [dist, base] of [
    [DIST, '/'],
    [DIST_SUB, '/uclg/atlas/'],
  ]) {
    test(`every precached URL answers 200 (${base})`, async () => {
      const server = base === '/' ? nginx : await startNginx(dist, base);
      try {
        const list = precached(dist);
        assert.ok(list.includes('index.html') && list.some((p) => p.endsWith('.wasm')), 'the app is precached');
        assert.ok(!list.includes('_headers'), 'the static hosts’ header file is not served, so not precached');
        const failed = [];
        for (const path of list) {
          const { status } = await get(`${server.url}${path}`);
          if (status !== 200) failed.push(`${path}: ${status}`);
        }
        assert.deepEqual(failed, []);
      } finally {
        if (server !== nginx) await server.close();
      }
    });
  }
});

/**
 * The headers a static host gives `path` from a `_headers` file, as Cloudflare Pages reads
 * it: every rule whose pattern matches applies, in order; `! Name` removes a header.
 */
function headersFileFor(text, path) {
  const headers = new Map();
  let applies = false;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .split('*')
          .map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'))
          .join('.*')}$`,
      );
      applies = pattern.test(path);
    } else if (applies) {
      const entry = line.trim();
      if (entry.startsWith('!')) headers.delete(entry.slice(1).trim().toLowerCase());
      else {
        const [name, ...value] = entry.split(':');
        headers.set(name.trim().toLowerCase(), value.join(':').trim());
      }
    }
  }
  return headers;
}

describe('deploy/_headers and deploy/nginx.conf agree', () => {
  for (const [dist, base] of [
    [DIST, '/'],
    [DIST_SUB, '/uclg/atlas/'],
  ]) {
    test(`the same headers for the same paths (${base})`, async () => {
      const server = base === '/' ? nginx : await startNginx(dist, base);
      try {
        const rules = readFileSync(`${dist}/_headers`, 'utf8');
        const wasm = buildAssets(dist).find((n) => n.endsWith('.wasm'));
        const paths = [
          '',
          'fr/',
          'en/sections',
          `es/objectives/${data.objectives[0].id}`,
          'no/such/route',
          'embed/fr/map',
          `embed/en/sections/${data.sections[0].id}`,
          'index.html',
          'sw.js',
          'embed.js',
          'manifest.webmanifest',
          'data/atlas.json',
          wasm,
        ];
        const names = new Set(
          rules
            .split('\n')
            .filter((l) => /^\s+[A-Za-z-]+:/.test(l))
            .map((l) => l.trim().split(':')[0].toLowerCase()),
        );
        assert.ok(names.has('content-security-policy') && names.has('cache-control'), [...names].join());
        for (const path of paths) {
          const expected = headersFileFor(rules, `${base}${path}`);
          const { headers } = await get(`${server.url}${path}`);
          for (const name of names) {
            assert.equal(headers[name], expected.get(name), `${base}${path}: ${name}`);
          }
        }
      } finally {
        if (server !== nginx) await server.close();
      }
    });
  }
});

describe('Content-Security-Policy in the browser', () => {
  for (const lang of LOCALES) {
    test(`${lang}: every route and every embed renders with zero CSP violations`, async () => {
      const page = await watched({ viewport: { width: 1000, height: 800 } });
      const paths = [...routes(lang).map(([route]) => `${lang}/${route}`), ...embedRoutes().map((route) => `embed/${lang}/${route}`)];
      for (const path of paths) {
        await page.goto(`${nginx.url}${path}`);
        await heading(page);
        // The map and any late view have drawn.
        await page.waitForLoadState('networkidle');
        assert.deepEqual(page.violations.slice(0, 3), [], `${path}: ${page.violations.length} CSP violations`);
      }
      // The interactive parts too: the embed dialog with its preview, the theme toggle.
      await page.goto(`${nginx.url}${lang}/objectives/${data.objectives[0].id}`);
      await heading(page);
      await page.getByTestId('embed-button').click();
      await page.frameLocator('[data-testid=embed-preview]').locator('main h1').waitFor();
      await page.keyboard.press('Escape');
      await page.getByTestId('theme-toggle').click();
      assert.deepEqual(page.violations, []);
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }
});

describe('framing', () => {
  test('a partner page can frame /embed/ views but not the app’s pages', async () => {
    const url = partner.page(
      '/framing.html',
      `
      <iframe id="app" src="${nginx.url}fr/vision" title="app"></iframe>
      <iframe id="embed" src="${nginx.url}embed/fr/figures" title="embed"></iframe>`,
    );
    const page = await open(browser, { allow: [/frame-ancestors|Refused to (display|frame)/] });
    await page.goto(url);
    const embedded = page.frameLocator('#embed').locator('main h1');
    assert.equal((await embedded.textContent({ timeout: 15000 })).trim(), ui.fr.figures.title);
    // The app's page is refused: the frame holds Chromium's error page, never the atlas.
    const app = await (await page.$('#app')).contentFrame();
    await app.waitForURL(/^chrome-error:/, { timeout: 5000 });
    assert.equal(await app.locator('main h1').count(), 0);
    await page.close();
  });
});

describe('XSS payloads stay inert', () => {
  const payload = '<img src=x onerror="pwned(1)"><script>pwned(2)</script>"\'><svg onload=pwned(3)>';
  const q = encodeURIComponent(payload);
  const paths = [
    `embed/fr/sections/${q}`,
    `embed/fr/objectives/${q}`,
    `embed/${q}/map`,
    `embed/fr/${q}`,
    `embed/fr/map?theme=${q}`,
    `embed/fr/figures?theme=dark&id=${q}&${q}=${q}`,
    `embed/en/initiatives?theme=${encodeURIComponent('dark" onload="pwned(4)')}`,
    `fr/objectives/${q}`,
    `fr/sections/${q}`,
    `fr/initiatives/${q}`,
    `${q}/vision`,
    `fr/${q}`,
    `fr/search?q=${q}`,
    `en/search?q=${encodeURIComponent('javascript:pwned(5)')}#${q}`,
  ];
  test('in every route parameter and query option: no script runs, no markup is injected', async () => {
    const page = await watched();
    for (const path of paths) {
      await page.goto(`${nginx.url}${path}`);
      await heading(page);
      // No sleep before looking: every image has loaded or failed (an injected onerror would
      // have run), then a genuine call goes through the same binding as a payload's would;
      // bindings arrive in order, so once it is here, any payload's call is here too.
      await page.waitForFunction(() => [...document.images].every((img) => img.complete), null, { timeout: 5000 });
      await page.evaluate(() => window.pwned('sentinel'));
      assert.deepEqual(page.pwned.splice(0), ['sentinel'], path);
      const injected = await page.evaluate(() => ({
        img: document.querySelectorAll('img[src=x], svg[onload], [onerror], [onload]').length,
        // (leptos_i18n leaves an empty <script> placeholder: only scripts with code count.)
        scripts: [...document.scripts].filter((s) => !s.src && s.textContent.trim()).length,
        theme: document.documentElement.getAttribute('data-theme'),
      }));
      assert.deepEqual(injected.img, 0, path);
      assert.equal(injected.scripts, 0, path);
      assert.ok(injected.theme === null || ['light', 'dark'].includes(injected.theme), `${path}: data-theme ${injected.theme}`);
    }
    assert.deepEqual(page.pwned, []);
    assert.deepEqual(page.violations, []);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
