/*! uclg-atlas embed.js: shows views of the UCLG atlas in partners' pages. No dependencies.
 *
 * Usage, anywhere in a page:
 *   <div data-uclg-atlas="map" data-lang="fr"></div>
 *   <script src="https://ATLAS/embed.js" async></script>
 * Views: map, section (data-id), objective (data-id), figures, initiatives.
 * Options: data-lang = one of the atlas's languages (fr, en, es; default en);
 * data-theme = light | dark | auto.
 *
 * Each placeholder becomes an iframe of the view, sized to its content: the view posts
 * { type: "uclg-atlas:height", height: <CSS px>, id: <frame id> } to this page, and a
 * message is only accepted from the atlas's origin and from the frame it sizes.
 * Placeholders added later: call window.uclgAtlasEmbed() again.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  // The atlas's origin and base, from this script's own address.
  var atlas = new URL('.', script.src);
  var atlasOrigin = atlas.origin;
  // The atlas's languages (the directories of locales/), written by scripts/postbuild/embed.mjs.
  var LANGS = __LANGS__;
  var THEMES = ['light', 'dark', 'auto'];
  var ID = /^[a-z0-9-]{1,64}$/;
  // The views, by name: their path's first segment and whether they take a record's id
  // (data-id), from the atlas's table of pages, written by scripts/postbuild/embed.mjs.
  var VIEWS = __VIEWS__;
  // The frames' accessible names, per language and view (locales/<lang>/embed.json), written
  // by scripts/postbuild/embed.mjs.
  var TITLES = __TITLES__;
  var frames = [];
  var count = 0;

  function frameFor(el) {
    var view = el.getAttribute('data-uclg-atlas');
    if (!Object.prototype.hasOwnProperty.call(VIEWS, view)) return null;
    var lang = el.getAttribute('data-lang');
    if (LANGS.indexOf(lang) < 0) lang = 'en';
    var id = el.getAttribute('data-id');
    var spec = VIEWS[view];
    if (spec.id && !(id && ID.test(id))) return null;
    var route = spec.id ? spec.segment + '/' + id : spec.segment;
    var theme = el.getAttribute('data-theme');
    var frameId = 'uclg-atlas-' + ++count;
    var url = new URL('embed/' + lang + '/' + route, atlas);
    if (THEMES.indexOf(theme) >= 0 && theme !== 'auto') url.searchParams.set('theme', theme);
    url.searchParams.set('id', frameId);
    var iframe = document.createElement('iframe');
    iframe.src = url.href;
    iframe.title = TITLES[lang][view];
    iframe.loading = 'lazy';
    iframe.referrerPolicy = 'strict-origin-when-cross-origin';
    iframe.setAttribute('data-uclg-atlas-frame', frameId);
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.border = '0';
    iframe.style.height = (view === 'map' ? 560 : 640) + 'px';
    return iframe;
  }

  function scan() {
    var found = document.querySelectorAll('[data-uclg-atlas]:not([data-uclg-atlas-ready])');
    for (var i = 0; i < found.length; i++) {
      var el = found[i];
      el.setAttribute('data-uclg-atlas-ready', '');
      var iframe = frameFor(el);
      if (!iframe) continue;
      el.appendChild(iframe);
      frames.push(iframe);
    }
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== atlasOrigin) return;
    var data = event.data;
    if (!data || data.type !== 'uclg-atlas:height') return;
    var height = Number(data.height);
    if (!Number.isFinite(height) || height < 0 || height > 100000) return;
    for (var i = 0; i < frames.length; i++) {
      var iframe = frames[i];
      if (iframe.contentWindow && event.source === iframe.contentWindow) {
        iframe.style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });

  window.uclgAtlasEmbed = scan;
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', scan);
  } else {
    scan();
  }
})();
