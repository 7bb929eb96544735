#!/usr/bin/env bash
# The evaluation harness: builds policygraph, extracts the documents of every
# gold set we have with the built-in rules, and prints one table of scores.
#
#   scripts/eval.sh              # dev, dev2, heldout3 (ours) and webextract
#   scripts/eval.sh --errors     # and every miss and extra, per set
#   KEEP=DIR scripts/eval.sh     # keep the databases and predictions in DIR
#   VARIANT=NAME scripts/eval.sh # every document rewritten first, as
#                                # another source would write it; the
#                                # scores should not move (webextract's
#                                # pages are scored as they are):
#     traditional  in Traditional script (OpenCC's STCharacters, the first
#                  form of each)
#     fullwidth    with full-width digits (２０２５年)
#     wrapped      hard-wrapped at 36 characters as a PDF export is (never
#                  before closing punctuation or inside a number; HTML left
#                  as it is)
#     paged        wrapped and cut into pages of 40 lines, each ending with
#                  its number and some under a running header, as a PDF's
#                  text comes out (JSON Lines and HTML left as they are)
#     spaced       titles and headings letter-spaced (政 府 工 作 报 告;
#                  files only)
#     pangu        spaces between Han and figures or Latin (2025 年 GDP 增长
#                  5%)
#     windows      saved on Windows: CRLF line ends, every other .txt and
#                  .md file in GB18030
#     asciipunct   typed with ASCII punctuation (，。；：（）！？ → ,.;:()!?)
#     footnotes    an encyclopedia's reference marks ([3], [4-5]) after a
#                  quarter of the clauses, before or after their mark
#     oneline      paragraph breaks lost, as scraped exports store text:
#                  the lines of every text, Markdown body and record joined
#                  (HTML left as it is)
#     indented     paragraph breaks lost but indents kept, as 新闻联播 exports
#                  store text: the lines of records and Markdown bodies
#                  joined, each after the first opened by two wide spaces
#                  (U+3000 or U+2003, per file); lines of markup keep their
#                  own (plain text files, which are mostly PDF exports
#                  wrapped at a width, and HTML left as they are)
#     escaped      text encoded once more, as exports that escape twice
#                  deliver it: the text of every record a JSON string's body
#                  (line breaks as \n, every other record with its
#                  characters as \uXXXX), the quotes, ellipses and dashes
#                  of text files as HTML entities (&ldquo; &hellip; &mdash;;
#                  HTML and Markdown left as they are)
#     mdrecords    records exported as Markdown, as crawlers that convert
#                  pages write them: paragraphs parted by blank lines,
#                  numbered or short unpunctuated lines as ## headings, a
#                  third of the percentages and sums in bold (**12.5%**)
#     apijson      the records saved as an API's response: one JSON file,
#                  {"code":0,"data":{"total":N,"list":[…]}}, pretty-printed
#     thousands    figures of five digits or more written with thousands
#                  separators (12,345.6万元), as finance sites write them;
#                  years, ids and numbers in words left alone
#     symbols      a third of the lines opened by an emoji or a symbol
#                  (📌, ▶, ■, ●, ★ …) after their indent, as a post
#                  decorates its paragraphs (HTML and records left as they
#                  are)
#
#   EXT_DOCS=DIR scripts/eval.sh  # also the sets whose documents come
#                                # from outside ../shared (listed in
#                                # testdata/gold/external.tsv; fetch them
#                                # with scripts/fetch-external.sh DIR);
#                                # without it those sets are skipped
#
# Gold sets: ../shared/eval/dev.gold.jsonl and dev2.gold.jsonl (shared),
# testdata/gold/*.gold.jsonl (annotated here, see testdata/gold/README.md);
# the documents are looked up by base name (files) or id (JSON Lines
# records) under ../shared/corpus and ../shared/eval/webextract/original.
# Scores come from ../shared/eval/score.py, the reference scorer, and from
# ../shared/eval/webextract/score.py for main text and dates.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
errors=""
[ "${1:-}" = "--errors" ] && errors="--errors"
[ -d "$shared/eval" ] || { echo "eval.sh: $shared/eval not found (the shared evaluation data)" >&2; exit 1; }

