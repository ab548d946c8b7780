#!/usr/bin/env python3
"""Turns GUM news CoNLL-U files into the news-gold text format, with a skeleton JSONL.

    scripts/gum-to-gold.py OUT_DIR ../shared/gum-news/GUM_news_NAME.conllu ...

For each file it writes OUT_DIR/gum-NAME.txt (the article: one paragraph per GUM
paragraph, blank lines between, sentences joined by one space, as GUM's `# text`
lines give them) and OUT_DIR/gum-NAME.skeleton.jsonl: one object per GUM sentence with
code-point offsets, the text, GUM's paragraph block type ("head", "p", "caption", ...)
and `"level": null`, for an annotator to fill in per ../shared/annotation-guide.md.
Also OUT_DIR/gum-NAME.txt.src: `URL date CC-BY-2.5(Wikinews)`.
"""
import json
import os
import re
import sys


def read(path):
    """The metadata and the paragraphs: (block type, sentences) in order.

    A `# newpar_block` line says how many sentences its block holds ("p (3 s)");
    after that many the next sentence starts a new paragraph even where GUM
    writes no `# newpar` line, as after a one-line dateline.
    """
    paras, meta, block, left = [], {}, "p", None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# meta::"):
            k, _, v = line[len("# meta::"):].partition(" = ")
            meta[k] = v
        elif line == "# newpar":
            paras.append((block, []))
            left = None
        elif line.startswith("# newpar_block = "):
            spec = line[len("# newpar_block = "):]
            # "figure ... | caption (1 s)": the innermost block names the sentence type.
            last = spec.split("|")[-1].strip()
            block = re.match(r"\w+", last).group(0)
            count = re.search(r"\((\d+) s\)", last)
            left = int(count.group(1)) if count else None
            if paras:
                paras[-1] = (block, paras[-1][1])
        elif line.startswith("# text = "):
            if not paras or left == 0:
                block = "p"
                paras.append((block, []))
                left = None
            paras[-1][1].append(line[len("# text = "):])
            if left is not None:
                left -= 1
    return meta, [p for p in paras if p[1]]


def main():
    out, files = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for path in files:
        name = "gum-" + os.path.basename(path).removeprefix("GUM_news_").removesuffix(".conllu")
        meta, paras = read(path)
        text, segs = "", []
        for block, sents in paras:
            if text:
                text += "\n\n"
            for i, s in enumerate(sents):
                if i:
                    # A caption and its image credit are separate lines on the page.
                    text += "\n" if block in ("caption", "figure") else " "
                segs.append({"file": name + ".txt", "start": len(text), "end": len(text) + len(s),
                             "text": s, "block": block, "level": None, "cues": [], "reason": ""})
                text += s
        text += "\n"
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(out, name + ".skeleton.jsonl"), "w", encoding="utf-8") as f:
            for s in segs:
                assert text[s["start"]:s["end"]] == s["text"]
                f.write(json.dumps(s, ensure_ascii=False) + "\n")
        with open(os.path.join(out, name + ".txt.src"), "w", encoding="utf-8") as f:
            f.write(f"{meta.get('sourceURL', '')} {meta.get('dateCreated', '')} CC-BY-2.5(Wikinews)\n")


if __name__ == "__main__":
    main()
