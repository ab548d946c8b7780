//! The reader's custom hooks (as Yew's `function_todomvc` keeps its own in
//! `hooks/`): its state, the tooltip, the callbacks of its sentences, keyboard
//! navigation and the source chosen in the Sources view. Each owns one part of
//! the interaction; the reader component only wires them to its markup.

mod use_keyboard;
mod use_reader_state;
mod use_sentence_events;
mod use_source_choice;
mod use_tooltip;

pub use use_keyboard::use_keyboard;
pub use use_reader_state::use_reader_state;
pub use use_sentence_events::use_sentence_events;
pub use use_source_choice::{use_source_choice, SourceChoice};
pub use use_tooltip::{use_tooltip, TipControl, TooltipEvents};