tmp=${KEEP:-$(mktemp -d)}
mkdir -p "$tmp"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/policygraph" ./cmd/policygraph
pg="$tmp/policygraph"

# stage GOLD DIR: copy (files) or filter (JSON Lines records) the gold set's
# documents into DIR.
stage() {
	python3 - "$shared" "$1" "$2" "${EXT_DOCS:-}" <<'PY'
import json, os, shutil, sys
shared, gold, out, ext = sys.argv[1:]
docs = {json.loads(l)["doc"] for l in open(gold, encoding="utf-8") if l.strip()}
files = {}
roots = [os.path.join(shared, "corpus"), os.path.join(shared, "eval", "webextract", "original")]
if ext:
    roots.append(ext)
for root in roots:
    for d, subdirs, names in os.walk(root):
        subdirs[:] = [s for s in subdirs if s != "raw"]
        for n in names:
            files.setdefault(n, os.path.join(d, n))
found = set()
for d in sorted(docs):
    if d in files:
        shutil.copy(files[d], out)
        found.add(d)
with open(os.path.join(out, "records.jsonl"), "w", encoding="utf-8") as f:
    for root, _, names in os.walk(os.path.join(shared, "corpus")):
        if "/raw" in root:
            continue
        for n in sorted(names):
            if not n.endswith(".jsonl"):
                continue
            for l in open(os.path.join(root, n), encoding="utf-8"):
                if not l.strip():
                    continue
                rid = json.loads(l).get("id")
                if rid in docs and rid not in found:
                    f.write(l)
                    found.add(rid)
missing = sorted(docs - found)
if missing:
    print("eval.sh: documents not found: " + ", ".join(missing), file=sys.stderr)
PY
}

# variant NAME DIR: rewrite the staged documents in place, in Traditional
# script (traditional) or with full-width digits (fullwidth): titles and
# text of JSON Lines records, the text between the tags of HTML pages, whole
# files otherwise. A file that is not UTF-8 is left as it is.
variant() {
	python3 - "$shared/data/opencc/STCharacters.txt" "$1" "$2" <<'PY'
import json, os, re, sys
table, name, d = sys.argv[1:]
m = {}
if name == "traditional":
    for line in open(table, encoding="utf-8"):
        if line.startswith("#") or "\t" not in line:
            continue
        a, b = line.rstrip("\n").split("\t")
        m[a] = b.split(" ")[0]
elif name == "fullwidth":
    m = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}
elif name == "asciipunct":
    m = dict(zip("\uff0c\u3002\uff1b\uff1a\uff08\uff09\uff01\uff1f", ",.;:()!?"))
elif name not in ("wrapped", "paged", "spaced", "pangu", "windows", "footnotes", "oneline", "indented", "escaped", "mdrecords", "apijson", "symbols", "thousands"):
    sys.exit("eval.sh: VARIANT must be traditional, fullwidth, wrapped, paged, spaced, pangu, windows, asciipunct, footnotes, oneline, indented, escaped, mdrecords, apijson, symbols or thousands, not " + repr(name))
closing = set("。，、；：？！）」”》%")
latin = re.compile(r"[0-9A-Za-z.]")

def wrap(line, width=36):
    if len(line) <= width or line.startswith(("#", "|", "<", "---")):
        return [line]
    parts, i = [], 0
    while i < len(line):
        j = min(len(line), i + width)
        while j < len(line) and (line[j] in closing or latin.match(line[j]) and latin.match(line[j - 1])):
            j += 1
        parts.append(line[i:j])
        i = j
    return parts

