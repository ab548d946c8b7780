//! Yew components. Each renders one part of the reader; [`reader::Reader`]
//! holds the interaction state (tooltip, keyboard focus, filter, chosen source:
//! [`crate::state`]) and wires the hooks that change it ([`crate::hooks`]) to
//! its markup; [`stories::Stories`] switches between several texts and their
//! Compare view.

pub mod app;
pub mod compare;
pub mod legend;
pub mod paragraph;
pub mod profile;
pub mod reader;
pub mod sentence;
pub mod sources;
pub mod stories;
pub mod switcher;
pub mod tooltip;
