#!/usr/bin/env python3
"""Score vnextract on one split of the PhoNER_COVID19 data set.

usage: score.py [--vx BINARY] [--errors N] [--dump FILE] [--report FILE]
                [--keep-nested] [--inputs FILE] SPLIT
       score.py --self-test

SPLIT is a syllable-level file of PhoNER_COVID19 (data/syllable/*_syllable.conll
or *_syllable.json; the data set may not be redistributed, so it is never in
this repository). Each sentence is turned back into running text, run through
`vnextract extract --input jsonl --format jsonl`, and the mentions are compared
with the gold spans:

  PhoNER ORGANIZATION, LOCATION  ->  "org+loc"  (our organization and location)
  PhoNER DATE                    ->  "date"     (our date)

The other PhoNER types (PATIENT_ID, NAME, AGE, GENDER, JOB,
SYMPTOM_AND_DISEASE, TRANSPORTATION) have no counterpart and are ignored.

Matching is span-exact on folded strings, per sentence, as multisets (a
string written twice in a sentence counts twice on both sides); precision,
recall and F1 are micro-averaged over sentences. Folding follows
shared/tools/score.py: NFC, lower case, old/new tone placement made equal,
dashes equal with the spaces around them dropped, one space (a zero-width
space counts as a space), ". , ; :" trimmed at the ends, a leading
"ngày"/"năm"/"hôm" dropped from dates.

PhoNER is flat, while vnextract also reports a place inside an
organization ("tỉnh Cà Mau" in "Bộ CHQS tỉnh Cà Mau"); a system mention lying
inside a longer one of the same scored type is therefore dropped before
scoring, unless --keep-nested is given.

Each error is also given a class from the offsets (see classify()):
boundary (overlaps a span of the same type), other-type (overlaps a gold span
of an ignored PhoNER type, or a system mention of a type we do not score),
or plain missed/spurious. --errors N prints N examples of each class per
type with the sentence; --dump FILE writes every error as JSON Lines.
"""
import argparse, collections, json, os, re, shutil, subprocess, sys, time, unicodedata

SCORED = {"ORGANIZATION": "org+loc", "LOCATION": "org+loc", "DATE": "date"}
OURS = {"organization": "org+loc", "location": "org+loc", "date": "date"}
TYPES = ["org+loc", "date"]

# ---------------------------------------------------------------- reading


def read_split(path):
    """Returns [(words, tags)] from a PhoNER CoNLL file or JSON Lines file."""
    with open(path, encoding="utf-8") as f:
        data = f.read()
    if data.lstrip().startswith("{"):
        out = []
        for n, line in enumerate(data.splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                words, tags = obj["words"], obj["tags"]
            except (ValueError, KeyError) as e:
                sys.exit(f"{path}:{n}: not a PhoNER JSON line ({e}); give a *_syllable.json or .conll file")
            if len(words) != len(tags):
                sys.exit(f"{path}:{n}: {len(words)} words but {len(tags)} tags")
            out.append((words, tags))
        return out
    out, words, tags = [], [], []
    for n, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            if words:
                out.append((words, tags))
                words, tags = [], []
            continue
        # The tag is the last field; a token may itself hold odd characters.
        parts = line.rsplit(" ", 1)
        if len(parts) != 2 or not parts[1]:
            sys.exit(f"{path}:{n}: expected 'WORD TAG', got {line!r}")
        words.append(parts[0])
        tags.append(parts[1])
    if words:
        out.append((words, tags))
    return out


# ---------------------------------------------------------------- de-tokenizing

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "..", "…", "”", "’"}
NO_SPACE_AFTER = {"(", "[", "{", "“", "‘"}
DASHES = {"-", "–", "—"}
TOGGLE_QUOTES = {'"', "'"}


def _joins_dash(left, right):
    """Whether a dash between two tokens was written without spaces:
    dates and numbers ("14-4", "16-18"), and Latin compounds ("COVID-19",
    "SARS-CoV-2", "X-quang"). Vietnamese names keep the spaces ("Bà Rịa -
    Vũng Tàu"); the folding makes both forms equal anyway."""
    if not left or not right or not left[-1].isalnum() or not right[0].isalnum():
        return False
    if any(c.isdigit() for c in left + right):
        return True
    return left.isascii() and left.isalpha()


