//! One component per view.

pub mod not_found;
pub mod release;
pub mod search;

pub use not_found::NotFound;
pub use release::ReleaseView;
pub use search::SearchPage;
