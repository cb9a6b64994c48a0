// What crawlers and link previews read, without JavaScript: every prerendered page's head
// (canonical, hreflang, Open Graph, Twitter card, JSON-LD), the social images (the atlas's,
// and each section's on its page: that section in its colour on the map; none precached),
// sitemap.xml and robots.txt, behind the shipped nginx. Then, with JavaScript, that the app's head is
// the same once it has taken over, and that the JSON-LD breaks no Content-Security-Policy.
//
// Builds: ATLAS_DIST (at /) and ATLAS_DIST_SUB (under /uclg/atlas/) are built with the
// origin ATLAS_SITE_URL (default https://atlas.example.org: `scripts/build --site-url …`);
// ATLAS_DIST_BARE (default build/dist-next) without an origin.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import pngjs from 'pngjs';
import { DIST, DIST_SUB, LOCALES, ROOT, data, launch, names, open, precached, readRoutes, routes, startNginx, ui } from './harness.mjs';

const SITE = (process.env.ATLAS_SITE_URL ?? 'https://atlas.example.org').replace(/\/$/, '');
const DIST_BARE = process.env.ATLAS_DIST_BARE ?? `${ROOT}build/dist-next`;
/** The pages the build prerenders, by the app's own list (`paths::Route::all`). */
const PRERENDERED = new Set(
  readRoutes()
    .filter(([, kind]) => kind === 'prerendered')
    .map(([path]) => path),
);
const OG_LOCALE = { fr: 'fr_FR', en: 'en_GB', es: 'es_ES' };
const SOCIAL = { width: 1200, height: 630, maxBytes: 100 * 1024 };
const HEAD_TAGS =
  'link[rel="canonical"], link[rel="alternate"][hreflang], meta[property^="og:"], meta[name^="twitter:"], script[type="application/ld+json"]';

/**
 * The image a page's link previews show, below the base: a section's page its own (that
 * section on the map), every other page the atlas's.
 */
function previewImage(lang, route) {
  const [first, id] = route.split('/');
  return first === 'sections' && id ? `social/section-${id}-${lang}.png` : `social/${lang}.png`;
}

/** Its text alternative: the section's, with its name, or the atlas's. */
function previewAlt(lang, route, heading) {
  const [first, id] = route.split('/');
  return first === 'sections' && id ? ui[lang].preview.section_image_alt.replace('{{ name }}', heading) : ui[lang].page.social_image_alt;
}

/** Each section's colour in the light theme, as the map, the legend and its page show it (style/main.css). */
function sectionColour(id) {
  const css = readFileSync(`${ROOT}style/main.css`, 'utf8');
  const hex = css.match(new RegExp(`--c-${id}: #([0-9a-f]{6});`))?.[1];
  assert.ok(hex, `no --c-${id} in style/main.css`);
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
}