def detokenize(words):
    """Returns (text, offsets): the words as running text, and for each word
    its [start, end) in code points."""
    text, offsets = [], []
    pos = 0
    glue_next = True  # no space before the first word
    quote_open = {q: False for q in TOGGLE_QUOTES}
    for i, w in enumerate(words):
        glue = glue_next
        glue_next = False
        if w in NO_SPACE_BEFORE:
            glue = True
        elif w in TOGGLE_QUOTES:
            if quote_open[w]:
                glue = True  # closing quote sticks to the word before
            else:
                glue_next = True  # opening quote sticks to the word after
            quote_open[w] = not quote_open[w]
        elif w in DASHES and i > 0 and i + 1 < len(words) and _joins_dash(words[i - 1], words[i + 1]):
            glue = True
            glue_next = True
        elif w == "/":
            glue = True
            glue_next = True
        if w in NO_SPACE_AFTER:
            glue_next = True
        if not glue:
            text.append(" ")
            pos += 1
        offsets.append((pos, pos + len(w)))
        text.append(w)
        pos += len(w)
    return "".join(text), offsets


def gold_spans(tags, offsets):
    """Returns [(type, start, end)] from BIO tags; an I- without a B- (or
    after another type) opens a span."""
    spans, cur = [], None
    for tag, (s, e) in zip(tags, offsets):
        kind, _, typ = tag.partition("-")
        if kind == "I" and cur and cur[0] == typ:
            cur[2] = e
            continue
        if cur:
            spans.append(tuple(cur))
            cur = None
        if kind in ("B", "I") and typ:
            cur = [typ, s, e]
    if cur:
        spans.append(tuple(cur))
    return spans


# ---------------------------------------------------------------- folding

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def fold(s, typ=None):
    """The match key of shared/tools/score.py."""
    s = unicodedata.normalize("NFC", s).replace("\u200b", " ").strip()
    if typ == "date":
        s = re.sub(r"^(ngày|năm|hôm)\s+", "", s, flags=re.IGNORECASE)
    s = unicodedata.normalize("NFD", s).lower()
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = re.sub(r"[\u201c\u201d\u201e\u00ab\u00bb]", '"', s)
    s = re.sub(r"[\u2018\u2019]", "'", s)
    s = re.sub(r"\s*-\s*", "-", s)
    s = re.sub(r"\s+", " ", s).strip(" .,;:")
    out = []
    for word in s.split(" "):
        tones = [c for c in word if c in TONES]
        out.append("".join(c for c in word if c not in TONES) + "".join(tones))
    return unicodedata.normalize("NFC", " ".join(out))


# ---------------------------------------------------------------- running


def run_vx(vx, inputs):
    """Runs the extractor over the JSON Lines inputs, returns {id: document}."""
    payload = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in inputs)
    try:
        proc = subprocess.run([vx, "extract", "--quiet", "--input", "jsonl", "--format", "jsonl", "-"],
                              input=payload.encode("utf-8"), capture_output=True)
    except OSError as e:
        sys.exit(f"cannot run {vx}: {e}; build it with `go build -o /tmp/vx ./cmd/vnextract` and pass --vx")
    if proc.returncode not in (0, 1):
        sys.exit(f"{vx} exited with {proc.returncode}: {proc.stderr.decode('utf-8', 'replace')[:2000]}")
    return parse_report(proc.stdout.decode("utf-8"), vx)


def parse_report(data, name):
    docs = {}
    for n, line in enumerate(data.splitlines(), 1):
        if line.strip():
            try:
                d = json.loads(line)
            except ValueError as e:
                sys.exit(f"{name}: output line {n} is not JSON ({e})")
            docs[d.get("id")] = d
    return docs


def system_spans(doc, keep_nested, whole_ranges=False):
    """Returns ([(scored type, start, end, text)], [(other type, start, end)])."""
    scored, other = [], []
    for m in doc.get("mentions") or []:
        t = OURS.get(m.get("type"))
        if t:
            span = (t, m["start"], m["end"], m["text"])
            scored.extend([span] if whole_ranges else split_range(span))
        else:
            other.append((m.get("type"), m["start"], m["end"]))
    if not keep_nested:
        scored = [a for a in scored
                  if not any(b is not a and b[0] == a[0] and b[1] <= a[1] and a[2] <= b[2]
                             and (b[1], b[2]) != (a[1], a[2]) for b in scored)]
    return scored, other


