//! Small reusable components, one per file.

pub mod date_label;
pub mod facet_group;
pub mod fact_card;
pub mod highlight;
pub mod link;
pub mod notices;
pub mod theme_toggle;

pub use date_label::DateLabel;
pub use link::Link;
pub use notices::Notices;
