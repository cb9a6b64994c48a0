//! One module per route.

mod commissions;
mod embed;
mod embed_guide;
pub(crate) mod figures;
mod home;
mod initiatives;
mod networks;
mod not_found;
mod objectives;
pub(crate) mod open_data;
mod redirect;
mod search;
mod sections;
mod sources;
mod timeline;
pub(crate) mod vision;

pub use commissions::Commissions;
pub use embed::EmbedMap;
pub use embed_guide::EmbedGuide;
pub use figures::Figures;
pub use home::Home;
pub use initiatives::{InitiativePage, Initiatives};
pub use networks::Networks;
pub use not_found::{Fallback, NotFound, Unmatched};
pub use objectives::{ObjectivePage, Objectives};
pub use redirect::RootRedirect;
pub use search::Search;
pub use sections::{SectionPage, Sections};
pub use sources::Sources;
pub use timeline::Timeline;
pub use vision::Vision;
