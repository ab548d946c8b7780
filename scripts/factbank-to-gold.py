#!/usr/bin/env python3
"""Turns chosen FactBank news documents of the Szeged Uncertainty Corpus into the news-gold
text format, with a skeleton JSONL for hand annotation.

    scripts/factbank-to-gold.py OUT_DIR factbank.dev.xml DOCID[:MAXSENT] ...

e.g. `scripts/factbank-to-gold.py data/news-dev/final2 ../shared/data/factbank.dev.xml
wsj_0781.txt:25 APW19990122.0193.txt`.

For each DocID (the <DocID> text, e.g. wsj_1003.txt) it writes, with NAME the DocID less
its ".txt":
- OUT_DIR/fb-NAME.txt: the text. The <ccue>/<xcope> markup is stripped and its words kept;
  the corpus's tokenisation spaces are normalised to read as prose (runs of spaces become
  one; " n't", " 's" and the other clitics are joined to their word; spaces before , . ; : )
  and after ( are dropped; PTB quotes `` and '' become " with their inner spaces dropped).
  The corpus's placeholders for dropped bracketed text (LRB2, RRB2, LSB2, RSB2) are removed.
  One paragraph per <DocumentPart>, paragraphs separated by a blank line, the sentences of
  a part joined by one space. With ":MAXSENT" only the first MAXSENT sentences are kept.
- OUT_DIR/fb-NAME.jsonl: one object per <Sentence>, {"file","start","end","text",
  "level": null,"cues": [],"reason": "","source": null}, where start/end are code-point
  offsets into the .txt content, so content[start:end] == text.
- OUT_DIR/fb-NAME.txt.src: `factbank.dev.xml#DOCID unknown-date
  CC-BY-SA-3.0(Szeged-Uncertainty-Corpus)`.

It refuses to overwrite an existing .jsonl (which may hold annotations) unless --force.
The <ccue> markup is thrown away: it follows the narrower Szeged standard, not the
reader-level guide (shared/annotation-guide.md) that the annotations follow.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

import gold_skeleton


def normalise(s):
    """The corpus's tokenised sentence as prose (only joins that are safe)."""
    # Bracket placeholders whose content the corpus dropped ("men LSB2 RSB2 LRB2 RRB2 had").
    s = re.sub(r"\s*\b[LR][RS]B2(?:_|\b)", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    # PTB quotes: `` opens, '' closes.
    s = re.sub(r"``\s*", '"', s)
    s = re.sub(r"\s*''", '"', s)
    # Clitics split off by the tokeniser: "does n't", "we 've", "Iraq 's".
    s = re.sub(r"(\w) (n't)\b", r"\1\2", s)
    s = re.sub(r"(\w) ('(?:s|ve|re|ll|d|m))\b", r"\1\2", s, flags=re.I)
    # Spaces before closing punctuation followed by a space, a quote or the end.
    s = re.sub(r" ([,;:.)]+)(?=[\s\"']|$)", r"\1", s)
    s = re.sub(r"\( ", "(", s)
    return s


def documents(path):
    """DocID -> list of parts, each a list of normalised sentence texts."""
    docs = {}
    for d in ET.parse(path).getroot().iter("Document"):
        parts = []
        for p in d.findall("DocumentPart"):
            sents = [normalise("".join(s.itertext())) for s in p.findall("Sentence")]
            sents = [s for s in sents if s]
            if sents:
                parts.append(sents)
        docs[d.find("DocID").text.strip()] = parts
    return docs


def main():
    args = [a for a in sys.argv[1:] if a != "--force"]
    force = "--force" in sys.argv[1:]
    out, xml, wanted = args[0], args[1], args[2:]
    os.makedirs(out, exist_ok=True)
    docs = documents(xml)
    for spec in wanted:
        docid, _, limit = spec.partition(":")
        limit = int(limit) if limit else None
        name = "fb-" + docid.removesuffix(".txt")
        paragraphs, n = [], 0
        for sents in docs[docid]:
            if limit is not None and n >= limit:
                break
            kept = sents if limit is None else sents[:limit - n]
            paragraphs.append(kept)
            n += len(kept)
        text, segs = gold_skeleton.build(name, paragraphs)
        gold_skeleton.write(out, name, text, segs,
                            f"factbank.dev.xml#{docid} unknown-date CC-BY-SA-3.0(Szeged-Uncertainty-Corpus)",
                            force)
        print(f"{name}: {len(segs)} sentences")


if __name__ == "__main__":
    main()