# paged: wrapped as above, then cut into pages of 40 lines as a PDF's text
# comes out: each page ends with its number in one of the styles Chinese
# documents use, and from the second page on some repeat a running header
# (the first line, or the issuer's name line). The style is fixed per file.
footers = ["\u2014 {n} \u2014", "- {n} -", "\u7b2c{n}\u9875 \u5171{t}\u9875", "{n}", "\u2014{n}\u2014", "\u7b2c {n} \u9875"]
def paged(s, key):
    lines = [p for l in s.split("\n") for p in wrap(l)]
    h = sum(map(ord, key))
    foot = footers[h % len(footers)]
    head = [None, "first", None][h // 7 % 3]
    first = next((l.strip() for l in lines if l.strip() and not l.startswith(("#", "---"))), "")
    pages = [lines[i:i + 40] for i in range(0, len(lines), 40)]
    out = []
    for k, page in enumerate(pages):
        if k and head == "first" and first:
            out.append(first)
        out.extend(page)
        if k < len(pages) - 1:
            out.extend(["", foot.format(n=k + 1, t=len(pages)), ""])
    return "\n".join(out)

# spaced: a short line without a clause mark (a title, a heading) is set
# letter-spaced, a space between every two Han characters, as a PDF sets it.
han = re.compile(r"[\u4e00-\u9fff]")
def spaced(line):
    t = line.strip()
    if not t or len(t) > 20 or re.search(r"[，。；,;：:]", t) or t.startswith(("<", "|", "---")):
        return line
    return "".join(c + (" " if i + 1 < len(line) and han.match(c) and han.match(line[i + 1]) else "") for i, c in enumerate(line))

# pangu: a space between Han and ASCII letters or digits (and after %), as
# some sites set mixed text (2025 年 GDP 增长 5%).
hanLatin = re.compile(r"([\u4e00-\u9fff])([0-9A-Za-z])")
latinHan = re.compile(r"([0-9A-Za-z%])([\u4e00-\u9fff])")

# footnotes: a reference mark after a quarter of the clauses, before or
# after the clause's mark, numbered up through the file (random, seeded by
# the file's name).
def footnotes(s, rnd):
    out, n = [], 0
    for c in s:
        if c in "\uff0c\u3002\uff1b" and rnd.random() < .25:
            n += 1
            mark = "[%d]" % n if rnd.random() < .7 else "[%d-%d]" % (n, n + 1)
            out.extend([mark, c] if rnd.random() < .5 else [c, mark])
        else:
            out.append(c)
    return "".join(out)

import random
rnd = None
if name == "wrapped":
    conv = lambda s: "\n".join(p for l in s.split("\n") for p in wrap(l))
elif name == "footnotes":
    conv = lambda s: footnotes(s, rnd)
elif name == "oneline":
    conv = lambda s: "".join(l.strip() for l in s.split("\n"))
elif name == "indented":
    def indented(s):
        # Text lines run together, each after the first opened by the
        # indent; a line of markup (a Markdown heading, table row, tag or
        # rule) keeps its own line, as a converter writes it.
        indent = rnd.choice(["\u3000\u3000", "\u2003\u2003"])
        out = ""
        for l in s.split("\n"):
            l = l.strip()
            if not l:
                continue
            if l.startswith(("#", "|", "<", "---", "![")):
                out += ("\n" if out else "") + l + "\n"
            elif out and not out.endswith("\n"):
                out += indent + l
            else:
                out += l
        return out
    conv = indented
elif name == "mdrecords":
    numbered = re.compile(r"^(?:[\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]+\u3001|[\uff08(][\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]+[\uff09)])")
    figure = re.compile(r"\d+(?:\.\d+)?(?:%|\u4ebf\u5143|\u4e07\u5143)")
    def mdrecord(s):
        out = []
        for l in s.split("\n"):
            l = l.strip()
            if not l:
                continue
            if numbered.match(l) and len(l) <= 40 or len(l) <= 30 and not re.search("[\u3002\uff0c\uff1b\uff01\uff1f]", l):
                out.append("## " + l)
                continue
            out.append(figure.sub(lambda m: "**" + m.group(0) + "**" if rnd.random() < .33 else m.group(0), l))
        return "\n\n".join(out)
    conv = mdrecord
elif name == "escaped":
    entities = {"\u201c": "&ldquo;", "\u201d": "&rdquo;", "\u2018": "&lsquo;", "\u2019": "&rsquo;", "\u2026": "&hellip;", "\u2014": "&mdash;"}
    conv = lambda s: "".join(entities.get(c, c) for c in s)
elif name == "thousands":
    bigNumber = re.compile(r"(?<![0-9A-Za-z.,_/#=-])([1-9][0-9]{4,})(?=(?:\.[0-9]+)?[^0-9A-Za-z_\u5e74])")
    conv = lambda s: bigNumber.sub(lambda m: "{:,}".format(int(m.group(1))), s)
elif name == "symbols":
    marks = ["\U0001F4CC", "\u25B6", "\u25A0", "\U0001F449", "\U0001F539", "\u2705", "\u25CF", "\u25C6", "\u2605", "\U0001F4A1"]
    def symbols(s):
        out = []
        for l in s.split("\n"):
            body = l.lstrip()
            if body and not body.startswith(("#", "|", "<", "---")) and rnd.random() < .33:
                l = l[:len(l) - len(body)] + rnd.choice(marks) + body
            out.append(l)
        return "\n".join(out)
    conv = symbols
elif name == "paged":
    conv = None
elif name == "spaced":
    conv = lambda s: "\n".join(spaced(l) for l in s.split("\n"))
elif name == "pangu":
    conv = lambda s: latinHan.sub(r"\1 \2", hanLatin.sub(r"\1 \2", s))
else:
    conv = lambda s: "".join(m.get(c, c) for c in s)
tags = re.compile(r"(<[^>]*>)")
for f in sorted(os.listdir(d)):
    p = os.path.join(d, f)
    try:
        text = open(p, encoding="utf-8").read()
    except UnicodeDecodeError:
        continue
    rnd = random.Random(f)
    if name == "windows":
        # CRLF line ends everywhere; every other text file (.txt, .md) in
        # GB18030, as files saved on Windows are
        data = text.replace("\n", "\r\n")
        with open(p, "wb") as o:
            try:
                o.write(data.encode("gb18030") if f.endswith((".txt", ".md")) and sorted(os.listdir(d)).index(f) % 2 == 0 else data.encode("utf-8"))
            except UnicodeEncodeError:
                o.write(data.encode("utf-8"))
        continue
    if name == "indented" and not (f == "records.jsonl" or f.endswith(".md")):
        continue # text files are mostly PDF exports, wrapped at a width
    if name == "apijson":
        if f == "records.jsonl":
            recs = [json.loads(l) for l in text.splitlines() if l.strip()]
            with open(os.path.join(d, "records.json"), "w", encoding="utf-8") as o:
                json.dump({"code": 0, "msg": "success", "data": {"total": len(recs), "list": recs}}, o, ensure_ascii=False, indent=1)
            os.remove(p)
        continue
    if name == "mdrecords" and f != "records.jsonl":
        continue # files keep their own format
    if name == "escaped" and not (f == "records.jsonl" or f.endswith(".txt")):
        continue # HTML and Markdown have entities of their own
    if name in ("spaced", "symbols") and (f == "records.jsonl" or f.endswith((".html", ".htm"))):
        continue # set by PDFs only
    if name == "paged":
        if f == "records.jsonl" or f.endswith((".html", ".htm")):
            continue # flashes and pages are no PDF exports
        k = 0
        if f.endswith(".md") and text.startswith("---\n") and "\n---\n" in text[4:]:
            k = text.index("\n---\n", 4) + 5
        text = text[:k] + paged(text[k:], f)
    elif f == "records.jsonl":
        out = []
        for line in text.splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            for k in ("title", "content", "text"):
                if isinstance(r.get(k), str):
                    if name == "mdrecords" and k == "title":
                        continue
                    if name == "escaped":
                        if k != "title":
                            r[k] = json.dumps(r[k], ensure_ascii=len(out) % 2 == 1)[1:-1]
                        continue
                    r[k] = conv(r[k])
            out.append(json.dumps(r, ensure_ascii=False))
        text = "\n".join(out) + "\n"
    elif f.endswith(".md") and text.startswith("---\n") and "\n---\n" in text[4:]:
        k = text.index("\n---\n", 4) + 5 # front matter is written by programs: left as it is
        text = text[:k] + conv(text[k:])
    elif f.endswith((".html", ".htm")):
        if name in ("wrapped", "oneline", "indented"):
            continue # markup decides its lines
        text = "".join(part if part.startswith("<") else conv(part) for part in tags.split(text))
    else:
        text = conv(text)
    with open(p, "w", encoding="utf-8") as o:
        o.write(text)
PY
}

