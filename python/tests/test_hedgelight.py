"""The `hedgelight` wheel, installed into a fresh venv, as a Python user gets it.

scripts/test's `python` stage builds the wheel (scripts/wheel), installs it into a new
venv and runs this file with that venv's Python:

    HEDGELIGHT_ROOT=<repo> HEDGELIGHT_CLI=<target>/debug/hedgelight \
        venv/bin/python -m unittest discover -v -s python/tests

The reports must be the command-line program's JSON exactly: `hedgelight analyze` is
run on the same texts and its output parsed with `json.loads`.
"""

import concurrent.futures
import importlib.metadata
import json
import os
import random
import re
import subprocess
import sys
import unittest
from pathlib import Path

import hedgelight

ROOT = Path(os.environ.get("HEDGELIGHT_ROOT", Path(__file__).resolve().parents[2]))
CLI = os.environ.get("HEDGELIGHT_CLI")
CORPUS = sorted((ROOT / "static" / "corpus").glob("*.txt"))

# An emoji and a flag before the cues (code points and UTF-16 differ after them), an
# unnamed source citing, a denial, a quotation and its speaker.
TEXT = (
    "Fans 😀 cheered in 🇺🇦 Kyiv.\n\n"
    "Officials said the convoy may have crossed the border, citing unnamed sources. "
    'Moscow denied it. Seoul said it was "highly likely". Six officers were killed.'
)


def read(path):
    # newline="": the text exactly as the CLI reads the file (no line-end translation).
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def cli(*args, text=None):
    if not CLI:
        raise unittest.SkipTest("HEDGELIGHT_CLI is not set (scripts/test sets it)")
    r = subprocess.run(
        [CLI, *map(str, args)],
        input=None if text is None else text.encode("utf-8"),
        capture_output=True,
        check=False,
    )
    if r.returncode != 0:
        raise AssertionError(f"hedgelight {' '.join(map(str, args))} failed: {r.stderr.decode()}")
    return r.stdout.decode("utf-8")


def spans(report):
    """Every dict with start/end/text in a report: sentences, cues, sources, whom they cite."""
    out = []

    def source(s):
        if s is not None:
            out.append(s)
            for v in s["via"]:
                source(v)

    for s in report["sentences"]:
        out.append(s)
        out.extend(s["cues"])
        source(s["source"])
    return out


def fnv1a64(data):
    h = 0xCBF29CE484222325
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


class Installed(unittest.TestCase):
    def test_the_module_comes_from_the_installed_wheel(self):
        where = Path(hedgelight.__file__).resolve()
        self.assertIn("site-packages", where.parts, where)
        self.assertNotIn(ROOT.resolve(), where.parents, "imported from the source tree, not the wheel")
        self.assertTrue((where.parent / "py.typed").is_file(), "the type marker is missing")
        self.assertTrue((where.parent / "__init__.pyi").is_file(), "the type stubs are missing")

    def test_metadata_version_and_licence(self):
        core = re.search(r'^version = "([^"]+)"', (ROOT / "core" / "Cargo.toml").read_text(), re.M)[1]
        self.assertEqual(hedgelight.__version__, core)
        self.assertEqual(hedgelight.VERSION, core)
        meta = importlib.metadata.metadata("hedgelight")
        self.assertEqual(meta["Version"], core)
        self.assertEqual(meta["License-Expression"], "(MIT OR Apache-2.0) AND CC-BY-SA-3.0")
        files = {p.name for p in importlib.metadata.files("hedgelight")}
        self.assertTrue({"LICENSE-MIT", "LICENSE-APACHE", "NOTICE"} <= files, files)
        notice = next(p for p in importlib.metadata.files("hedgelight") if p.name == "NOTICE")
        self.assertIn("CC BY-SA 3.0", notice.read_text(encoding="utf-8"))
        self.assertEqual(hedgelight.LEVELS, ("disputed", "unverified", "hedged", "attributed", "asserted"))