/** How many pixels of the right half of a PNG (where the cards draw the map) have each colour. */
function mapColours(png) {
  const counts = new Map();
  for (let y = 0; y < png.height; y++) {
    for (let x = png.width / 2; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      const key = png.data.subarray(i, i + 3).join(',');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** The prerendered routes of `lang` by the route list: [route, file, title]. */
function pages(lang) {
  return routes(lang)
    .filter(([route]) => PRERENDERED.has(route))
    .map(([route, title]) => [route, route === '' ? `${lang}/index.html` : `${lang}/${route}.html`, title]);
}

/** The route's ancestors below the home page: [label, route]. */
function crumbs(lang, route) {
  const [first, id] = route.split('/');
  if (!id) return null;
  const parent = { objectives: ui[lang].objectives.title, sections: ui[lang].sections.title, initiatives: ui[lang].nav.initiatives }[first];
  return [
    [ui[lang].nav.home, ''],
    [parent, first],
  ];
}

/** Everything the head says, read from the page as served, with JavaScript disabled. */
async function readHead(page) {
  return page.evaluate((selector) => {
    const meta = (key) => [...document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((m) => m.content);
    return {
      title: document.title,
      description: meta('description').at(-1),
      canonical: [...document.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute('href')),
      alternates: Object.fromEntries(
        [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.hreflang, l.getAttribute('href')]),
      ),
      og: Object.fromEntries(
        [
          'og:type',
          'og:site_name',
          'og:title',
          'og:description',
          'og:url',
          'og:locale',
          'og:image',
          'og:image:type',
          'og:image:width',
          'og:image:height',
          'og:image:alt',
          'twitter:card',
          'twitter:title',
          'twitter:description',
          'twitter:image',
          'twitter:image:alt',
        ].map((k) => [k, meta(k).length > 1 ? meta(k) : meta(k)[0]]),
      ),
      localeAlternates: meta('og:locale:alternate'),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent)),
      unmarked: [...document.head.querySelectorAll(selector)].filter((t) => !t.hasAttribute('data-prerendered')).length,
      inlineScripts: [...document.querySelectorAll('script:not([src])')].map((s) => s.type),
    };
  }, HEAD_TAGS);
}

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const [dist, base] of [
  [DIST, '/'],
  [DIST_SUB, '/uclg/atlas/'],
]) {
  describe(`the static head with a known origin (${base})`, () => {
    let nginx, page;
    const url = (path) => `${SITE}${base}${path}`;
    before(async () => {
      nginx = await startNginx(dist, base);
      const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
      page = await context.newPage();
    });
    after(async () => {
      await page?.context().close();
      await nginx?.close();
    });

    for (const lang of LOCALES) {
      test(`${lang}: every prerendered page carries its full head`, async () => {
        const files = readdirSync(`${dist}/${lang}`, { recursive: true })
          .filter((f) => f.endsWith('.html'))
          .map((f) => `${lang}/${f}`)
          .sort();
        assert.deepEqual(
          files,
          pages(lang)
            .map(([, file]) => file)
            .sort(),
          'the prerendered pages are the route list',
        );
        for (const [route, file, heading] of pages(lang)) {
          const response = await page.goto(`${nginx.url}${lang}/${route}`);
          assert.equal(response.status(), 200, file);
          const head = await readHead(page);
          const at = `${base}${file}`;
          const self = url(`${lang}/${route}`);
          assert.deepEqual(head.canonical, [self], `${at}: one canonical link`);
          assert.deepEqual(
            head.alternates,
            {
              fr: url(`fr/${route}`),
              en: url(`en/${route}`),
              es: url(`es/${route}`),
              'x-default': url(`en/${route}`),
            },
            `${at}: hreflang`,
          );
          const image = url(previewImage(lang, route));
          const alt = previewAlt(lang, route, heading);
          assert.deepEqual(
            head.og,
            {
              'og:type': 'website',
              'og:site_name': ui[lang].app.name,
              'og:title': head.title,
              'og:description': head.description,
              'og:url': self,
              'og:locale': OG_LOCALE[lang],
              'og:image': image,
              'og:image:type': 'image/png',
              'og:image:width': String(SOCIAL.width),
              'og:image:height': String(SOCIAL.height),
              'og:image:alt': alt,
              'twitter:card': 'summary_large_image',
              'twitter:title': head.title,
              'twitter:description': head.description,
              'twitter:image': image,
              'twitter:image:alt': alt,
            },
            `${at}: Open Graph and Twitter card`,
          );
          assert.ok(head.title.startsWith(heading) && head.title.endsWith(ui[lang].app.name), `${at}: title ${head.title}`);
          assert.ok(head.description?.trim(), `${at}: description`);
          assert.deepEqual(
            head.localeAlternates.sort(),
            LOCALES.filter((l) => l !== lang)
              .map((l) => OG_LOCALE[l])
              .sort(),
            `${at}: og:locale:alternate`,
          );
          assert.equal(head.unmarked, 0, `${at}: every copied tag is marked data-prerendered, for the app to replace`);
          assert.deepEqual(
            head.inlineScripts.filter((t) => t !== 'application/ld+json'),
            [],
            `${at}: no inline script but JSON-LD`,
          );

          const trail = crumbs(lang, route);
          if (route === '') {
            assert.equal(head.jsonLd.length, 1, `${at}: JSON-LD`);
            const [org] = head.jsonLd;
            assert.equal(org['@context'], 'https://schema.org');
            assert.equal(org['@type'], 'Organization');
            assert.equal(org.name, data.organisation.name[lang]);
            assert.equal(org.alternateName, data.organisation.acronym[lang]);
            assert.equal(org.url, self);
            assert.equal(org.logo, url('icons/icon-512.png'));
            assert.equal(org.foundingDate, data.organisation.founded.date);
            assert.equal(org.address.addressLocality, data.organisation.secretariat.city.name[lang]);
            assert.deepEqual(org.sameAs, [data.organisation.secretariat.website]);
          } else if (trail) {
            assert.equal(head.jsonLd.length, 1, `${at}: JSON-LD`);
            const [list] = head.jsonLd;
            assert.equal(list['@type'], 'BreadcrumbList');
            assert.deepEqual(
              list.itemListElement,
              [...trail, [heading, route]].map(([name, r], i) => ({
                '@type': 'ListItem',
                position: i + 1,
                name,
                item: url(`${lang}/${r}`),
              })),
              `${at}: breadcrumbs, from the home page to the page itself`,
            );
          } else if (route === 'sources') {
            // The open data as a schema.org Dataset (tests/e2e/cite.test.mjs reads it in full).
            assert.deepEqual(
              head.jsonLd.map((b) => b['@type']),
              ['Dataset'],
              `${at}: the open data's Dataset`,
            );
            assert.equal(head.jsonLd[0].url, `${url(`${lang}/sources`)}#data`);
          } else {
            assert.deepEqual(head.jsonLd, [], `${at}: no JSON-LD on a list page`);
          }
        }
      });

      test(`${lang}: the social image is a 1200×630 PNG under 100 KB`, async () => {
        const png = readFileSync(`${dist}/social/${lang}.png`);
        assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
        assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR');
        assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [SOCIAL.width, SOCIAL.height]);
        assert.ok(png.length < SOCIAL.maxBytes, `${png.length} bytes`);
        assert.ok(png.length > 10 * 1024, `${png.length} bytes: too small to hold the map`);
        const served = await fetch(`${nginx.url}social/${lang}.png`);
        assert.equal(served.status, 200);
        assert.equal(served.headers.get('content-type'), 'image/png');
      });
    }

    test('each section page previews that section: its own 1200×630 PNG under 100 KB, in its colour on the map', async () => {
      // (The head's tags are checked above, page by page: a section's page names its own image.)
      for (const lang of LOCALES) {
        for (const section of data.sections) {
          const file = `social/section-${section.id}-${lang}.png`;
          const served = await fetch(`${nginx.url}${file}`);
          assert.equal(served.status, 200, file);
          assert.equal(served.headers.get('content-type'), 'image/png', file);
          const bytes = Buffer.from(await served.arrayBuffer());
          assert.deepEqual(bytes, readFileSync(`${dist}/${file}`), `${file}: served as built`);
          assert.ok(bytes.length <= SOCIAL.maxBytes && bytes.length > 10 * 1024, `${file}: ${bytes.length} bytes`);
          const png = pngjs.PNG.sync.read(bytes);
          assert.deepEqual([png.width, png.height], [SOCIAL.width, SOCIAL.height], file);
          // The map shows this section in its own colour, the others muted: of the sections'
          // colours, its own covers the most of the map (the others appear, if at all, in the
          // stripes of the countries it shares).
          const counts = mapColours(png);
          const covered = (id) => counts.get(sectionColour(id).join(',')) ?? 0;
          const own = covered(section.id);
          assert.ok(own >= 50, `${file}: ${own} pixels of its colour on the map`);
          for (const other of data.sections.filter((s) => s.id !== section.id)) {
            assert.ok(covered(other.id) < own, `${file}: more of ${other.id}’s colour (${covered(other.id)}) than its own (${own})`);
          }
        }
        // The atlas's card highlights no section: every one shows in its colour (but the
        // metropolitan section, drawn as an outline only when highlighted).
        const atlas = mapColours(pngjs.PNG.sync.read(readFileSync(`${dist}/social/${lang}.png`)));
        for (const section of data.sections.filter((s) => s.kind === 'regional')) {
          assert.ok((atlas.get(sectionColour(section.id).join(',')) ?? 0) > 0, `social/${lang}.png: ${section.id} in its colour`);
        }
      }
    });

    test('the service worker precaches no social image', () => {
      const list = precached(dist);
      assert.ok(list.includes('index.html'), 'the precache list is read');
      const dir = names().socialDir;
      assert.ok(readdirSync(`${dist}/${dir}`).length >= LOCALES.length * (data.sections.length + 1), `${dir}/ is built`);
      assert.deepEqual(
        list.filter((path) => path.startsWith(`${dir}/`) || (path.endsWith('.png') && path.includes('section-'))),
        [],
        'precached',
      );
    });

    test('sitemap.xml lists every prerendered page with its hreflang alternates; robots.txt points to it', async () => {
      const response = await fetch(`${nginx.url}sitemap.xml`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type'), /^application\/xml/);
      const xml = await response.text();
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        if (doc.querySelector('parsererror')) return null;
        return [...doc.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'url')].map((u) => ({
          loc: u.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'loc')[0].textContent,
          alternates: Object.fromEntries(
            [...u.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map((l) => [
              l.getAttribute('hreflang'),
              l.getAttribute('href'),
            ]),
          ),
        }));
      }, xml);
      assert.ok(parsed, 'well-formed XML');
      const expected = LOCALES.flatMap((lang) =>
        pages(lang).map(([route]) => ({
          loc: url(`${lang}/${route}`),
          alternates: { fr: url(`fr/${route}`), en: url(`en/${route}`), es: url(`es/${route}`), 'x-default': url(`en/${route}`) },
        })),
      );
      const byLoc = (a, b) => a.loc.localeCompare(b.loc);
      assert.deepEqual(parsed.sort(byLoc), expected.sort(byLoc));
      const robots = await fetch(`${nginx.url}robots.txt`);
      assert.equal(robots.status, 200);
      assert.match(await robots.text(), new RegExp(`^Sitemap: ${url('sitemap.xml').replace(/[.]/g, '\\.')}$`, 'm'));
    });
  });
}

