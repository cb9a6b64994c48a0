//! `/{lang}/embed`: how partner sites embed views of the atlas.

use leptos::prelude::*;

use crate::components::{loaded, PageHeader, PageMeta};
use crate::embed_code::Site;
use crate::i18n::{t_string, use_i18n};
use crate::paths::{EmbedView, Route, Theme};
use crate::state::{use_locale, use_paths};

/// The partners' guide: the views, the two codes, the options, the height message.
#[component]
pub fn EmbedGuide() -> impl IntoView {
    loaded(|data| {
        let objective = data
            .objectives
            .first()
            .map(|o| o.id.clone())
            .unwrap_or_default();
        let section = data
            .sections
            .first()
            .map(|s| s.id.clone())
            .unwrap_or_default();
        view! { <EmbedGuideBody objective section /> }
    })
}

#[component]
fn EmbedGuideBody(objective: String, section: String) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let site = Site {
        origin: crate::state::browser::origin(),
        paths: use_paths(),
    };
    let views = [
        (t_string!(i18n, embed.map_title).to_owned(), EmbedView::Map),
        (
            t_string!(i18n, embed.label_section).to_owned(),
            EmbedView::Section(section),
        ),
        (
            t_string!(i18n, embed.label_objective).to_owned(),
            EmbedView::Objective(objective),
        ),
        (t_string!(i18n, nav.figures).to_owned(), EmbedView::Figures),
        (
            t_string!(i18n, nav.initiatives).to_owned(),
            EmbedView::Initiatives,
        ),
    ];
    let rows = views
        .iter()
        .map(|(label, view)| {
            let (name, _) = view.script_name();
            view! {
                <tr>
                    <th scope="row">{label.clone()}</th>
                    <td><code>{name}</code></td>
                    <td><code>{site.embed_url(locale, view, Theme::Auto)}</code></td>
                </tr>
            }
        })
        .collect_view();
    let script_example = site.script_snippet(locale, &EmbedView::Map, Theme::Auto);
    let iframe_example = site.iframe_snippet(
        locale,
        &EmbedView::Map,
        Theme::Auto,
        t_string!(i18n, embed.map_title),
    );
    let listener = format!(
        "{{ \"type\": \"uclg-atlas:height\", \"height\": 812, \"id\": \"…\" }}\n\n\
         window.addEventListener('message', (event) => {{\n  \
         if (event.origin !== '{origin}' || event.source !== frame.contentWindow) return;\n  \
         if (event.data?.type === 'uclg-atlas:height') frame.style.height = `${{event.data.height}}px`;\n\
         }});",
        origin = site.origin
    );
    view! {
        <PageMeta title=t_string!(i18n, embed.docs_title) description=t_string!(i18n, embed.docs_lead) route=Route::EmbedGuide />
        <PageHeader title=t_string!(i18n, embed.docs_title) lead=t_string!(i18n, embed.docs_lead) />
        <section class="prose" aria-labelledby="embed-how">
            <h2 id="embed-how">{t_string!(i18n, embed.docs_how)}</h2>
            <p>{t_string!(i18n, embed.docs_how_button)}</p>
            <p>{t_string!(i18n, embed.docs_how_script)}</p>
            <pre class="code" tabindex="0" data-testid="guide-script"><code>{script_example}</code></pre>
            <p>{t_string!(i18n, embed.docs_how_iframe)}</p>
            <pre class="code" tabindex="0" data-testid="guide-iframe"><code>{iframe_example}</code></pre>
        </section>
        <section aria-labelledby="embed-views">
            <h2 id="embed-views">{t_string!(i18n, embed.docs_views)}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="embed-views">
                <table class="data-table">
                    <thead>
                        <tr>
                            <th scope="col">{t_string!(i18n, embed.docs_view_name)}</th>
                            <th scope="col">{t_string!(i18n, embed.docs_view_attribute)}</th>
                            <th scope="col">{t_string!(i18n, embed.docs_view_address)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
        <section class="prose" aria-labelledby="embed-options">
            <h2 id="embed-options">{t_string!(i18n, embed.docs_options)}</h2>
            <dl class="options">
                <dt><code>"data-lang"</code></dt>
                <dd>{t_string!(i18n, embed.docs_option_lang)}</dd>
                <dt><code>"data-id"</code></dt>
                <dd>{t_string!(i18n, embed.docs_option_id)}</dd>
                <dt><code>"data-theme"</code>" · "<code>"?theme="</code></dt>
                <dd>{t_string!(i18n, embed.docs_option_theme)}</dd>
            </dl>
        </section>
        <section class="prose" aria-labelledby="embed-height">
            <h2 id="embed-height">{t_string!(i18n, embed.docs_height)}</h2>
            <p>{t_string!(i18n, embed.docs_height_text)}</p>
            <pre class="code" tabindex="0"><code>{listener}</code></pre>
        </section>
        <section class="prose" aria-labelledby="embed-security">
            <h2 id="embed-security">{t_string!(i18n, embed.docs_security)}</h2>
            <p>{t_string!(i18n, embed.docs_security_text)}</p>
        </section>
    }
}
