#!/usr/bin/env bash
# fetch-external.sh DIR: download the documents of the gold sets that come
# from outside ../shared (testdata/gold/external.tsv: the document's name,
# the public repository, the commit and the path it was read from, and the
# SHA-256 of the text the annotators worked on) into DIR, and check each
# against its checksum. Then `EXT_DOCS=DIR scripts/eval.sh` scores those
# sets too. Rows whose repository is search:pages (sets 337 on) are
# excerpts of web pages from the workplace's search tool (the query and the
# page's url stand for commit and path): they are named, not fetched.
# Needs curl and access to raw.githubusercontent.com; a document that
# cannot be fetched or does not match is reported, and the rest go on.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: scripts/fetch-external.sh DIR}
mkdir -p "$dir"
python3 - "$dir" testdata/gold/external.tsv <<'PY'
import hashlib, os, subprocess, sys, urllib.parse
out, table = sys.argv[1:]
bad = skipped = 0
for n, line in enumerate(open(table, encoding="utf-8"), 1):
    if not line.strip() or line.startswith("#"):
        continue
    doc, repo, commit, path, sha = line.rstrip("\n").split("\t")
    if repo == "search:pages":
        # An excerpt of a web page as the workplace's search tool stores it
        # (the query, then the page's url): no public copy to download.
        print("%s:%d: %s: an excerpt of %s (search corpus pages, query %r): not downloadable; put its text in %s (SHA-256 %s)" % (table, n, doc, path, commit, out, sha), file=sys.stderr)
        skipped += 1
        continue
    url = "https://raw.githubusercontent.com/%s/%s/%s" % (repo, commit, urllib.parse.quote(path))
    dest = os.path.join(out, doc)
    r = subprocess.run(["curl", "-fsSL", "--retry", "2", "-o", dest, url])
    if r.returncode != 0:
        print("%s:%d: %s: could not fetch %s" % (table, n, doc, url), file=sys.stderr)
        bad += 1
        continue
    got = hashlib.sha256(open(dest, "rb").read()).hexdigest()
    if got != sha:
        print("%s:%d: %s: SHA-256 %s, want %s (the stored copy the gold was made on differs; the set's score may not be comparable)" % (table, n, doc, got, sha), file=sys.stderr)
        bad += 1
print("fetched into %s; %d problem(s), %d not downloadable" % (out, bad, skipped))
sys.exit(1 if bad else 0)
PY
