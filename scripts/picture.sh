#!/usr/bin/env bash
# Redraw docs/seeds.svg, the README's picture: the graph of the five seed
# documents (../shared/corpus/seeds), made by policygraph and Graphviz.
# Needs Graphviz and a CJK font (Debian/Ubuntu: apt-get install graphviz
# fonts-noto-cjk). docs/seeds.dot is the export itself; a test keeps it
# in step with the extractor (go test ./cmd/policygraph -run Picture -update).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${CORPUS:-../shared/corpus}
mkdir -p bin docs
go build -o bin/policygraph ./cmd/policygraph
db=$(mktemp -d)/seeds.db
trap 'rm -rf "$(dirname "$db")"' EXIT
bin/policygraph extract --quiet --db "$db" "$corpus/seeds"
# Documents are known by absolute paths; the picture names them from here.
abs=$(cd "$corpus" && pwd)
bin/policygraph export --db "$db" --format dot --no-documents | sed "s|$abs|$corpus|g" > docs/seeds.dot
dot -Tsvg docs/seeds.dot -o docs/seeds.svg
echo "wrote docs/seeds.dot and docs/seeds.svg"
