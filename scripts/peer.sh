#!/usr/bin/env bash
# Regions and agencies on text from elsewhere: the public NER gold sets in
# ../shared/peer (People's Daily, MSRA, CLUENER2020, Weibo). Their labels are
# not ours (LOC covers rivers and foreign cities, government leaves out
# bodies in titles; the guidelines leave some of those out or optional),
# so this is no F1. It measures how often what the tool reports lies where
# people marked a named entity at all:
#   - spans: region or agency mentions the tool reports as required;
#   - on entity: of those, the ones that overlap a labelled mention of any
#     type (LOC, ORG, GPE, address, government, company ...);
#   - off: the rest, which are either the tool's errors or labels left out
#     (全市 and 省政府 after 省委 are often unlabelled).
# With --errors, every off-entity span is printed with its context and rule,
# for reading (the sentences stay in ../shared: nothing is written to the
# repository). Deixis (全省, 全市) is counted apart: the sets never label it.
#
#   scripts/peer.sh            # the table
#   scripts/peer.sh --errors   # and every off-entity span
#   PG=BINARY scripts/peer.sh  # with another build (a baseline)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
[ -d "$shared/peer" ] || { echo "peer.sh: $shared/peer not found (the public NER sets)" >&2; exit 1; }
errors=${1:-}
case "$errors" in "" | --errors) ;; *) echo "usage: scripts/peer.sh [--errors]" >&2; exit 2 ;; esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pg=${PG:-$work/policygraph}
[ -n "${PG:-}" ] || go build -o "$pg" ./cmd/policygraph

python3 - "$shared/peer" "$work" <<'PY'
import json, os, sys
peer, work = sys.argv[1:]

def bio(path, sep):
    sents, cur = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        parts = line.split(sep)
        if len(parts) < 2 or not parts[0]:
            continue
        cur.append((parts[0][0], parts[-1]))
    if cur:
        sents.append(cur)
    out = []
    for s in sents:
        text = "".join(c for c, _ in s)
        ents, start, kind = [], None, None
        for j, (_, tag) in enumerate(s + [("", "O")]):
            if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and kind != tag[2:]):
                if start is not None:
                    ents.append((start, j, kind))
                    start = None
                if tag.startswith(("B-", "I-")):
                    start, kind = j, tag[2:]
        out.append((text, ents))
    return out

def cluener(path):
    out = []
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        ents = [(s, e + 1, kind) for kind, m in r["label"].items() for spans in m.values() for s, e in spans]
        out.append((r["text"], ents))
    return out

sets = {
    "peoples_daily": bio(os.path.join(peer, "peoples_daily", "example.dev"), " ") + bio(os.path.join(peer, "peoples_daily", "example.test"), " "),
    "msra": bio(os.path.join(peer, "msra", "msra_test_bio.txt"), "\t"),
    "cluener2020": cluener(os.path.join(peer, "cluener2020", "dev.json")),
    "weibo": bio(os.path.join(peer, "weibo", "weiboNER_2nd_conll.dev"), "\t") + bio(os.path.join(peer, "weibo", "weiboNER_2nd_conll.test"), "\t"),
}
labels = {}
with open(os.path.join(work, "in.jsonl"), "w", encoding="utf-8") as f:
    for name, sents in sets.items():
        for i, (text, ents) in enumerate(sents):
            rid = "%s-%d" % (name, i)
            labels[rid] = {"text": text, "ents": ents}
            f.write(json.dumps({"id": rid, "content": text}, ensure_ascii=False) + "\n")
json.dump(labels, open(os.path.join(work, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False)
PY

"$pg" extract --quiet --stdout - < "$work/in.jsonl" > "$work/out.jsonl"

python3 - "$work" "$errors" <<'PY'
import collections, json, os, sys
work, errors = sys.argv[1], sys.argv[2] == "--errors"
labels = json.load(open(os.path.join(work, "labels.json"), encoding="utf-8"))
count = collections.defaultdict(collections.Counter)
off = []
for line in open(os.path.join(work, "out.jsonl"), encoding="utf-8"):
    r = json.loads(line)
    lab = labels[r["doc"]]
    text, sent = r["text"], lab["text"]
    shift = len(text) - len(sent)
    if shift < 0 or text[shift:] != sent:
        count[r["doc"].rsplit("-", 1)[0]]["unaligned"] += 1
        continue
    raw = text.encode("utf-8")
    required = {"region": set(r["regions"]), "agency": set(r["agencies"])}
    setname = r["doc"].rsplit("-", 1)[0]
    for e in r.get("edges", []):
        if not e["from"].startswith("document:"):
            continue
        kind, name = e["to"].split(":", 1)
        if kind not in required or name not in required[kind]:
            continue
        for ev in e.get("evidence", []):
            s = len(raw[:ev["start"]].decode("utf-8")) - shift
            t = len(raw[:ev["end"]].decode("utf-8")) - shift
            if s < 0:
                continue
            if ev["rule"] == "region.deixis":
                count[setname]["region deixis"] += 1
                continue
            count[setname][kind + " spans"] += 1
            if any(a < t and s < b for a, b, _ in lab["ents"]):
                count[setname][kind + " on entity"] += 1
            else:
                off.append((setname, kind, name, ev["rule"], sent[max(0, s - 12):s] + "[" + sent[s:t] + "]" + sent[t:t + 12]))
print("%-14s %9s %9s %7s %9s %9s %7s %7s" % ("set", "regions", "on ent.", "share", "agencies", "on ent.", "share", "deixis"))
for name in ("peoples_daily", "msra", "cluener2020", "weibo"):
    c = count[name]
    rs, ro, ags, ao = c["region spans"], c["region on entity"], c["agency spans"], c["agency on entity"]
    print("%-14s %9d %9d %7.3f %9d %9d %7.3f %7d" % (name, rs, ro, ro / rs if rs else 1, ags, ao, ao / ags if ags else 1, c["region deixis"]))
    if c["unaligned"]:
        print("  (%d sentences whose text the tool changed are left out)" % c["unaligned"])
if errors:
    for o in sorted(off):
        print("\t".join(o))
PY
