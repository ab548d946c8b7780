//! Where the tooltip goes: under its sentence, or above it near the
//! viewport's bottom, at the pointer or the sentence's first line, inside the
//! reader where it can be and always inside the viewport. The arithmetic is
//! plain functions of boxes, tested natively; [`place`] and [`refine`] read
//! the boxes from the page.

use web_sys::DomRect;
use yew::NodeRef;

use crate::dom;

/// First guess of the room the tooltip needs below a sentence (refined once rendered).
const TOOLTIP_ROOM_PX: f64 = 220.0;
const TOOLTIP_WIDTH_PX: f64 = 340.0;
/// Space between a sentence and its tooltip.
const GAP_PX: f64 = 6.0;
/// Closest the tooltip comes to the viewport's edges.
const EDGE_PX: f64 = 8.0;
/// How far left of the pointer the tooltip starts.
const POINTER_OFFSET_PX: f64 = 24.0;

/// Where the tooltip sits, in viewport pixels (it is a top-layer popover).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placement {
    pub left: f64,
    pub top: f64,
    /// Drawn above `top` instead of below it (near the viewport's bottom edge).
    pub above: bool,
}

/// A box in viewport pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl From<DomRect> for Rect {
    fn from(r: DomRect) -> Rect {
        Rect {
            left: r.left(),
            top: r.top(),
            right: r.right(),
            bottom: r.bottom(),
        }
    }
}

/// The viewport's size in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub width: f64,
    pub height: f64,
}

/// Where a sentence and the reader around it stand.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    pub sentence: Rect,
    /// The left edge of the sentence's first line (a sentence can start mid-line).
    pub first_line_left: f64,
    /// The reader's text.
    pub container: Rect,
    pub viewport: Viewport,
}

/// The top of a tooltip drawn above or below the sentence.
fn top(sentence: Rect, above: bool) -> f64 {
    if above {
        sentence.top - GAP_PX
    } else {
        sentence.bottom + GAP_PX
    }
}

/// The first placement, before the tooltip's height is known: horizontally at
/// the pointer (or the sentence's first line), within the reader where it can
/// be and always within the viewport; below the sentence unless the room
/// there is short and there is room above.
pub fn first_placement(layout: Layout, pointer_x: Option<f64>) -> Placement {
    let Layout {
        sentence,
        container,
        viewport,
        ..
    } = layout;
    let width = TOOLTIP_WIDTH_PX.min(viewport.width - 2.0 * EDGE_PX);
    let x = pointer_x.map_or(layout.first_line_left, |x| x - POINTER_OFFSET_PX);
    let x = x.clamp(
        container.left,
        (container.right - width).max(container.left),
    );
    let left = x.clamp(EDGE_PX, (viewport.width - width - EDGE_PX).max(EDGE_PX));
    let above =
        viewport.height - sentence.bottom < TOOLTIP_ROOM_PX && sentence.top > TOOLTIP_ROOM_PX;
    Placement {
        left,
        top: top(sentence, above),
        above,
    }
}

/// The placement from the tooltip's rendered height: below the sentence if it
/// fits in the viewport there, else above if it fits there, else on the
/// roomier side.
pub fn refined_placement(
    guess: Placement,
    sentence: Rect,
    height: f64,
    viewport_height: f64,
) -> Placement {
    let below_fits = sentence.bottom + GAP_PX + height <= viewport_height;
    let above_fits = sentence.top - GAP_PX - height >= 0.0;
    let above = !below_fits && (above_fits || sentence.top > viewport_height - sentence.bottom);
    Placement {
        top: top(sentence, above),
        above,
        ..guess
    }
}

/// Places the tooltip for sentence `index` of the reader's text `body`.
pub fn place(body: &NodeRef, index: usize, pointer_x: Option<f64>) -> Option<Placement> {
    let container = dom::element(body)?.get_bounding_client_rect().into();
    let el = dom::sentence_element(body, index)?;
    let sentence: Rect = el.get_bounding_client_rect().into();
    let first_line_left = el
        .get_client_rects()
        .get(0)
        .map_or(sentence.left, |l| l.left());
    let layout = Layout {
        sentence,
        first_line_left,
        container,
        viewport: dom::viewport(),
    };
    Some(first_placement(layout, pointer_x))
}