describe('the static head without a known origin', () => {
  let nginx, page;
  before(async () => {
    nginx = await startNginx(DIST_BARE);
    const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    page = await context.newPage();
  });
  after(async () => {
    await page?.context().close();
    await nginx?.close();
  });

  test('only the tags that need an absolute URL are left out; no sitemap', async () => {
    for (const lang of LOCALES) {
      for (const [route, file] of pages(lang)) {
        await page.goto(`${nginx.url}${lang}/${route}`);
        const head = await readHead(page);
        assert.deepEqual(head.canonical, [], `${file}: canonical`);
        assert.deepEqual(head.alternates, {}, `${file}: hreflang`);
        for (const key of [
          'og:url',
          'og:image',
          'og:image:width',
          'og:image:height',
          'og:image:alt',
          'twitter:image',
          'twitter:image:alt',
        ]) {
          assert.equal(head.og[key], undefined, `${file}: ${key}`);
        }
        assert.equal(head.og['og:title'], head.title, `${file}: og:title`);
        assert.equal(head.og['og:description'], head.description, `${file}: og:description`);
        assert.equal(head.og['og:site_name'], ui[lang].app.name, `${file}: og:site_name`);
        assert.equal(head.og['og:locale'], OG_LOCALE[lang], `${file}: og:locale`);
        assert.equal(head.localeAlternates.length, 2, `${file}: og:locale:alternate`);
        assert.equal(head.og['twitter:card'], 'summary', `${file}: a card without a large image`);
        assert.equal(head.og['twitter:title'], head.title, `${file}: twitter:title`);
        // The organisation's facts need no URL; the breadcrumbs do.
        if (route === '') {
          assert.equal(head.jsonLd.length, 1, `${file}: Organization`);
          assert.equal(head.jsonLd[0]['@type'], 'Organization');
          assert.equal(head.jsonLd[0].url, undefined);
          assert.equal(head.jsonLd[0].name, data.organisation.name[lang]);
        } else {
          assert.deepEqual(head.jsonLd, [], `${file}: JSON-LD`);
        }
      }
    }
    assert.equal(existsSync(`${DIST_BARE}/sitemap.xml`), false);
    assert.equal((await fetch(`${nginx.url}sitemap.xml`)).status, 404);
    const robots = await (await fetch(`${nginx.url}robots.txt`)).text();
    assert.match(robots, /^User-agent: \*$/m);
    assert.doesNotMatch(robots, /Sitemap/);
    for (const lang of LOCALES) assert.ok(existsSync(`${DIST_BARE}/social/${lang}.png`), `social/${lang}.png`);
  });
});

