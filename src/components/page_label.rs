//! The name of each kind of page (`model::Page`), as the header's navigation writes it: the
//! one place that maps the model's table of pages to its labels (leptos_i18n's keys are
//! paths checked at compile time, which a table cannot hold). The navigation, the home
//! page's entries and search's headings call it.

use crate::i18n::t_string;
use crate::model::Page;

/// The label of `page`: its navigation entry's; a record's page has its list's.
pub fn page_label(i18n: leptos_i18n::I18nContext<crate::i18n::Locale>, page: Page) -> &'static str {
    match page {
        Page::Home => t_string!(i18n, nav.home),
        Page::Vision => t_string!(i18n, nav.vision),
        Page::Governance => t_string!(i18n, nav.governance),
        Page::Objectives | Page::Objective => t_string!(i18n, nav.objectives),
        Page::Sections | Page::Section => t_string!(i18n, nav.sections),
        Page::Initiatives | Page::Initiative => t_string!(i18n, nav.initiatives),
        Page::Commissions => t_string!(i18n, nav.commissions),
        Page::Networks => t_string!(i18n, nav.networks),
        Page::Figures => t_string!(i18n, nav.figures),
        Page::Timeline => t_string!(i18n, nav.timeline),
        Page::Sources => t_string!(i18n, nav.sources),
        Page::Search => t_string!(i18n, search.title),
        Page::EmbedGuide => t_string!(i18n, embed.docs_title),
    }
}