/// Places the rendered tooltip of sentence `index` again, from its real height.
pub fn refine(body: &NodeRef, index: usize, guess: Placement) -> Option<Placement> {
    let height = dom::tooltip_element(body)?
        .get_bounding_client_rect()
        .height();
    let sentence = dom::sentence_element(body, index)?
        .get_bounding_client_rect()
        .into();
    Some(refined_placement(
        guess,
        sentence,
        height,
        dom::viewport().height,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const VIEWPORT: Viewport = Viewport {
        width: 1280.0,
        height: 800.0,
    };
    const READER: Rect = Rect {
        left: 100.0,
        top: 0.0,
        right: 900.0,
        bottom: 5000.0,
    };

    fn line(top: f64, left: f64) -> Rect {
        Rect {
            left,
            top,
            right: left + 300.0,
            bottom: top + 20.0,
        }
    }

    fn layout(sentence: Rect) -> Layout {
        Layout {
            sentence,
            first_line_left: sentence.left,
            container: READER,
            viewport: VIEWPORT,
        }
    }

    #[test]
    fn below_the_sentence_at_its_first_line_or_the_pointer() {
        let s = line(100.0, 200.0);
        let p = first_placement(layout(s), None);
        assert_eq!((p.left, p.top, p.above), (200.0, 126.0, false));
        let p = first_placement(layout(s), Some(400.0));
        assert_eq!(p.left, 376.0);
    }

    #[test]
    fn kept_inside_the_reader_and_the_viewport() {
        // Far right: the tooltip's right edge stays at the reader's.
        let p = first_placement(layout(line(100.0, 200.0)), Some(2000.0));
        assert_eq!(p.left, 900.0 - 340.0);
        // Left of the reader: at its left edge.
        let p = first_placement(layout(line(100.0, 200.0)), Some(10.0));
        assert_eq!(p.left, 100.0);
        // A reader wider than a phone's viewport: the viewport wins.
        let phone = Layout {
            viewport: Viewport {
                width: 375.0,
                height: 700.0,
            },
            container: Rect {
                left: 0.0,
                right: 375.0,
                ..READER
            },
            ..layout(line(100.0, 0.0))
        };
        let p = first_placement(phone, None);
        assert_eq!(p.left, 8.0);
        assert_eq!(
            first_placement(phone, Some(370.0)).left,
            375.0 - 340.0 - 8.0
        );
    }

    #[test]
    fn above_near_the_viewports_bottom() {
        let p = first_placement(layout(line(700.0, 200.0)), None);
        assert_eq!((p.top, p.above), (694.0, true));
        // No room above either: below.
        let short = Layout {
            viewport: Viewport {
                width: 1280.0,
                height: 300.0,
            },
            ..layout(line(150.0, 200.0))
        };
        assert!(!first_placement(short, None).above);
    }

    #[test]
    fn refined_from_the_real_height() {
        let guess = first_placement(layout(line(500.0, 200.0)), None);
        assert!(!guess.above);
        // 300 px do not fit below a sentence ending at 520 in 800: above.
        let p = refined_placement(guess, line(500.0, 200.0), 300.0, 800.0);
        assert_eq!((p.top, p.above, p.left), (494.0, true, guess.left));
        // 200 px fit below.
        let p = refined_placement(guess, line(500.0, 200.0), 200.0, 800.0);
        assert_eq!((p.top, p.above), (526.0, false));
        // Fitting neither side: the roomier one.
        let p = refined_placement(guess, line(500.0, 200.0), 600.0, 800.0);
        assert!(p.above);
        let p = refined_placement(guess, line(200.0, 200.0), 700.0, 800.0);
        assert!(!p.above);
    }
}
