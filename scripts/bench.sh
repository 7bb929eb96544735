#!/usr/bin/env bash
# Benchmark policygraph over a corpus, side by side with the yardstick of
# segmenting the same text with gse alone (cmd/gsebaseline), all in one run:
#   - extract of the whole corpus: wall time, MB/s of article text, documents/s, peak RSS
#   - gse segmentation of the same documents, timed from process start
#   - extract again over the unchanged corpus (incremental)
#   - query targets on the built database (best and median of 9)
#   - peak RSS of extract at 1x and 4x the corpus (4 links to it)
# Usage: scripts/bench.sh [CORPUS]   (default ../shared/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$(cd "${1:-../shared/corpus}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "building into $work …"
go build -o "$work/policygraph" ./cmd/policygraph
go build -o "$work/gsebaseline" ./cmd/gsebaseline

# field JSON KEY: a number from a flat JSON object (no jq needed).
field() { grep -o "\"$2\":[0-9.]*" "$1" | head -1 | cut -d: -f2; }
kv() { tr ' ' '\n' < "$1" | grep "^$2=" | cut -d= -f2; }
now_ns() { date +%s%N; }
secs() { awk -v n="$1" 'BEGIN { printf "%.3f", n / 1e9 }'; }

echo "gse baseline …"
"$work/gsebaseline" "$corpus" > "$work/gse.txt"

# Wall times are taken around each process, from its start, as the gse
# baseline times itself.
echo "extract (cold) …"
t0=$(now_ns)
"$work/policygraph" extract "$corpus" --db "$work/kg.db" --json --quiet > "$work/x1.json" || true
x_ns=$(( $(now_ns) - t0 ))
echo "extract (unchanged) …"
t0=$(now_ns)
"$work/policygraph" extract "$corpus" --db "$work/kg.db" --json --quiet > "$work/x2.json" || true
r_ns=$(( $(now_ns) - t0 ))

echo "query …"
times=()
for i in 1 2 3 4 5 6 7 8 9; do
	t0=$(now_ns)
	"$work/policygraph" query targets --region 山东省 --db "$work/kg.db" > /dev/null
	times+=($(( $(now_ns) - t0 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
q_best=$(secs "${sorted[0]}"); q_med=$(secs "${sorted[4]}")

echo "extract at 4x the corpus …"
mkdir -p "$work/x4"
for i in 1 2 3 4; do ln -s "$corpus" "$work/x4/copy$i"; done
t0=$(now_ns)
"$work/policygraph" extract "$work/x4" --db "$work/kg4.db" --json --quiet > "$work/x4.json" || true
f_ns=$(( $(now_ns) - t0 ))

g_wall=$(kv "$work/gse.txt" wall_s); g_mb=$(kv "$work/gse.txt" mb_s); g_rss=$(kv "$work/gse.txt" max_rss_kb); g_docs=$(kv "$work/gse.txt" docs)
x_wall=$(secs "$x_ns"); x_bytes=$(field "$work/x1.json" bytes); x_docs=$(field "$work/x1.json" documents); x_rss=$(field "$work/x1.json" max_rss_kb)
r_wall=$(secs "$r_ns"); r_rss=$(field "$work/x2.json" max_rss_kb)
f_wall=$(secs "$f_ns"); f_docs=$(field "$work/x4.json" documents); f_rss=$(field "$work/x4.json" max_rss_kb)

awk -v gw="$g_wall" -v gmb="$g_mb" -v grss="$g_rss" -v gd="$g_docs" \
    -v xw="$x_wall" -v xb="$x_bytes" -v xd="$x_docs" -v xr="$x_rss" \
    -v rw="$r_wall" -v rr="$r_rss" -v qb="$q_best" -v qm="$q_med" \
    -v fw="$f_wall" -v fd="$f_docs" -v fr="$f_rss" 'BEGIN {
	printf "\n%-34s %10s %10s %10s %12s\n", "run", "wall s", "MB/s", "docs/s", "peak RSS MB"
	printf "%-34s %10.2f %10.2f %10.0f %12.0f\n", "gse Cut(zh_s), same documents", gw, gmb, gd/gw, grss/1024
	printf "%-34s %10.2f %10.2f %10.0f %12.0f\n", "policygraph extract (cold)", xw, xb/1e6/xw, xd/xw, xr/1024
	printf "%-34s %10.2f %10s %10s %12.0f\n", "policygraph extract (unchanged)", rw, "-", "-", rr/1024
	printf "%-34s %10.2f %10.2f %10.0f %12.0f\n", "policygraph extract, 4x corpus", fw, 4*xb/1e6/fw, fd/fw, fr/1024
	printf "%-34s %10.3f %10s %10s %12s\n", "policygraph query targets (best)", qb, "-", "-", "-"
	printf "%-34s %10.3f %10s %10s %12s\n", "policygraph query targets (median)", qm, "-", "-", "-"
	printf "\nratios: extract is %.1fx the speed of the gse baseline (target >= 3x); unchanged re-run takes %.1f%% of the first run (target < 5%%);\n", gw/xw, 100*rw/xw
	printf "        peak RSS %.0f MB at 1x, %.0f MB at 4x the corpus (target < 300 MB, flat); query median %.0f ms (target < 100 ms)\n", xr/1024, fr/1024, qm*1000
}'
