//! The widget mounted in a real browser (headless Chromium through
//! wasm-bindgen-test-runner): what a reader sees and can do.

#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use hedgelight_web::{analyze_json, mount, Mounted};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts a reader into a fresh element and waits until Yew has rendered it.
async fn mounted(options: &str) -> (Element, Mounted) {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let m = mount(&root, options, None).unwrap();
    until(|| root.query_selector(".hl-root").ok().flatten().is_some()).await;
    (root, m)
}

/// Lets Yew's scheduler and the browser run (events, re-renders).
async fn settle() {
    TimeoutFuture::new(30).await;
}

/// Waits (up to 2 s, polling) for `condition`, so a slow CI machine does not flake.
/// A failure names the line that waited.
#[track_caller]
fn until(condition: impl Fn() -> bool) -> impl std::future::Future<Output = ()> {
    let at = std::panic::Location::caller();
    async move {
        let t0 = js_sys::Date::now();
        for _ in 0..100 {
            if condition() {
                return;
            }
            TimeoutFuture::new(20).await;
        }
        panic!(
            "condition of line {} not met within 2 s ({} ms)",
            at.line(),
            js_sys::Date::now() - t0
        );
    }
}

/// Unmounts and removes a test's reader so its window listeners do not pile up.
fn cleanup(root: Element, mut m: Mounted) {
    m.unmount();
    root.remove();
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into::<Element>().unwrap())
        .collect()
}

fn sentence_with(root: &Element, text: &str) -> Element {
    all(root, ".hl-sentence")
        .into_iter()
        .find(|s| s.text_content().unwrap_or_default().contains(text))
        .unwrap_or_else(|| panic!("no sentence contains {text:?}"))
}

fn tooltip(root: &Element) -> HtmlElement {
    root.query_selector("[role=tooltip]")
        .unwrap()
        .expect("a tooltip element")
        .dyn_into()
        .unwrap()
}

fn press(target: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let e = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&e).unwrap();
}

