//! One module per route, loaded from wasm chunks (`lazy.rs`); the root's redirect
//! is the shell's.

mod commissions;
mod embed;
mod embed_guide;
mod figures;
mod governance;
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

pub use redirect::RootRedirect;

// Pages that show the same kinds of things load together: one chunk and few shared ones per
// page, instead of dozens of small ones (each a round trip on a slow link).
crate::lazy::lazy_pages! {
    home {
        HomeRoute => crate::pages::home::Home: data;
    }
    records {
        VisionRoute => crate::pages::vision::Vision: data;
        GovernanceRoute => crate::pages::governance::Governance: data;
        ObjectivesRoute => crate::pages::objectives::Objectives: data;
        ObjectiveRoute => crate::pages::objectives::ObjectivePage;
        InitiativesRoute => crate::pages::initiatives::Initiatives: data;
        InitiativeRoute => crate::pages::initiatives::InitiativePage;
        CommissionsRoute => crate::pages::commissions::Commissions: data;
        NetworksRoute => crate::pages::networks::Networks: data;
    }
    map {
        SectionsRoute => crate::pages::sections::Sections: data;
        SectionRoute => crate::pages::sections::SectionPage;
        EmbedMapRoute => crate::pages::embed::EmbedMap;
    }
    // The figures' page alone: its charts and their image downloads are no other page's.
    figures {
        FiguresRoute => crate::pages::figures::Figures: data;
    }
    data {
        TimelineRoute => crate::pages::timeline::Timeline: data;
        SourcesRoute => crate::pages::sources::Sources: data;
    }
    search {
        SearchRoute => crate::pages::search::Search: data;
    }
    embed_guide {
        EmbedGuideRoute => crate::pages::embed_guide::EmbedGuide;
    }
    // The frame of the embedded views (`/embed/:lang/…`): no page of the atlas itself
    // needs it, so it stays out of the main module.
    embed {
        EmbedShellRoute => crate::components::EmbedShell;
    }
}

/// Loads the chunk of the page `route` shows, ahead of a navigation to it (a link hovered or
/// focused, `lib.rs`); the router then finds it loaded.
pub async fn prefetch(route: crate::paths::Route) {
    use crate::paths::Route;
    let load: crate::lazy::ChunkLoad = match route {
        Route::Home => Box::pin(chunks::home::preload()),
        Route::Vision
        | Route::Objectives
        | Route::Objective(_)
        | Route::Initiatives
        | Route::Initiative(_)
        | Route::Commissions
        | Route::Governance
        | Route::Networks => Box::pin(chunks::records::preload()),
        Route::Sections | Route::Section(_) => Box::pin(chunks::map::preload()),
        Route::Figures => Box::pin(chunks::figures::preload()),
        Route::Timeline | Route::Sources => Box::pin(chunks::data::preload()),
        Route::Search => Box::pin(chunks::search::preload()),
        Route::EmbedGuide => Box::pin(chunks::embed_guide::preload()),
    };
    crate::lazy::prefetch(load).await
}
