#!/usr/bin/env python3
"""Turns news articles written for the purpose, one sentence per line, into the news-gold
text format, with a skeleton JSONL for hand annotation.

    scripts/written-to-gold.py OUT_DIR FILE.sents ...

A `.sents` file holds a headline on its first line, then the body: one sentence (or
heading, or dateline) per line, paragraphs separated by blank lines. For each FILE it
writes, with NAME the file's name less ".sents", prefixed "w-":
- OUT_DIR/w-NAME.txt: the headline and each paragraph separated by a blank line, the
  sentences of a paragraph joined by one space, "\\n" at the end.
- OUT_DIR/w-NAME.jsonl: one object per line of the .sents, {"file","start","end","text",
  "level": null,"cues": [],"reason": "","source": null}, where start/end are code-point
  offsets into the .txt content, so content[start:end] == text.
- OUT_DIR/w-NAME.txt.src: `written-for-hedgelight DATE CC-BY-4.0(Hedgelight)`.

The segment boundaries are the writer's lines, so they are gold by construction. It
refuses to overwrite an existing .jsonl (which may hold annotations) unless --force.
"""
import datetime
import os
import sys

import gold_skeleton


def paragraphs(path):
    """The file's paragraphs, each a list of its non-empty, stripped lines."""
    paras, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = " ".join(line.split())
            if line:
                cur.append(line)
            elif cur:
                paras.append(cur)
                cur = []
    if cur:
        paras.append(cur)
    # The headline is its own paragraph even when no blank line follows it.
    if paras and len(paras[0]) > 1:
        paras[0:1] = [paras[0][:1], paras[0][1:]]
    return paras


def main():
    args = [a for a in sys.argv[1:] if a != "--force"]
    force = "--force" in sys.argv[1:]
    out, files = args[0], args[1:]
    os.makedirs(out, exist_ok=True)
    today = datetime.date.today().isoformat()
    for path in files:
        name = "w-" + os.path.basename(path).removesuffix(".sents")
        text, segs = gold_skeleton.build(name, paragraphs(path))
        gold_skeleton.write(out, name, text, segs,
                            f"written-for-hedgelight {today} CC-BY-4.0(Hedgelight)", force)
        print(f"{name}: {len(segs)} segments")


if __name__ == "__main__":
    main()
