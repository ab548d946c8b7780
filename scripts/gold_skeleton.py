"""What scripts/factbank-to-gold.py and scripts/written-to-gold.py share: building a text
from paragraphs of segments, and writing it with its skeleton JSONL and its .txt.src in
the news-gold format (shared/news-gold/dev/README.md)."""
import json
import os
import sys


def build(name, paragraphs):
    """The text of `paragraphs` (lists of segment strings: segments joined by one space,
    paragraphs by a blank line, a newline at the end) and a skeleton line per segment
    with its code-point offsets."""
    text, segs = "", []
    for para in paragraphs:
        if text:
            text += "\n\n"
        for i, s in enumerate(para):
            if i:
                text += " "
            segs.append({"file": name + ".txt", "start": len(text), "end": len(text) + len(s),
                         "text": s, "level": None, "cues": [], "reason": "", "source": None})
            text += s
    return text + "\n", segs


def write(out, name, text, segs, src_line, force):
    """Writes OUT/NAME.txt, .jsonl and .txt.src; refuses to overwrite a .jsonl (it may hold
    annotations) unless `force`."""
    jpath = os.path.join(out, name + ".jsonl")
    if os.path.exists(jpath) and not force:
        sys.exit(f"{jpath} exists; use --force to overwrite")
    with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(jpath, "w", encoding="utf-8") as f:
        for s in segs:
            assert text[s["start"]:s["end"]] == s["text"]
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    with open(os.path.join(out, name + ".txt.src"), "w", encoding="utf-8") as f:
        f.write(src_line + "\n")
