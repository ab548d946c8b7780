use yew::prelude::*;

use crate::state::{Action, ReaderState};

/// The reader's state ([`ReaderState`]). A new text starts with no tooltip,
/// focus or choice. Not on mount: the state starts so, and an effect that
/// runs late (after other apps' work) would undo a focus or tooltip the
/// reader already had.
#[hook]
pub fn use_reader_state(text: AttrValue) -> UseReducerHandle<ReaderState> {
    let state = use_reducer(ReaderState::default);
    let dispatcher = state.dispatcher();
    let mounted = use_mut_ref(|| false);
    use_effect_with(text, move |_| {
        if std::mem::replace(&mut *mounted.borrow_mut(), true) {
            dispatcher.dispatch(Action::NewText);
        }
    });
    state
}
