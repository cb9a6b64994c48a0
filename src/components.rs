//! Reusable parts of the interface.

mod app_status;
mod cite;
mod detail;
mod embed;
mod embed_dialog;
mod error_view;
mod first_paint;
mod language_switch;
mod link;
mod loaded;
mod map;
mod page;
mod redirect;
mod route_focus;
mod search_box;
mod share_button;
mod shell;
mod theme_toggle;

pub use app_status::{provide_app_status, AppStatusBar};
pub use cite::Cite;
pub use detail::detail;
pub use embed::{is_embedded, EmbedNotFound, EmbedShell};
pub use embed_dialog::EmbedButton;
pub use error_view::ErrorView;
pub use first_paint::{hand_over_when_ready, hold};
pub use language_switch::LanguageSwitch;
pub use link::link;
pub use loaded::loaded;
pub use map::{CountryList, SectionsMap};
pub use page::{PageHeader, PageMeta};
pub use redirect::redirect;
pub use route_focus::RouteFocus;
pub use search_box::SearchBox;
pub use share_button::ShareButton;
pub use shell::{provide_locale, use_locale, Chrome, LocaleShell};
pub use theme_toggle::{apply_stored_theme, ThemeToggle};
