//! One component per view.

pub mod entity;
pub mod facts;
pub mod not_found;
pub mod release;
pub mod release_facts;
pub mod search;
pub mod timelines;

pub use entity::EntityPage;
pub use not_found::NotFound;
pub use release::ReleaseView;
pub use search::SearchPage;
