#!/usr/bin/env bash
# Profile the extractor: runs BenchmarkExtractCorpus (the extractor alone
# over a sample of the shared corpus, extract/corpus_bench_test.go) on one
# core with a CPU and a memory profile, then prints the benchmark line
# (MB/s per core, bytes and allocations per run), the load average, and
# the top functions by cumulative and by own CPU time.
#
# PKG=cmd profiles the whole command instead: BenchmarkExtractCommand, a
# cold extract of the whole corpus into a fresh database (walking,
# reading, extraction, bbolt), once, with the default --jobs.
#
# Usage: scripts/profile.sh [OUTDIR]   (default: a new temporary folder;
# the profiles and the test binary stay there for `go tool pprof`)
# Environment: BENCH=regexp (default ExtractCorpus; IngestCorpus profiles
# reading), BENCHTIME (default 3x), TOP (default 25), and the benchmark's
# POLICYGRAPH_BENCH_CORPUS / POLICYGRAPH_BENCH_EVERY.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d)}
mkdir -p "$out"
out=$(cd "$out" && pwd)
bench=${BENCH:-ExtractCorpus}
top=${TOP:-25}
pkg=./extract; cpu=1; benchtime=${BENCHTIME:-3x}
if [ "${PKG:-}" = cmd ]; then
	pkg=./cmd/policygraph; bench=${BENCH:-ExtractCommand}; cpu=$(nproc); benchtime=${BENCHTIME:-1x}
fi

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
go test -c -o "$out/extract.test" "$pkg"
(cd "$pkg" && "$out/extract.test" -test.run '^$' -test.bench "^Benchmark($bench)\$" \
	-test.benchtime "$benchtime" -test.cpu "$cpu" -test.benchmem \
	-test.cpuprofile "$out/cpu.pprof" -test.memprofile "$out/mem.pprof") | tee "$out/bench.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if grep -q -- '--- SKIP' "$out/bench.txt" || ! grep -q '^Benchmark' "$out/bench.txt"; then
	echo "profile.sh: the benchmark did not run (no corpus?)" >&2
	exit 1
fi
echo; echo "== top $top by cumulative CPU"
go tool pprof -top -cum -nodecount "$top" "$out/extract.test" "$out/cpu.pprof" 2>/dev/null | grep -v '^Type:\|^Time:\|^Duration:'
echo; echo "== top $top by own CPU"
go tool pprof -top -nodecount "$top" "$out/extract.test" "$out/cpu.pprof" 2>/dev/null | grep -v '^Type:\|^Time:\|^Duration:'
echo; echo "== top $top by allocated bytes"
go tool pprof -sample_index=alloc_space -top -nodecount "$top" "$out/extract.test" "$out/mem.pprof" 2>/dev/null | grep -v '^Type:\|^Time:\|^Duration:'
echo; echo "profiles in $out (go tool pprof $out/extract.test $out/cpu.pprof)"