# A range of days that share one month, as our spec keeps it whole:
# "ngày 8 đến 10-8", "Ngày 16, 17 và 18-8", "13-15/9".
RANGE = re.compile(r"^(?:[Nn]gày )?(\d{1,2}(?:(?: ?[-–] ?| đến | và |, )\d{1,2})+)"
                   r"((?:[-/.]\d{1,2}(?:[-/.]\d{4})?| tháng \d{1,2}(?: năm \d{4})?))$")
RANGE_JOIN = re.compile(r" ?[-–] ?| đến | và |, ")


def split_range(span):
    """Splits a date mention that is a range of days sharing one month
    into one span per day, the last keeping the month, as PhoNER marks
    them; any other span comes back alone."""
    t, s, e, text = span
    m = RANGE.match(text)
    if t != "date" or not m:
        return [span]
    out, pos = [], s + m.start(1)
    days = m.group(1)
    k = 0
    for j in RANGE_JOIN.finditer(days):
        out.append((t, pos + k, pos + j.start(), days[k:j.start()]))
        k = j.end()
    out.append((t, pos + k, e, text[m.start(1) + k:]))
    return out


def overlaps(a0, a1, b0, b1):
    return a0 < b1 and b0 < a1


def classify(kind, span, gold_all, sys_scored, sys_other):
    """Names an error from the offsets of what lies around it.

    kind "fn": a gold span of a scored type that no system string matched;
    kind "fp": a system span that no gold string matched."""
    t, s, e = span[0], span[1], span[2]
    if kind == "fn":
        if any(x[0] == t and overlaps(s, e, x[1], x[2]) for x in sys_scored):
            return "boundary"
        if any(x[0] != t and overlaps(s, e, x[1], x[2]) for x in sys_scored):
            return "other-scored-type"
        hit = [x[0] for x in sys_other if overlaps(s, e, x[1], x[2])]
        return f"as-our-{hit[0]}" if hit else "missed"
    if any(SCORED.get(g[0]) == t and overlaps(s, e, g[1], g[2]) for g in gold_all):
        return "boundary"
    hit = [g[0] for g in gold_all if overlaps(s, e, g[1], g[2])]
    return f"gold-{hit[0]}" if hit else "spurious"


# ---------------------------------------------------------------- scoring


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(sents, docs, keep_nested, whole_ranges=False):
    """Returns (tally {type: [tp, fp, fn]}, errors [dict], ignored Counter, missing ids)."""
    tally = {t: [0, 0, 0] for t in TYPES}
    errors, ignored, missing = [], collections.Counter(), []
    for sid, text, gold in sents:
        doc = docs.get(sid)
        if doc is None or doc.get("status", "ok") != "ok":
            missing.append(sid)
            doc = doc or {}
        sys_scored, sys_other = system_spans(doc, keep_nested, whole_ranges)
        for g in gold:
            if g[0] not in SCORED:
                ignored[g[0]] += 1
        for t in TYPES:
            gs = [(g[0], g[1], g[2], text[g[1]:g[2]]) for g in gold if SCORED.get(g[0]) == t]
            ss = [x for x in sys_scored if x[0] == t]
            gc = collections.Counter(fold(x[3], t) for x in gs)
            sc = collections.Counter(fold(x[3], t) for x in ss)
            tp = sum((gc & sc).values())
            tally[t][0] += tp
            tally[t][1] += sum(sc.values()) - tp
            tally[t][2] += sum(gc.values()) - tp
            # Name the unmatched spans, the later copies of a string first.
            left = gc - sc
            for x in reversed(gs):
                k = fold(x[3], t)
                if left[k] > 0:
                    left[k] -= 1
                    errors.append({"id": sid, "type": t, "kind": "fn", "text": x[3], "gold_type": x[0],
                                   "class": classify("fn", (t, x[1], x[2]), gold, sys_scored, sys_other),
                                   "start": x[1], "end": x[2], "sentence": text})
            left = sc - gc
            for x in reversed(ss):
                k = fold(x[3], t)
                if left[k] > 0:
                    left[k] -= 1
                    errors.append({"id": sid, "type": t, "kind": "fp", "text": x[3],
                                   "class": classify("fp", (t, x[1], x[2]), gold, sys_scored, sys_other),
                                   "start": x[1], "end": x[2], "sentence": text,
                                   "gold_here": [[g[0], text[g[1]:g[2]]] for g in gold
                                                 if overlaps(x[1], x[2], g[1], g[2])]})
    return tally, errors, ignored, missing