#[wasm_bindgen_test]
async fn corpus_reader_shows_five_articles_with_shaded_sentences() {
    let (root, m) = mounted("{}").await;
    let tabs = all(&root, ".hl-article-tab");
    assert_eq!(tabs.len(), 5);
    assert_eq!(
        tabs[0].get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    let sentences = all(&root, ".hl-sentence");
    assert!(
        sentences.len() > 10,
        "article 000 has {} sentences",
        sentences.len()
    );
    for s in &sentences {
        // Headings, datelines and signposts are not claims and have no level.
        if s.get_attribute("data-kind").as_deref() != Some("claim") {
            assert_eq!(s.get_attribute("data-level"), None);
            continue;
        }
        let level: u8 = s.get_attribute("data-level").unwrap().parse().unwrap();
        assert!((1..=5).contains(&level));
    }
    assert!(root.query_selector(".hl-legend").unwrap().is_some());

    // Switching articles replaces the text and the title.
    let title_before = root
        .query_selector(".hl-title")
        .unwrap()
        .unwrap()
        .text_content();
    tabs[4].dyn_ref::<HtmlElement>().unwrap().click();
    until(|| {
        root.query_selector(".hl-title")
            .unwrap()
            .unwrap()
            .text_content()
            != title_before
    })
    .await;
    let title_after = root
        .query_selector(".hl-title")
        .unwrap()
        .unwrap()
        .text_content();
    assert_ne!(title_before, title_after);
    assert!(
        sentence_with(&root, "fake news")
            .get_attribute("data-level")
            .as_deref()
            == Some("1")
    );
    cleanup(root, m);
}

#[wasm_bindgen_test]
async fn hedged_sentence_is_below_the_top_and_its_cue_is_marked() {
    let (root, m) = mounted(r#"{"article":"000"}"#).await;
    let s = sentence_with(&root, "highly likely");
    let level: u8 = s.get_attribute("data-level").unwrap().parse().unwrap();
    assert!(level < 5);
    let cues = all(&s, ".hl-cue");
    let cue = cues
        .iter()
        .find(|c| c.text_content().as_deref() == Some("highly likely"))
        .expect("cue is marked");
    assert_eq!(
        cue.get_attribute("data-category").as_deref(),
        Some("speculation")
    );
    cleanup(root, m);
}

#[wasm_bindgen_test]
async fn focus_shows_the_tooltip_and_escape_hides_it() {
    let (root, m) = mounted(r#"{"article":"000"}"#).await;
    let s = sentence_with(&root, "highly likely");
    let tip = tooltip(&root);
    assert!(tip.hidden(), "hidden before any interaction");

    s.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    until(|| !tooltip(&root).hidden()).await;
    let tip = tooltip(&root);
    assert!(!tip.hidden());
    assert_eq!(s.get_attribute("aria-describedby"), Some(tip.id()));
    let text = tip.text_content().unwrap();
    assert!(
        text.contains("highly likely") && text.contains("speculation"),
        "{text}"
    );

    press(&s, "Escape");
    until(|| tooltip(&root).hidden()).await;
    cleanup(root, m);
}

#[wasm_bindgen_test]
async fn arrow_keys_move_focus_and_n_jumps_to_low_confidence() {
    let (root, m) = mounted(r#"{"text":"It rained. It snowed. Troops may come. It froze."}"#).await;
    let sentences = all(&root, ".hl-sentence");
    assert_eq!(sentences.len(), 4);
    // One tab stop per reader.
    let stops: Vec<_> = sentences
        .iter()
        .filter(|s| s.get_attribute("tabindex").as_deref() == Some("0"))
        .collect();
    assert_eq!(stops.len(), 1);

    sentences[0]
        .dyn_ref::<HtmlElement>()
        .unwrap()
        .focus()
        .unwrap();
    press(&sentences[0], "ArrowDown");
    settle().await;
    let active = document().active_element().unwrap();
    assert_eq!(active.get_attribute("data-index").as_deref(), Some("1"));

    press(&active, "n");
    settle().await;
    let active = document().active_element().unwrap();
    assert!(active.text_content().unwrap().contains("may come"));
    assert_eq!(active.get_attribute("tabindex").as_deref(), Some("0"));
    cleanup(root, m);
}

#[wasm_bindgen_test]
async fn host_text_is_rendered_as_text_not_markup() {
    let (root, m) =
        mounted(r#"{"text":"<img src=x onerror=alert(1)> Troops <b>may</b> come."}"#).await;
    assert!(root.query_selector("img").unwrap().is_none());
    assert!(root.query_selector("b").unwrap().is_none());
    assert!(root
        .text_content()
        .unwrap()
        .contains("<img src=x onerror=alert(1)>"));
    cleanup(root, m);
}

#[wasm_bindgen_test]
async fn unknown_article_and_bad_options_are_clear_errors() {
    let (root, m) = mounted(r#"{"article":"999"}"#).await;
    let error = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an error message");
    assert!(error.text_content().unwrap().contains("999"));

    let detached = document().create_element("div").unwrap();
    let err = mount(&detached, r#"{"artcle":"000"}"#, None)
        .err()
        .expect("misspelt option is rejected");
    let message = js_sys_message(err.into());
    assert!(message.contains("artcle"), "{message}");
    cleanup(root, m);
}

fn js_sys_message(v: wasm_bindgen::JsValue) -> String {
    v.dyn_into::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn unmount_removes_the_reader() {
    let (root, mut m) = mounted("{}").await;
    assert!(!all(&root, ".hl-sentence").is_empty());
    m.unmount();
    until(|| all(&root, ".hl-sentence").is_empty()).await;
    root.remove();
}

#[wasm_bindgen_test]
async fn an_unmounted_readers_host_is_reused_by_the_next_reader() {
    let (first_root, first) = mounted(r#"{"text":"It may rain. Moscow denied it."}"#).await;
    let focused = all(&first_root, ".hl-sentence")[0].clone();
    focused.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    until(|| !tooltip(&first_root).hidden()).await;
    let (made, _) = hedgelight_web::host::counts();
    cleanup(first_root.clone(), first);
    // Its host renders nothing in Yew's next run; until then it is not reused.
    settle().await;
    assert!(
        all(&first_root, "div").is_empty(),
        "the host left its root at once"
    );
    let (root, m) = mounted(r#"{"text":"Officials said troops may have crossed."}"#).await;
    assert_eq!(
        hedgelight_web::host::counts().0,
        made,
        "a new host was made"
    );
    until(|| all(&root, ".hl-sentence").len() == 1).await;
    assert!(root.text_content().unwrap().contains("troops"));
    // A fresh reader: nothing of the first one's state (its open tooltip).
    assert!(tooltip(&root).hidden());
    assert_eq!(all(&root, ".hl-root").len(), 1);
    // Rendered anew (the element's attributes changed): it takes over its own host
    // at once, in the same task.
    let m = mount(&root, r#"{"text":"Kyiv denied it."}"#, Some(m)).unwrap();
    assert_eq!(
        hedgelight_web::host::counts().0,
        made,
        "a new host was made"
    );
    until(|| root.text_content().unwrap().contains("Kyiv")).await;
    assert_eq!(all(&root, ".hl-sentence").len(), 1);
    assert_eq!(all(&root, ".hl-root").len(), 1);
    cleanup(root, m);
}

#[wasm_bindgen_test]
fn analyze_json_in_the_browser_has_the_cli_shape() {
    let v: serde_json::Value =
        serde_json::from_str(&analyze_json("Kim said it may rain.")).unwrap();
    let s = &v["sentences"][0];
    assert_eq!(s["level"], 3);
    assert_eq!(s["uncertain"], true);
    assert_eq!(s["cues"][1]["text"], "may");
}

#[wasm_bindgen_test]
async fn several_texts_compare_in_date_order_and_a_choice_opens_its_text() {
    let (root, m) = mounted(
        r#"{"texts":[
            {"title":"Later","date":"2024-10-12","text":"Bread prices rose in Lyon. The Kremlin called the report of six officers killed near Donetsk a hoax."},
            {"title":"Earlier","date":"2024-10-08","text":"Six officers were killed near Donetsk, a news agency reported."}]}"#,
    )
    .await;
    assert_eq!(all(&root, ".hl-article-tab").len(), 2);
    let compare = root.query_selector(".hl-compare-tab").unwrap().unwrap();
    assert!(compare.text_content().unwrap().contains("1 shared claim"));
    compare.dyn_ref::<HtmlElement>().unwrap().click();
    until(|| !all(&root, ".hl-compare-choice").is_empty()).await;
    let choices = all(&root, ".hl-compare-choice");
    let shown: Vec<_> = choices
        .iter()
        .map(|c| {
            (
                c.get_attribute("data-article").unwrap(),
                c.get_attribute("data-level").unwrap(),
            )
        })
        .collect();
    // The earlier text first; the later one's sentence is its second, disputed.
    assert_eq!(shown, [("1".into(), "4".into()), ("0".into(), "1".into())]);
    choices[1].dyn_ref::<HtmlElement>().unwrap().click();
    until(|| {
        document()
            .active_element()
            .and_then(|e| e.get_attribute("data-index"))
            .as_deref()
            == Some("1")
    })
    .await;
    let title = root.query_selector(".hl-title").unwrap().unwrap();
    assert_eq!(title.text_content().as_deref(), Some("Later"));
    until(|| !tooltip(&root).hidden()).await;
    assert!(tooltip(&root)
        .text_content()
        .unwrap()
        .contains("Also in: 1 other report"));
    let active = document().active_element().unwrap();
    press(&active, "Escape");
    until(|| tooltip(&root).hidden()).await;
    cleanup(root, m);
}
