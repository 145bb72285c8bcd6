//! One component per view.

pub mod list;
pub mod not_found;
pub mod release;

pub use list::ReleaseList;
pub use not_found::NotFound;
pub use release::ReleaseView;
