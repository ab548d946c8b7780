//! Hedgelight's analysis for Python: the `hedgelight` module of the wheel that
//! `scripts/wheel` builds with maturin.
//!
//! ```python
//! import hedgelight
//! report = hedgelight.analyze('Seoul said it was "highly likely". Moscow denied it.')
//! [s["level"] for s in report["sentences"]]   # [3, 1]
//! ```
//!
//! The dicts are the JSON of `hedgelight analyze` (and `hedgelight split`'s
//! sentences with their offsets), made by [`hedgelight_core::report`] and
//! read by Python's own `json.loads`, so that they are the CLI's JSON exactly,
//! floats included (a score is the shortest decimal of its `f32`, as the CLI
//! prints it, not the `f32` widened to a double). Offsets count code points,
//! which are Python's string indices: `text[s["start"]:s["end"]] == s["text"]`.
//!
//! Bad input is a Python exception, never a crash: a non-`str` argument is a
//! `TypeError`, a `str` with a lone surrogate (not Unicode text, so not
//! encodable as UTF-8) a `UnicodeEncodeError`, and should the analysis ever
//! panic, the panic is caught here and raised as a `RuntimeError` (the wheel
//! is built with the `python` profile, which unwinds; the workspace's release
//! profile aborts, which would end the interpreter).

use std::panic::{catch_unwind, UnwindSafe};

use hedgelight_core::report::{self, Units};
use pyo3::exceptions::{PyRuntimeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyByteArray, PyBytes, PyString, PyTuple};

/// `text` as a Rust string, or the exception that says why it is not one.
fn text_arg(value: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    match value.cast::<PyString>() {
        Ok(s) => Ok(s.to_cow()?.into_owned()),
        Err(_) => {
            let type_name = value
                .get_type()
                .name()
                .map_or_else(|_| "?".to_string(), |n| n.to_string());
            let hint = if value.is_instance_of::<PyBytes>() || value.is_instance_of::<PyByteArray>()
            {
                " (decode it first, e.g. data.decode('utf-8'))"
            } else {
                ""
            };
            Err(PyTypeError::new_err(format!(
                "{what} must be str, not {type_name}{hint}"
            )))
        }
    }
}

/// Runs `f` without holding the interpreter, turning a panic into a message.
fn analysed<T: Send>(py: Python<'_>, f: impl FnOnce() -> T + UnwindSafe + Send) -> PyResult<T> {
    py.detach(|| catch_unwind(f)).map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "no message".into());
        PyRuntimeError::new_err(format!(
            "hedgelight: the analysis failed ({message}); this is a bug in hedgelight, \
             please report it with the text"
        ))
    })
}

/// The Python value of `json` (a report made by `serde_json`), through
/// Python's `json.loads`.
fn loads<'py>(py: Python<'py>, json: &str) -> PyResult<Bound<'py, PyAny>> {
    static LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    LOADS.import(py, "json", "loads")?.call1((json,))
}

fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> PyResult<String> {
    serde_json::to_string(value)
        .map_err(|e| PyRuntimeError::new_err(format!("hedgelight: cannot write the report: {e}")))
}

/// The report of `text`: the JSON of `hedgelight analyze` as a dict.
/// Keys: "version", "model", "sentences" (each with "text", "start", "end",
/// "level", "score", "kind", "uncertain", "cues", "explanation", "source") and
/// "levels". Offsets count code points: text[s["start"]:s["end"]] == s["text"].
/// Raises TypeError when text is not a str.
#[pyfunction]
fn analyze<'py>(py: Python<'py>, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let text = text_arg(text, "hedgelight.analyze(): text")?;
    let report = analysed(py, move || report::document_report(&text))?;
    loads(py, &to_json(&report)?)
}

/// The reports of several texts, in order: [analyze(t) for t in texts], with
/// the interpreter released while all of them are analysed. texts is any
/// iterable of str (a list, a tuple, a generator), but not a str itself.
#[pyfunction]
fn analyze_many<'py>(py: Python<'py>, texts: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    if texts.is_instance_of::<PyString>()
        || texts.is_instance_of::<PyBytes>()
        || texts.is_instance_of::<PyByteArray>()
    {
        let type_name = texts.get_type().name()?;
        return Err(PyTypeError::new_err(format!(
            "hedgelight.analyze_many() takes an iterable of str, not a single {type_name} \
             (use hedgelight.analyze for one text)"
        )));
    }
    let iter = texts.try_iter().map_err(|_| {
        let type_name = texts
            .get_type()
            .name()
            .map_or_else(|_| "?".to_string(), |n| n.to_string());
        PyTypeError::new_err(format!(
            "hedgelight.analyze_many() takes an iterable of str, not {type_name}"
        ))
    })?;
    let mut owned = Vec::new();
    for (i, item) in iter.enumerate() {
        owned.push(text_arg(
            &item?,
            &format!("hedgelight.analyze_many(): item {i}"),
        )?);
    }
    let reports = analysed(py, move || {
        owned
            .iter()
            .map(|t| report::document_report(t))
            .collect::<Vec<_>>()
    })?;
    loads(py, &to_json(&reports)?)
}

/// The sentences of `text` as `hedgelight split` cuts them, each a dict with
/// "text" (as in the input; `hedgelight split` prints it on one line), "start"
/// and "end" (code points). They are the ranges of analyze(text)["sentences"].
#[pyfunction]
fn split<'py>(py: Python<'py>, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let text = text_arg(text, "hedgelight.split(): text")?;
    let sentences = analysed(py, move || report::split_report(&text, Units::Chars))?;
    loads(py, &to_json(&sentences)?)
}

/// How sure is a news text? Each sentence gets a confidence level (1 disputed,
/// 2 unverified, 3 hedged, 4 attributed, 5 asserted) and the cues that say so.
#[pymodule]
fn hedgelight(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many, m)?)?;
    m.add_function(wrap_pyfunction!(split, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("VERSION", report::VERSION)?;
    m.add("MODEL", report::MODEL)?;
    let levels: Vec<&str> = hedgelight_core::Level::all()
        .map(hedgelight_core::Level::name)
        .collect();
    m.add("LEVELS", PyTuple::new(m.py(), levels)?)?;
    Ok(())
}
