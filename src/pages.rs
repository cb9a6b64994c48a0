//! One module per route.

mod commissions;
mod embed;
mod embed_guide;
mod figures;
mod home;
mod initiatives;
mod networks;
mod objectives;
mod redirect;
mod search;
mod sections;
mod sources;
mod timeline;
mod vision;

pub use commissions::Commissions;
pub use embed::EmbedMap;
pub use embed_guide::EmbedGuide;
pub use figures::Figures;
pub use home::Home;
pub use initiatives::{InitiativePage, Initiatives};
pub use networks::Networks;
pub use objectives::{ObjectivePage, Objectives};
pub use redirect::RootRedirect;
pub use search::Search;
pub use sections::{SectionPage, Sections};
pub use sources::Sources;
pub use timeline::Timeline;
pub use vision::Vision;
