#!/usr/bin/env bash
# The main job on the embedded default rules and our own sample documents:
# build policygraph, extract testdata/samples into demo.db, and list the
# targets it found, by region.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bin
go build -o bin/policygraph ./cmd/policygraph
rm -f demo.db
bin/policygraph extract testdata/samples --db demo.db
echo
bin/policygraph query targets --db demo.db
echo
bin/policygraph query targets --db demo.db --region 浙江省 --year 2025-2026
