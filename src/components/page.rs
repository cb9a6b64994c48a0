//! What every page has: document metadata, a heading with breadcrumbs, a share button.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::components::A;

use crate::components::{is_embedded, use_locale, EmbedButton, ShareButton};
use crate::i18n::{t, t_string, use_i18n};
use crate::model::Locale;
use crate::paths::{EmbedView, Paths};

/// Document title, description, canonical URL, hreflang alternates and Open Graph tags
/// for the page at `route` (below the locale prefix, e.g. `objectives/representation`).
#[component]
pub fn PageMeta(
    /// The page's own title, without the site name.
    #[prop(into)]
    title: String,
    #[prop(into)] description: String,
    #[prop(into)] route: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale().get_untracked();
    let paths = expect_context::<Paths>();
    let origin = leptos::prelude::window()
        .location()
        .origin()
        .unwrap_or_default();
    let url = move |l: Locale| format!("{origin}{}", paths.href(l, &route));
    let full_title = format!("{title} · {}", t_string!(i18n, app.name));
    let og_locale = match locale {
        Locale::Fr => "fr_FR",
        Locale::En => "en_GB",
        Locale::Es => "es_ES",
    };
    view! {
        <Title text=full_title.clone() />
        <Meta name="description" content=description.clone() />
        <Link rel="canonical" href=url(locale) />
        <Link rel="alternate" hreflang="fr" href=url(Locale::Fr) />
        <Link rel="alternate" hreflang="en" href=url(Locale::En) />
        <Link rel="alternate" hreflang="es" href=url(Locale::Es) />
        <Link rel="alternate" hreflang="x-default" href=url(Locale::En) />
        <Meta property="og:type" content="website" />
        <Meta property="og:site_name" content=t_string!(i18n, app.name) />
        <Meta property="og:title" content=full_title />
        <Meta property="og:description" content=description />
        <Meta property="og:url" content=url(locale) />
        <Meta property="og:locale" content=og_locale />
    }
}

/// A step of the breadcrumb trail: label and route below the locale.
pub type Crumb = (String, String);

/// The page heading: breadcrumbs (on detail pages), an optional kicker line above the
/// title, the title itself, an optional lead paragraph, the share button and, on views
/// partners can embed, the embed button. Inside an embed: the title, kicker and lead only.
#[component]
pub fn PageHeader(
    #[prop(into)] title: String,
    #[prop(optional, into)] kicker: Option<String>,
    #[prop(optional, into)] lead: Option<String>,
    /// Ancestors of this page, from the home page down.
    #[prop(optional)]
    crumbs: Vec<Crumb>,
    /// The embeddable view this page shows, if any.
    #[prop(optional)]
    embed: Option<EmbedView>,
) -> impl IntoView {
    let embedded = is_embedded();
    let i18n = use_i18n();
    let locale = use_locale().get_untracked();
    let paths = expect_context::<Paths>();
    let title_text = title.clone();
    let trail = (!crumbs.is_empty() && !embedded).then(|| {
        let home = paths.href(locale, "");
        let items = crumbs
            .into_iter()
            .map(|(label, route)| view! { <li><A href=paths.href(locale, &route)>{label}</A></li> })
            .collect_view();
        view! {
            <nav class="breadcrumbs" aria-label=move || t_string!(i18n, page.breadcrumbs)>
                <ol>
                    <li><A href=home>{t!(i18n, nav.home)}</A></li>
                    {items}
                </ol>
            </nav>
        }
    });
    view! {
        <header class="page-header">
            {trail}
            {kicker.map(|k| view! { <p class="eyebrow">{k}</p> })}
            <h1 tabindex="-1">{title}</h1>
            {lead.map(|l| view! { <p class="lead">{l}</p> })}
            {(!embedded).then(|| view! {
                <div class="page-actions no-print">
                    <ShareButton />
                    {embed.map(|view| view! { <EmbedButton view title=title_text.clone() /> })}
                </div>
            })}
        </header>
    }
}
