//! `/{lang}/governance`: UCLG's bodies, what each is and does, and who elects or appoints
//! whom, as an SVG diagram with the same relations as text.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::{link, term_label, Cite, PageHeader, PageMeta, Term};
use crate::i18n::{t_string, use_i18n};
use crate::model::{Body, Dataset, Governance as Bodies, LinkBasis, RelationKind};
use crate::paths::Route;
use crate::state::{use_locale, use_paths};

/// The diagram, the relations as text, every body (with the presidency's dated terms and
/// links to the sections, the commissions and the World Secretariat), and why the sections
/// are counted seven, eight or nine.
#[component]
pub fn Governance(data: Arc<Dataset>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let paths = use_paths();
    let g = &data.governance;
    let relations = g
        .relations
        .iter()
        .map(|r| {
            let editorial = (r.basis == LinkBasis::Editorial)
                .then(|| view! { <span class="badge" data-testid="editorial-link">{t_string!(i18n, governance.editorial)}</span> });
            view! { <li>{r.text.get(locale).to_owned()} " " {editorial} <Cite data=data.clone() sources=r.sources.clone() /></li> }
        })
        .collect_view();
    let bodies = g
        .bodies
        .iter()
        .map(|b| {
            let more = match b.id.as_str() {
                "sections" => Some(link(paths.href(locale, &Route::Sections), t_string!(i18n, governance.see_sections).to_string()).into_any()),
                "commissions" => Some(link(paths.href(locale, &Route::Commissions), t_string!(i18n, governance.see_commissions).to_string()).into_any()),
                "world-secretariat" => Some(link(paths.anchored(locale, &Route::Home, "secretariat"), t_string!(i18n, governance.see_secretariat).to_string()).into_any()),
                "presidency" => data.organisation.president.clone().map(|p| {
                    view! {
                        <dl class="facts" data-testid="president">
                            <div><dt>{term_label(&p)}</dt><dd><Term data=data.clone() person=p /></dd></div>
                        </dl>
                    }
                    .into_any()
                }),
                _ => None,
            };
            view! {
                <section class="card body" id=b.id.clone() data-testid="body">
                    <h3>{b.name.get(locale).to_owned()}</h3>
                    <p>{b.text.get(locale).to_owned()} <Cite data=data.clone() sources=b.sources.clone() /></p>
                    {more.map(|m| view! { <p class="more">{m}</p> })}
                </section>
            }
        })
        .collect_view();
    let count = &g.sections_count;
    view! {
        <PageMeta title=t_string!(i18n, governance.title) description=t_string!(i18n, governance.lead) route=Route::Governance />
        <PageHeader title=t_string!(i18n, governance.title) lead=t_string!(i18n, governance.lead) />
        <section aria-labelledby="governance-diagram-title" id="diagram">
            <h2 id="governance-diagram-title">{t_string!(i18n, governance.diagram_title)}</h2>
            <figure class="governance-diagram">
                <Diagram governance=g.clone() />
                <figcaption>
                    <p id="governance-diagram-desc">{t_string!(i18n, governance.diagram_desc)}</p>
                    <h3>{t_string!(i18n, governance.relations_title)}</h3>
                    <ol data-testid="relations">{relations}</ol>
                </figcaption>
            </figure>
        </section>
        <section aria-labelledby="governance-bodies">
            <h2 id="governance-bodies">{t_string!(i18n, governance.bodies_title)}</h2>
            <div class="card-grid">{bodies}</div>
        </section>
        <section aria-labelledby="sections-count-title" id=count.id.clone() class="note">
            <h2 id="sections-count-title">{t_string!(i18n, governance.count_title)}</h2>
            <p>{count.text.get(locale).to_owned()} <Cite data=data.clone() sources=count.sources.clone() /></p>
        </section>
    }
}

/// The drawing, in SVG user units: it scales with the page's width.
const WIDTH: i32 = 720;
const ROW: i32 = 130;
const BOX_W: i32 = 200;
const BOX_H: i32 = 52;
const TOP: i32 = 8;
/// Characters per line of a body's name inside its box.
const LINE_CHARS: usize = 24;

/// The bodies a relation names, row by row (`Governance::rows`), and an arrow per relation
/// labelled with its verb. Its text alternative is the list of relations that follows it.
#[component]
fn Diagram(governance: Bodies) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let rows = governance.rows();
    let height = TOP * 2 + ROW * (rows.len() as i32 - 1).max(0) + BOX_H;
    // Each body's box: its top-left corner.
    let place = |id: &str| -> Option<(i32, i32)> {
        rows.iter().enumerate().find_map(|(r, row)| {
            let i = row.iter().position(|b| b.id == id)?;
            let slot = WIDTH / row.len() as i32;
            Some((slot * i as i32 + (slot - BOX_W) / 2, TOP + ROW * r as i32))
        })
    };
    let arrows = governance
        .relations
        .iter()
        .filter_map(|r| {
            let (fx, fy) = place(&r.from)?;
            let (tx, ty) = place(&r.to)?;
            let (x1, y1, x2, y2) = (fx + BOX_W / 2, fy + BOX_H, tx + BOX_W / 2, ty - 4);
            let verb = match r.kind {
                RelationKind::Elects => t_string!(i18n, governance.elects),
                RelationKind::Appoints => t_string!(i18n, governance.appoints),
                RelationKind::Recommends => t_string!(i18n, governance.recommends),
                RelationKind::Nominates => t_string!(i18n, governance.nominates),
            };
            // The verb a third of the way down, where converging arrows are still apart.
            let (lx, ly) = (x1 + (x2 - x1) / 3, y1 + (y2 - y1) / 3);
            Some(view! {
                <g class="governance-diagram__relation" class:governance-diagram__relation--editorial=r.basis == LinkBasis::Editorial>
                    <line x1=x1 y1=y1 x2=x2 y2=y2 marker-end="url(#governance-arrow)" />
                    <text x=lx y=ly text-anchor="middle">{verb}</text>
                </g>
            })
        })
        .collect_view();
    let boxes = rows
        .iter()
        .flatten()
        .filter_map(|b: &&Body| {
            let (x, y) = place(&b.id)?;
            let lines = wrap(b.name.get(locale), LINE_CHARS);
            let first = y + BOX_H / 2 - 8 * (lines.len() as i32 - 1) + 5;
            let text = lines
                .into_iter()
                .enumerate()
                .map(|(i, line)| view! { <tspan x=x + BOX_W / 2 y=first + 16 * i as i32>{line}</tspan> })
                .collect_view();
            Some(view! {
                <g class="governance-diagram__body">
                    <rect x=x y=y width=BOX_W height=BOX_H rx="6" />
                    <text text-anchor="middle">{text}</text>
                </g>
            })
        })
        .collect_view();
    view! {
        <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-labelledby="governance-diagram-title"
            aria-describedby="governance-diagram-desc" data-testid="governance-diagram">
            <defs>
                <marker id="governance-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
                    <path d="M0 0L10 5L0 10z" />
                </marker>
            </defs>
            {arrows}
            {boxes}
        </svg>
    }
}

/// `text` in lines of at most `width` characters, broken between words.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_wrap_between_words() {
        assert_eq!(
            wrap("Commission des affaires statutaires", 24),
            ["Commission des affaires", "statutaires"]
        );
        assert_eq!(wrap("Présidence", 24), ["Présidence"]);
        assert_eq!(wrap("", 24), Vec::<String>::new());
    }
}