class SameAsTheCli(unittest.TestCase):
    def test_analyze_equals_the_cli_json_on_the_five_reports(self):
        self.assertEqual(len(CORPUS), 5, CORPUS)
        for path in CORPUS:
            with self.subTest(report=path.name):
                report = hedgelight.analyze(read(path))
                expected = json.loads(cli("analyze", path))
                self.assertEqual(report, expected)
                self.assertGreater(len(report["sentences"]), 5)
                # The dict's keys in the CLI's order, too.
                self.assertEqual(list(report), list(expected))
                self.assertEqual(list(report["sentences"][1]), list(expected["sentences"][1]))

    def test_analyze_many_equals_the_cli_on_the_five_reports(self):
        texts = [read(p) for p in CORPUS]
        reports = hedgelight.analyze_many(texts)
        self.assertIsInstance(reports, list)
        self.assertEqual(reports, [json.loads(cli("analyze", p)) for p in CORPUS])
        # Any iterable of str: a generator, a tuple; nothing in, nothing out.
        self.assertEqual(hedgelight.analyze_many(t for t in texts), reports)
        self.assertEqual(hedgelight.analyze_many(tuple(texts[:2])), reports[:2])
        self.assertEqual(hedgelight.analyze_many([]), [])

    def test_split_gives_the_cli_sentences_and_the_report_ranges(self):
        for path in CORPUS:
            with self.subTest(report=path.name):
                text = read(path)
                sentences = hedgelight.split(text)
                # `hedgelight split` prints each on one line, whitespace collapsed.
                self.assertEqual([" ".join(s["text"].split()) for s in sentences], cli("split", text=text).splitlines())
                for s in sentences:
                    self.assertEqual(set(s), {"text", "start", "end"})
                    self.assertEqual(text[s["start"] : s["end"]], s["text"])
                report = hedgelight.analyze(text)
                self.assertEqual(
                    [(s["start"], s["end"]) for s in sentences],
                    [(s["start"], s["end"]) for s in report["sentences"]],
                )

    def test_offsets_are_python_string_indices_after_an_emoji_and_a_flag(self):
        report = hedgelight.analyze(TEXT)
        self.assertEqual(report, json.loads(cli("analyze", text=TEXT)))
        found = spans(report)
        self.assertGreater(len(found), 8)
        for s in found:
            self.assertEqual(TEXT[s["start"] : s["end"]], s["text"], s)
        levels = [s["level"] for s in report["sentences"]]
        self.assertEqual(levels[1:], [3, 1, 3, 5], report["sentences"])
        may = next(c for s in report["sentences"] for c in s["cues"] if c["text"] == "may")
        self.assertEqual(may["category"], "speculation")
        self.assertEqual(TEXT.index(" may ") + 1, may["start"])
        unnamed = report["sentences"][1]["source"]
        self.assertEqual((unnamed["text"], unnamed["named"]), ("Officials", False))

    def test_every_report_names_its_version_and_model(self):
        model = fnv1a64((ROOT / "core" / "data" / "model.bin").read_bytes())
        for report in [hedgelight.analyze(TEXT), hedgelight.analyze(""), *hedgelight.analyze_many(["x", "It may."])]:
            self.assertEqual(report["version"], hedgelight.__version__)
            self.assertEqual(report["model"], model, "model is the FNV-1a 64 of core/data/model.bin")
        self.assertEqual(hedgelight.MODEL, model)
        self.assertEqual(list(hedgelight.analyze("It may rain.")), ["version", "model", "sentences", "levels"])


