#!/usr/bin/env python3
"""Lays out the real-text evaluation set from annotators' folders.

Each folder holds retold texts (<slug>.txt), gold files (gold/<slug>.json)
and SOURCES.tsv. A document goes to test/ or dev/ by the first byte of the
SHA-1 of its name, so the split is fixed before anyone sees a score and a
document never moves between parts: test/ is measured only when an issue
ends, never tuned on.

    python3 testdata/real/split.py /work/realcorpus/a /work/realcorpus/b ...

Run again with a new folder to add a part: what is laid out stays.
"""
import hashlib, os, shutil, sys

here = os.path.dirname(os.path.abspath(__file__))
TEST_SHARE = 0.45

def part(name):
    h = hashlib.sha1(name.encode()).digest()[0]
    return "test" if h < 256 * TEST_SHARE else "dev"

# Rows already laid out stay: a new part is added beside them, and a
# document already there is not copied again.
rows, have = [], set()
listing = os.path.join(here, "SOURCES.tsv")
if os.path.exists(listing):
    for line in open(listing, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 2 and cols[0].endswith(".txt"):
            rows.append((cols[0], cols[1], cols[2] if len(cols) > 2 else ""))
            have.add(os.path.basename(cols[0]))
for src in sys.argv[1:]:
    for line in open(os.path.join(src, "SOURCES.tsv"), encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 2 or not cols[0].endswith(".txt"):
            continue
        name = cols[0]
        if name in have:
            continue
        if not os.path.exists(os.path.join(src, name)) or not os.path.exists(os.path.join(src, "gold", name[:-4] + ".json")):
            continue
        p = part(name)
        os.makedirs(os.path.join(here, p, "gold"), exist_ok=True)
        shutil.copy(os.path.join(src, name), os.path.join(here, p, name))
        shutil.copy(os.path.join(src, "gold", name[:-4] + ".json"), os.path.join(here, p, "gold", name[:-4] + ".json"))
        rows.append((p + "/" + name, cols[1], cols[2] if len(cols) > 2 else ""))
        have.add(name)
rows.sort()
with open(os.path.join(here, "SOURCES.tsv"), "w", encoding="utf-8") as f:
    f.write("document\taddress\tgenre\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print({p: sum(1 for r in rows if r[0].startswith(p)) for p in ("dev", "test")})
