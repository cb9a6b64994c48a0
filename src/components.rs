//! Reusable parts of the interface.

mod cite;
mod error_view;
mod language_switch;
mod loaded;
mod redirect;
mod shell;

pub use cite::Cite;
pub use error_view::ErrorView;
pub use language_switch::LanguageSwitch;
pub use loaded::loaded;
pub use redirect::redirect;
pub use shell::{use_locale, Chrome, LocaleShell};