declare -a names=() files=()
names+=(dev); files+=("$shared/eval/dev.gold.jsonl")
[ -f "$shared/eval/dev2.gold.jsonl" ] && { names+=(dev2); files+=("$shared/eval/dev2.gold.jsonl"); }
# external GOLD: true when every document GOLD names is one of
# testdata/gold/external.tsv's, fetched from outside ../shared.
external() {
	python3 - "$1" testdata/gold/external.tsv <<'PY'
import json, sys
gold, table = sys.argv[1:]
try:
    ext = {l.split("\t")[0] for l in open(table, encoding="utf-8") if l.strip() and not l.startswith("#")}
except FileNotFoundError:
    ext = set()
docs = {json.loads(l)["doc"] for l in open(gold, encoding="utf-8") if l.strip()}
sys.exit(0 if docs and docs <= ext else 1)
PY
}
skipped=()
for g in testdata/gold/*.gold.jsonl; do
	[ -f "$g" ] || continue
	n=$(basename "$g" .gold.jsonl)
	if [ -z "${EXT_DOCS:-}" ] && external "$g"; then
		skipped+=("$n")
		continue
	fi
	names+=("$n"); files+=("$g")
done
[ ${#skipped[@]} -eq 0 ] || echo "eval.sh: skipped ${skipped[*]}: their documents come from outside $shared (testdata/gold/external.tsv); fetch them with scripts/fetch-external.sh DIR and run with EXT_DOCS=DIR" >&2

summary="$tmp/summary.txt"
: >"$summary"
for i in "${!names[@]}"; do
	n=${names[$i]} g=${files[$i]}
	rm -rf "$tmp/$n" "$tmp/$n.db"; mkdir -p "$tmp/$n"
	stage "$g" "$tmp/$n"
	[ -z "${VARIANT:-}" ] || variant "$VARIANT" "$tmp/$n"
	# extract exits 1 when an input failed; it says which, and the rest is scored.
	"$pg" extract --quiet --db "$tmp/$n.db" "$tmp/$n" >/dev/null || echo "eval.sh: extract reported failures in $n (above)" >&2
	"$pg" docs --db "$tmp/$n.db" --format jsonl >"$tmp/$n.pred.jsonl"
	echo "== $n ($g)"
	python3 "$shared/eval/score.py" "$g" "$tmp/$n.pred.jsonl" $errors | tee "$tmp/$n.score"
	python3 - "$n" "$tmp/$n.score" >>"$summary" <<'PY'
import re, sys
name, path = sys.argv[1:]
f1, attr = {}, {}
for line in open(path, encoding="utf-8"):
    m = re.match(r"(regions|agencies|plans|amounts|targets)\s+\d+\s+\d+\s+\d+\s+\S+\s+\S+\s+(\S+)", line)
    if m: f1[m.group(1)] = m.group(2)
    m = re.match(r"(amount_qualifier|target_year|target_region|target_metric): (\S+)", line)
    if m: attr[m.group(1)] = m.group(2)
cols = ["regions", "agencies", "plans", "amounts", "targets"]
acols = ["amount_qualifier", "target_year", "target_region", "target_metric"]
print("%-10s " % name + " ".join("%8s" % f1.get(c, "-") for c in cols) + " " + " ".join("%8s" % attr.get(c, "-") for c in acols))
PY
done

web="$shared/eval/webextract"
if [ -f "$web/score.py" ]; then
	rm -f "$tmp/web.db"
	"$pg" extract --quiet --db "$tmp/web.db" "$web/original" >/dev/null || echo "eval.sh: extract reported failures in webextract (above)" >&2
	"$pg" docs --db "$tmp/web.db" --full --format jsonl >"$tmp/web.pred.jsonl"
	echo "== webextract"
	python3 "$web/score.py" "$tmp/web.pred.jsonl" $errors | tee "$tmp/web.score"
fi

echo
echo "F1 by type, then attribute accuracy of matched amounts/targets${VARIANT:+ (documents rewritten: $VARIANT)}:"
printf '%-10s %8s %8s %8s %8s %8s %8s %8s %8s %8s\n' set regions agencies plans amounts targets qualif year region metric
cat "$summary"
[ -f "$tmp/web.score" ] && grep -E "^(content|date)" "$tmp/web.score" | sed 's/^/webextract /'
exit 0