describe('with JavaScript, the app keeps the same head', () => {
  let nginx;
  before(async () => {
    nginx = await startNginx(DIST_SUB, '/uclg/atlas/');
  });
  after(async () => {
    await nginx?.close();
  });

  test('after the hand-over: the same tags, once each, no CSP violation', async () => {
    const samples = (lang) =>
      [
        '',
        'sections',
        `sections/${data.sections[0].id}`,
        `objectives/${data.objectives[0].id}`,
        `initiatives/${data.pact.initiatives[0].id}`,
        'sources',
      ].map((r) => `${lang}/${r}`);
    const tags = (page) =>
      page.evaluate(
        (selector) =>
          [...document.head.querySelectorAll(selector)]
            .map((t) => {
              const copy = t.cloneNode(true);
              copy.removeAttribute('data-prerendered');
              // (The renderer's comment markers are no content.)
              for (const n of [...copy.childNodes]) if (n.nodeType === Node.COMMENT_NODE) n.remove();
              return copy.outerHTML;
            })
            .sort(),
        HEAD_TAGS,
      );
    const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    const plain = await context.newPage();
    const page = await open(browser);
    await page.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    try {
      for (const lang of LOCALES) {
        for (const path of samples(lang)) {
          await plain.goto(`${nginx.url}${path}`);
          const before = await tags(plain);
          await page.goto(`${nginx.url}${path}`);
          await page.waitForFunction(() => document.head.querySelectorAll('[data-prerendered]').length === 0, null, { timeout: 5000 });
          assert.deepEqual(await tags(page), before, `${path}: the app's head is the prerendered one`);
          assert.deepEqual(await page.evaluate(() => window.violations), [], `${path}: CSP violations`);
        }
      }
      assert.deepEqual(page.errors, []);
    } finally {
      await context.close();
      await page.close();
    }
  });
});