def print_errors(errors, n):
    for t in TYPES:
        for kind, title in (("fp", "false positives"), ("fn", "false negatives")):
            errs = [e for e in errors if e["type"] == t and e["kind"] == kind]
            by_class = collections.defaultdict(list)
            for e in errs:
                by_class[e["class"]].append(e)
            print(f"\n== {t}: {len(errs)} {title}")
            for cls, es in sorted(by_class.items(), key=lambda kv: -len(kv[1])):
                print(f"-- {cls}: {len(es)}")
                for e in es[:n]:
                    extra = ""
                    if e.get("gold_here"):
                        extra = "  gold: " + "; ".join(f"{a} «{b}»" for a, b in e["gold_here"])
                    elif e.get("gold_type"):
                        extra = f"  ({e['gold_type']})"
                    print(f"   «{e['text']}»{extra}\n      [{e['id']}] {e['sentence']}")


# ---------------------------------------------------------------- self-test


def self_test():
    cases = [
        (["Bác", "sĩ", "A", ",", "Bệnh", "viện", "Bạch", "Mai", "."], "Bác sĩ A, Bệnh viện Bạch Mai."),
        (['"', "Bệnh", "nhân", "812", '"', "(", "nam", ")", "ngày", "14", "-", "4", "."],
         '"Bệnh nhân 812" (nam) ngày 14-4.'),
        (["SARS", "-", "CoV", "-", "2", "ở", "Bà", "Rịa", "-", "Vũng", "Tàu", "..."],
         "SARS-CoV-2 ở Bà Rịa - Vũng Tàu..."),
        (["24", "/", "7", ":", "“", "x", "”"], "24/7: “x”"),
    ]
    bad = 0
    for words, want in cases:
        got, offs = detokenize(words)
        if got != want or [got[s:e] for s, e in offs] != words:
            print(f"detokenize({words}) = {got!r}, want {want!r}")
            bad += 1
    tags = ["O", "B-LOCATION", "I-LOCATION", "I-DATE", "B-DATE", "B-DATE", "O"]
    words = ["ở", "Hà", "Nội", "7/3", "8/3", "9/3", "."]
    text, offs = detokenize(words)
    got = [(t, text[s:e]) for t, s, e in gold_spans(tags, offs)]
    want = [("LOCATION", "Hà Nội"), ("DATE", "7/3"), ("DATE", "8/3"), ("DATE", "9/3")]
    if got != want:
        print(f"gold_spans = {got}, want {want}")
        bad += 1
    for a, b, t in [("Ngày 7/3", "7/3", "date"), ("Hoà Bình ", "hòa bình", None),
                    ("Bà Rịa – Vũng Tàu", "bà rịa-vũng tàu", None), ("TP.HCM.", "tp.hcm", None)]:
        if fold(a, t) != fold(b, t):
            print(f"fold({a!r}) = {fold(a, t)!r} != fold({b!r}) = {fold(b, t)!r}")
            bad += 1
    doc = {"mentions": [{"type": "organization", "text": "Bộ CHQS tỉnh Cà Mau", "start": 0, "end": 19},
                        {"type": "location", "text": "tỉnh Cà Mau", "start": 8, "end": 19}]}
    if len(system_spans(doc, False)[0]) != 1 or len(system_spans(doc, True)[0]) != 2:
        print("system_spans does not drop the nested location")
        bad += 1
    for text, want in [("ngày 8 đến 10-8", ["8", "10-8"]), ("Ngày 16, 17 và 18-8", ["16", "17", "18-8"]),
                       ("13-15/9", ["13", "15/9"]), ("28 và 29 tháng 5", ["28", "29 tháng 5"]),
                       ("10-8", ["10-8"]), ("3/3/1959", ["3/3/1959"]), ("tháng 12/2019", ["tháng 12/2019"])]:
        got = split_range(("date", 100, 100 + len(text), text))
        if [x[3] for x in got] != want or any(text[x[1] - 100:x[2] - 100] != x[3] for x in got):
            print(f"split_range({text!r}) = {got}, want {want}")
            bad += 1
    print("self-test:", "ok" if not bad else f"{bad} failed")
    return 1 if bad else 0


