//! One module per route.

mod home;
mod not_found;
mod redirect;

pub use home::Home;
pub use not_found::{Fallback, NotFound};
pub use redirect::RootRedirect;