class BadInput(unittest.TestCase):
    def test_non_str_raises_type_error(self):
        for bad in [None, 1, 2.5, ["It may rain."], object()]:
            for f in (hedgelight.analyze, hedgelight.split):
                with self.subTest(function=f.__name__, value=repr(bad)):
                    with self.assertRaisesRegex(TypeError, r"text must be str, not \w+"):
                        f(bad)
        with self.assertRaisesRegex(TypeError, r"must be str, not bytes \(decode it first"):
            hedgelight.analyze(b"It may rain.")
        with self.assertRaisesRegex(TypeError, r"must be str, not bytearray"):
            hedgelight.split(bytearray(b"It may rain."))
        with self.assertRaises(TypeError):
            hedgelight.analyze()  # pylint: disable=no-value-for-parameter
        with self.assertRaises(TypeError):
            hedgelight.analyze(text=1)

    def test_analyze_many_wants_an_iterable_of_str(self):
        with self.assertRaisesRegex(TypeError, r"not a single str \(use hedgelight.analyze"):
            hedgelight.analyze_many("It may rain.")
        with self.assertRaisesRegex(TypeError, r"not a single bytes"):
            hedgelight.analyze_many(b"It may rain.")
        with self.assertRaisesRegex(TypeError, r"iterable of str, not int"):
            hedgelight.analyze_many(3)
        with self.assertRaisesRegex(TypeError, r"item 1 must be str, not NoneType"):
            hedgelight.analyze_many(["It may rain.", None])

        def failing():
            yield "It may rain."
            raise KeyError("from the iterable")

        with self.assertRaises(KeyError):
            hedgelight.analyze_many(failing())

    def test_empty_and_blank_text_give_no_sentences(self):
        for text in ["", " ", "\n\n", " \t\r\n\u2028\u00a0 "]:
            with self.subTest(text=repr(text)):
                report = hedgelight.analyze(text)
                self.assertEqual(report["sentences"], [])
                self.assertEqual(report["levels"], list(hedgelight.LEVELS))
                self.assertEqual(hedgelight.split(text), [])
        self.assertEqual(hedgelight.analyze(""), json.loads(cli("analyze", text="")))

    def test_a_lone_surrogate_is_a_unicode_error_not_a_crash(self):
        # Not Unicode text (it has no UTF-8 form): the str cannot reach the analysis.
        for f in (hedgelight.analyze, hedgelight.split, lambda t: hedgelight.analyze_many([t])):
            with self.assertRaises(UnicodeEncodeError):
                f("It may \ud800 rain.")
        # The same text with the surrogate replaced is analysed.
        fixed = "It may \ud800 rain.".encode("utf-8", "replace").decode("utf-8")
        self.assertEqual(hedgelight.analyze(fixed)["sentences"][0]["level"], 3)

    def test_str_subclasses_are_str(self):
        class Story(str):
            pass

        self.assertEqual(hedgelight.analyze(Story(TEXT)), hedgelight.analyze(TEXT))


class AnyText(unittest.TestCase):
    """Whatever the str, a report whose offsets slice it: never a crash, never an exception."""

    PIECES = [
        "It may rain", "officials said", "denied", '"', "“", "”", "'", "’", ".", "?", "!", ",",
        " ", "  ", "\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", "\t", "\x00", "\x0b", "\x1c",
        "😀", "🇺🇦", "e\u0301", "\u200b", "\ufeff", "שלום", "Это", "中文", "Dr.", "U.S.", "-",
        "—", "(Reuters) -", "date 2024-10-09", "if", "not", "no", "unverified", "according to",
        "citing unnamed sources", "he said", ":", "1.", "•", "\ufffd", "A" * 300, "." * 50,
    ]

    def test_random_texts(self):
        rng = random.Random(11)
        texts = ["".join(rng.choice(self.PIECES) for _ in range(rng.randint(0, 120))) for _ in range(400)]
        texts.append("".join(rng.choice("ab .\n“”'") for _ in range(20000)))
        reports = hedgelight.analyze_many(texts)
        for text, report in zip(texts, reports):
            for s in spans(report):
                self.assertEqual(text[s["start"] : s["end"]], s["text"], (text, s))
            for s in report["sentences"]:
                self.assertIn(s["kind"], {"claim", "heading", "dateline", "signpost", "metadata"})
                if s["kind"] == "claim":
                    self.assertIn(s["level"], range(1, 6))
                    self.assertTrue(0.0 <= s["score"] <= 1.0)
            self.assertEqual(
                [(s["start"], s["end"]) for s in hedgelight.split(text)],
                [(s["start"], s["end"]) for s in report["sentences"]],
            )
        self.assertEqual(reports[:20], [hedgelight.analyze(t) for t in texts[:20]])

    def test_threads_get_the_same_reports(self):
        texts = [read(p) for p in CORPUS] * 4
        alone = [hedgelight.analyze(t) for t in texts]
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            together = list(pool.map(hedgelight.analyze, texts))
        self.assertEqual(together, alone)


if __name__ == "__main__":
    sys.exit(unittest.main())
