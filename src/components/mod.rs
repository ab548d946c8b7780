//! Yew components. Each renders one part of the reader; [`reader::Reader`]
//! owns the interaction state (tooltip, keyboard focus, filter, chosen source).

pub mod app;
pub mod legend;
pub mod paragraph;
pub mod profile;
pub mod reader;
pub mod sentence;
pub mod sources;
pub mod switcher;
pub mod tooltip;