# ---------------------------------------------------------------- main


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("split", nargs="?", help="PhoNER *_syllable.conll or *_syllable.json")
    ap.add_argument("--vx", default="/tmp/vx", help="vnextract binary (default /tmp/vx)")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print N examples per error class")
    ap.add_argument("--dump", metavar="FILE", help="write every error as JSON Lines")
    ap.add_argument("--inputs", metavar="FILE", help="also write the JSON Lines input given to vnextract")
    ap.add_argument("--report", metavar="FILE", help="score this vnextract JSON Lines output instead of running it")
    ap.add_argument("--keep-nested", action="store_true", help="keep system mentions inside a longer one of the same type")
    ap.add_argument("--whole-ranges", action="store_true",
                    help="keep a range of days as one date (our spec's call) instead of one date per day (PhoNER's)")
    ap.add_argument("--self-test", action="store_true", help="check the de-tokenizer and folding, then exit")
    a = ap.parse_args(argv)
    if a.self_test:
        return self_test()
    if not a.split:
        ap.error("give the split file (e.g. .../data/syllable/dev_syllable.conll)")

    base = os.path.splitext(os.path.basename(a.split))[0]
    sents, inputs = [], []
    for i, (words, tags) in enumerate(read_split(a.split)):
        text, offs = detokenize(words)
        sid = f"{base}-{i + 1:05d}"
        sents.append((sid, text, gold_spans(tags, offs)))
        inputs.append({"id": sid, "text": text})
    if a.inputs:
        with open(a.inputs, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in inputs)

    t0 = time.time()
    if a.report:
        with open(a.report, encoding="utf-8") as f:
            docs = parse_report(f.read(), a.report)
    else:
        docs = run_vx(a.vx, inputs)
    elapsed = time.time() - t0

    tally, errors, ignored, missing = score(sents, docs, a.keep_nested, a.whole_ranges)
    if not a.report:
        # /tmp/vx is a shared path that another build may replace: say
        # which binary was measured.
        path = shutil.which(a.vx) or a.vx
        stamp = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(os.path.getmtime(path)))
        print(f"extractor: {path} (built {stamp})")
    print(f"{a.split}: {len(sents)} sentences, extractor {elapsed:.1f}s; "
          f"matching: span-exact folded strings, multiset per sentence"
          f"{'' if a.keep_nested else ', nested system mentions dropped'}"
          f"{'' if a.whole_ranges else ', ranges of days split into days'}")
    print(f"{'type':10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>6} {'fp':>6} {'fn':>6}")
    allt = [0, 0, 0]
    for t in TYPES:
        p, r, f = prf(*tally[t])
        allt = [x + y for x, y in zip(allt, tally[t])]
        print(f"{t:10} {p:6.3f} {r:6.3f} {f:6.3f} {tally[t][0]:6} {tally[t][1]:6} {tally[t][2]:6}")
    p, r, f = prf(*allt)
    print(f"{'all':10} {p:6.3f} {r:6.3f} {f:6.3f} {allt[0]:6} {allt[1]:6} {allt[2]:6}")
    print("ignored gold spans (no counterpart): " + ", ".join(f"{k} {v}" for k, v in ignored.most_common()))
    print(f"sentences missing from or failed in the extractor's output: {len(missing)}"
          + (f" (first: {', '.join(missing[:5])})" if missing else ""))
    cls = collections.Counter((e["type"], e["kind"], e["class"]) for e in errors)
    print("error classes: " + "; ".join(f"{t} {k} {c} {n}" for (t, k, c), n in sorted(cls.items())))
    if a.errors:
        print_errors(errors, a.errors)
    if a.dump:
        with open(a.dump, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(e, ensure_ascii=False) + "\n" for e in errors)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
