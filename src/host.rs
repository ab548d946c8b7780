//! The elements that mounted readers live in, kept and reused (issue 13).
//!
//! Yew 0.23 registers its delegated event listeners on each app's host
//! element and never removes them (`HostHandlers::add_listener` forgets the
//! closures: "the registry is never dropped in production", its
//! `dom_bundle/subtree_root.rs`). Each closure holds the app's subtree and so
//! the host: a Yew app that is destroyed leaves its host element, its
//! listeners and their closures behind for the life of the page.
//!
//! So apps are never destroyed here. A reader is mounted into a [`Hosted`]:
//! a `div` whose Yew app ([`Host`]) renders the reader's [`App`]. When the
//! reader is unmounted, the `div` leaves the page at once, its `Host` renders
//! nothing (the `App` is destroyed, its hooks cleaned up: in Yew's next
//! scheduler run, a microtask) and it waits in a page-wide pool; the next
//! reader mounted once it is empty takes it, is appended where it belongs
//! and given its props. A reader that renders anew (the element's attributes
//! changed) takes over its own host at once. Each mount has a new number, the
//! `App`'s key, so a reused host starts a fresh `App`, as a new app would.
//! Yew's listeners are then registered once per host, and there are about as
//! many hosts as the most readers shown at once: a few more when readers are
//! mounted while Yew's renderer is behind (its scheduler yields to the
//! browser after 16 ms) and the hosts released meanwhile are not empty yet.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsValue;
use web_sys::{Element, Node};
use yew::prelude::*;
use yew::virtual_dom::VComp;
use yew::AppHandle;

use crate::components::app::{App, AppProps};

/// What a host shows: the reader of mount number `mount`, or nothing while
/// it waits in the pool.
#[derive(Properties, PartialEq, Clone, Debug, Default)]
pub struct HostProps {
    /// Which mount this is: a new number starts a new `App`, with new state.
    pub mount: u64,
    /// Shared with the `App`, not copied: a text may be megabytes.
    pub app: Option<Rc<AppProps>>,
}

/// The root component of every host's Yew app.
#[function_component]
pub fn Host(props: &HostProps) -> Html {
    match &props.app {
        Some(app) => VComp::new::<App>(Rc::clone(app), Some(props.mount.into())).into(),
        None => html! {},
    }
}

struct Idle {
    element: Element,
    handle: AppHandle<Host>,
}

thread_local! {
    /// Hosts whose readers were unmounted, ready for the next mount.
    static POOL: RefCell<Vec<Idle>> = const { RefCell::new(Vec::new()) };
    /// Mounts so far (the keys of the `App`s) and hosts ever made.
    static MOUNTS: Cell<u64> = const { Cell::new(0) };
    static MADE: Cell<usize> = const { Cell::new(0) };
}

/// A reader mounted in a host element; [`Hosted::release`] gives the host
/// back to the pool.
pub struct Hosted {
    element: Element,
    handle: AppHandle<Host>,
    mount: u64,
}

impl Hosted {
    /// Mounts a reader with `props`, appended to `parent`: in the host of
    /// `previous` (the reader it replaces, unmounted in the same task) when
    /// there is one, else in an empty host from the pool, else in a new one.
    pub fn mount(
        parent: &Node,
        props: AppProps,
        previous: Option<Hosted>,
    ) -> Result<Self, JsValue> {
        let mount = MOUNTS.with(|m| {
            m.set(m.get() + 1);
            m.get()
        });
        let shown = HostProps {
            mount,
            app: Some(Rc::new(props)),
        };
        let reused = previous
            .map(|h| Idle {
                element: h.element,
                handle: h.handle,
            })
            .or_else(take_emptied);
        let Some(Idle {
            element,
            mut handle,
        }) = reused
        else {
            return Self::made(parent, shown);
        };
        if let Err(e) = parent.append_child(&element) {
            let failed = Hosted {
                element,
                handle,
                mount,
            };
            failed.release();
            return Err(e);
        }
        handle.update(shown);
        Ok(Hosted {
            element,
            handle,
            mount,
        })
    }

    /// A new host in `parent`, its Yew app showing `shown`.
    fn made(parent: &Node, shown: HostProps) -> Result<Self, JsValue> {
        let document = parent
            .owner_document()
            .unwrap_or_else(gloo::utils::document);
        let element = document.create_element("div")?;
        parent.append_child(&element)?;
        let mount = shown.mount;
        let handle = yew::Renderer::<Host>::with_root_and_props(element.clone(), shown).render();
        MADE.with(|m| m.set(m.get() + 1));
        Ok(Hosted {
            element,
            handle,
            mount,
        })
    }

    /// New props for the mounted reader (the same `App`, its state kept).
    pub fn update(&mut self, props: AppProps) {
        self.handle.update(HostProps {
            mount: self.mount,
            app: Some(Rc::new(props)),
        });
    }

    /// Unmounts the reader: its host leaves the page at once, renders nothing
    /// (Yew's scheduler, in a microtask) and waits for the next mount.
    pub fn release(self) {
        let Hosted {
            element,
            mut handle,
            mount,
        } = self;
        handle.update(HostProps { mount, app: None });
        element.remove();
        POOL.with(|p| p.borrow_mut().push(Idle { element, handle }));
    }
}

/// A host from the pool that already shows nothing. One released in this
/// task still shows its reader until Yew's scheduler runs (a microtask):
/// taking it would show that reader's content in the new one meanwhile, to
/// any script that looks before then.
fn take_emptied() -> Option<Idle> {
    POOL.with(|p| {
        let mut pool = p.borrow_mut();
        let at = pool
            .iter()
            .rposition(|idle| idle.element.child_element_count() == 0)?;
        Some(pool.swap_remove(at))
    })
}

/// How many host elements were ever made, and how many wait in the pool.
pub fn counts() -> (usize, usize) {
    (MADE.with(Cell::get), POOL.with(|p| p.borrow().len()))
}
