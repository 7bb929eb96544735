#!/usr/bin/env bash
# The project's test command: formatting, go vet, staticcheck, and every
# test (unit, golden, corpus when ../shared is beside the repository).
# Needs only Go; staticcheck is fetched from the module proxy at a pinned
# version.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== gofmt"
unformatted=$(gofmt -l .)
if [ -n "$unformatted" ]; then
	echo "these files need gofmt -w:"; echo "$unformatted"; exit 1
fi

echo "== go vet"
go vet ./...

echo "== staticcheck"
go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

echo "== go test"
go test -count=1 ./...
