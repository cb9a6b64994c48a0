//! What every page has: document metadata, a heading with breadcrumbs, a share button.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Script, Title};
use leptos_router::components::A;

use crate::components::{CiteButton, EmbedButton, ShareButton};
use crate::head;
use crate::i18n::{t_string, use_i18n};
use crate::model::{Locale, Organisation};
use crate::paths::{EmbedView, Paths, Route};
use crate::state::paths::site_origin;
use crate::state::{is_embedded, use_locale, use_paths};

/// Document title and description, and what crawlers and link previews read: Open Graph
/// and Twitter card tags, and, when the build knows the deployment's origin (`crate::head`),
/// the canonical URL, hreflang alternates, the social image and JSON-LD (`Organization`
/// on the home page, `BreadcrumbList` on pages with a breadcrumb trail). The prerender
/// copies these tags into each page's static HTML; the app takes them over
/// (`state/first_paint.rs`), so both say the same.
#[component]
pub fn PageMeta(
    /// The page's own title, without the site name.
    #[prop(into)]
    title: String,
    #[prop(into)] description: String,
    /// The page's route.
    route: Route,
    /// Ancestors of this page below the home page, as given to its [`PageHeader`].
    #[prop(optional)]
    crumbs: Vec<Crumb>,
    /// On the home page: the organisation it presents (JSON-LD `Organization`).
    #[prop(optional)]
    organisation: Option<Organisation>,
    /// JSON-LD the page adds of its own (the Sources page's `Dataset`).
    #[prop(default = None)]
    structured_data: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let paths = use_paths();
    let site_name = t_string!(i18n, app.name).to_owned();
    let full_title = format!(
        "{title}{}{site_name}",
        t_string!(i18n, punctuation.separator)
    );
    // A section's page previews that section on the map (its own image); every other page
    // the atlas's.
    let image_alt = match &route {
        Route::Section(_) => t_string!(i18n, preview.section_image_alt, name = &title).to_string(),
        _ => t_string!(i18n, page.social_image_alt).to_owned(),
    };
    let alternates = Locale::ALL
        .into_iter()
        .filter(|&l| l != locale)
        .map(|l| view! { <Meta property="og:locale:alternate" content=head::og_locale(l) /> })
        .collect_view();
    let origin = site_origin();
    // The organisation's facts need no URL; a breadcrumb trail is made of URLs.
    let json_ld = if let Some(org) = &organisation {
        let home = origin.map(|o| {
            let url = head::absolute(o, &paths.href(locale, &Route::Home));
            (url, head::absolute(o, &paths.file(ICON)))
        });
        let home = home
            .as_ref()
            .map(|(url, logo)| (url.as_str(), logo.as_str()));
        Some(head::organization(org, locale, home))
    } else if let (false, Some(origin)) = (crumbs.is_empty(), origin) {
        let url = |route: &Route| head::absolute(origin, &paths.href(locale, route));
        let home = (t_string!(i18n, nav.home).to_owned(), url(&Route::Home));
        let trail: Vec<(String, String)> = std::iter::once(home)
            .chain(crumbs.iter().map(|(label, r)| (label.clone(), url(r))))
            .chain(std::iter::once((title.clone(), url(&route))))
            .collect();
        Some(head::breadcrumb_list(&trail))
    } else {
        None
    };
    let absolute = origin.map(|origin| {
        let url = |l: Locale| head::absolute(origin, &paths.href(l, &route));
        let image = head::absolute(origin, &paths.file(&head::page_image(&route, locale)));
        view! {
            <Link rel="canonical" href=url(locale) />
            <Link rel="alternate" hreflang="fr" href=url(Locale::Fr) />
            <Link rel="alternate" hreflang="en" href=url(Locale::En) />
            <Link rel="alternate" hreflang="es" href=url(Locale::Es) />
            <Link rel="alternate" hreflang="x-default" href=url(Locale::En) />
            <Meta property="og:url" content=url(locale) />
            <Meta property="og:image" content=image.clone() />
            <Meta property="og:image:type" content="image/png" />
            <Meta property="og:image:width" content=head::SOCIAL_IMAGE_WIDTH.to_string() />
            <Meta property="og:image:height" content=head::SOCIAL_IMAGE_HEIGHT.to_string() />
            <Meta property="og:image:alt" content=image_alt.clone() />
            <Meta name="twitter:image" content=image />
            <Meta name="twitter:image:alt" content=image_alt />
        }
    });
    // A large image card when there is an image to show.
    let card = if absolute.is_some() {
        "summary_large_image"
    } else {
        "summary"
    };
    view! {
        <Title text=full_title.clone() />
        <Meta name="description" content=description.clone() />
        <Meta property="og:type" content="website" />
        <Meta property="og:site_name" content=site_name />
        <Meta property="og:title" content=full_title.clone() />
        <Meta property="og:description" content=description.clone() />
        <Meta property="og:locale" content=head::og_locale(locale) />
        {alternates}
        <Meta name="twitter:card" content=card />
        <Meta name="twitter:title" content=full_title />
        <Meta name="twitter:description" content=description />
        {absolute}
        {json_ld.map(|text| view! { <Script type_="application/ld+json">{text}</Script> })}
        {structured_data.map(|text| view! { <Script type_="application/ld+json">{text}</Script> })}
    }
}

/// The app's icon, below the base: the `Organization`'s logo.
const ICON: &str = "icons/icon-512.png";

/// A step of the breadcrumb trail: label and page.
pub type Crumb = (String, Route);

/// The page heading: breadcrumbs (on detail pages), an optional kicker line above the
/// title, the title itself, an optional lead paragraph, the share and cite buttons and, on
/// views partners can embed, the embed button. Inside an embed: the title, kicker and lead
/// only.
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
    /// More of the page's own actions, after share and embed (the print button, rendered
    /// by the pages that have a brief: its code stays in their chunks).
    #[prop(optional, into)]
    tools: Option<ViewFn>,
) -> impl IntoView {
    let embedded = is_embedded();
    let i18n = use_i18n();
    let locale = use_locale();
    let paths = use_paths();
    let title_text = title.clone();
    let trail = (!crumbs.is_empty() && !embedded).then(|| {
        let home = paths.href(locale, &Route::Home);
        let items = crumbs
            .into_iter()
            .map(|(label, route)| view! { <li><A href=paths.href(locale, &route)>{label}</A></li> })
            .collect_view();
        view! {
            <nav class="breadcrumbs" aria-label=t_string!(i18n, page.breadcrumbs)>
                <ol>
                    <li><A href=home>{t_string!(i18n, nav.home)}</A></li>
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
                    <CiteButton title=title_text.clone() />
                    {embed.map(|view| view! { <EmbedButton view title=title_text.clone() /> })}
                    {tools.map(|tools| tools.run())}
                </div>
            })}
        </header>
    }
}

/// The id of the Sources page's open data section (src/pages/sources/open_data.rs).
pub const DATA_ANCHOR: &str = "data";

/// The href of the open data section in `locale`.
pub fn data_href(paths: &Paths, locale: Locale) -> String {
    paths.anchored(locale, &Route::Sources, DATA_ANCHOR)
}

/// A link to the open data downloads, on the pages whose content they offer as tables.
#[component]
pub fn DataLink() -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let href = data_href(&use_paths(), locale);
    view! {
        <p class="data-link no-print">
            <A href=href attr:data-testid="data-link">{t_string!(i18n, sources.data_link)}</A>
        </p>
    }
}
