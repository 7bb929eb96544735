#!/usr/bin/env bash
# Benchmark policygraph over a corpus against the yardstick of segmenting
# the same documents with gse alone (cmd/gsebaseline).
#
# The two commands run in alternating pairs (gse, then a cold extract into
# a fresh database), PAIRS times (default 3, at least 3), so that a change
# of load on a shared machine hits both sides alike. Both are timed from
# outside, around the process. Reported: min / median / max wall time of
# each side, the ratio of the medians (extract's speed in units of gse's),
# and the load average at the start of every run, since on a shared
# machine a figure means little without it. Then, once each: extract over
# the unchanged corpus (incremental), query targets (best and median of 9)
# and extract at 4x the corpus (4 links to it) for peak RSS.
#
# Folders named by --exclude patterns are left out of both sides (default
# "raw": the shared corpus keeps raw dumps there; see README).
#
# BASE=REV (a commit, branch or tag) builds that revision too and runs it
# as a third side in every round (gse, base, extract), for a before/after
# comparison under the same load; its ratio to gse is reported beside.
#
# Usage: scripts/bench.sh [CORPUS]     (default ../shared/corpus)
# Environment: PAIRS=N (>= 3), EXCLUDE="raw other" (space-separated
# patterns), QUICK=1 skips the unchanged/query/4x part, BASE=REV.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$(cd "${1:-../shared/corpus}" && pwd)
pairs=${PAIRS:-3}
if [ "$pairs" -lt 3 ]; then
	echo "bench.sh: PAIRS must be at least 3 (min/median/max)" >&2
	exit 2
fi
read -r -a patterns <<< "${EXCLUDE-raw}"
x_excl=(); g_excl=()
for p in "${patterns[@]}"; do x_excl+=(--exclude "$p"); g_excl+=(-exclude "$p"); done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "building into $work …"
go build -o "$work/policygraph" ./cmd/policygraph
go build -o "$work/gsebaseline" ./cmd/gsebaseline
if [ -n "${BASE:-}" ]; then
	mkdir -p "$work/base-src"
	git archive "$BASE" | tar -x -C "$work/base-src"
	(cd "$work/base-src" && go build -o "$work/policygraph-base" ./cmd/policygraph)
fi

# field FILE KEY: a number from a flat JSON object (no jq needed).
field() { grep -o "\"$2\":[0-9.]*" "$1" | head -1 | cut -d: -f2; }
kv() { tr ' ' '\n' < "$1" | grep "^$2=" | cut -d= -f2; }
now_ns() { date +%s%N; }
secs() { awk -v n="$1" 'BEGIN { printf "%.3f", n / 1e9 }'; }
load1() { cut -d' ' -f1 /proc/loadavg; }

# stats: min median max of numbers on standard input.
stats() { sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%s %s %s\n", v[1], m, v[NR] }'; }

echo "corpus $corpus (excluding: ${patterns[*]:-nothing}); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-5s %-8s %10s %10s %12s\n' pair side "wall s" load1 "peak RSS MB"
: > "$work/g.times"; : > "$work/x.times"; : > "$work/b.times"
for i in $(seq 1 "$pairs"); do
	l=$(load1); t0=$(now_ns)
	"$work/gsebaseline" "${g_excl[@]}" "$corpus" > "$work/gse.txt"
	g=$(secs $(( $(now_ns) - t0 ))); echo "$g" >> "$work/g.times"
	printf '%-5s %-8s %10s %10s %12.0f\n' "$i" gse "$g" "$l" "$(( $(kv "$work/gse.txt" max_rss_kb) / 1024 ))"

	if [ -n "${BASE:-}" ]; then
		rm -f "$work/kgb.db"
		l=$(load1); t0=$(now_ns)
		"$work/policygraph-base" extract "$corpus" "${x_excl[@]}" --db "$work/kgb.db" --json --quiet > "$work/b1.json" || true
		bt=$(secs $(( $(now_ns) - t0 ))); echo "$bt" >> "$work/b.times"
		printf '%-5s %-8s %10s %10s %12.0f\n' "$i" base "$bt" "$l" "$(( $(field "$work/b1.json" max_rss_kb) / 1024 ))"
	fi

	rm -f "$work/kg.db"
	l=$(load1); t0=$(now_ns)
	"$work/policygraph" extract "$corpus" "${x_excl[@]}" --db "$work/kg.db" --json --quiet > "$work/x1.json" || true
	x=$(secs $(( $(now_ns) - t0 ))); echo "$x" >> "$work/x.times"
	printf '%-5s %-8s %10s %10s %12.0f\n' "$i" extract "$x" "$l" "$(( $(field "$work/x1.json" max_rss_kb) / 1024 ))"
done
read -r g_min g_med g_max < <(stats < "$work/g.times")
read -r x_min x_med x_max < <(stats < "$work/x.times")
g_docs=$(kv "$work/gse.txt" docs); x_docs=$(field "$work/x1.json" documents); x_bytes=$(field "$work/x1.json" bytes)
if [ "$g_docs" != "$x_docs" ]; then
	echo "warning: gse read $g_docs documents, extract $x_docs" >&2
fi
awk -v gmin="$g_min" -v gmed="$g_med" -v gmax="$g_max" -v xmin="$x_min" -v xmed="$x_med" -v xmax="$x_max" \
    -v b="$x_bytes" -v d="$x_docs" -v n="$pairs" -v la="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
	printf "\n%d documents, %.1f MB of article text, %d pairs\n", d, b / 1e6, n
	printf "%-30s %8s %8s %8s %12s\n", "wall s", "min", "median", "max", "MB/s (med)"
	printf "%-30s %8.2f %8.2f %8.2f %12.2f\n", "gse Cut(zh_s), same documents", gmin, gmed, gmax, b / 1e6 / gmed
	printf "%-30s %8.2f %8.2f %8.2f %12.2f\n", "policygraph extract (cold)", xmin, xmed, xmax, b / 1e6 / xmed
	printf "ratio of medians: extract is %.2fx the speed of the gse baseline (issue 14 target >= 6x); load average now %s\n", gmed / xmed, la
}'
if [ -n "${BASE:-}" ]; then
	read -r b_min b_med b_max < <(stats < "$work/b.times")
	awk -v gmed="$g_med" -v bmin="$b_min" -v bmed="$b_med" -v bmax="$b_max" -v xmed="$x_med" -v base="$BASE" 'BEGIN {
		printf "%-30s %8.2f %8.2f %8.2f\n", "base " base " (cold)", bmin, bmed, bmax
		printf "ratio of medians for base %s: %.2fx the gse baseline; extract is %.2fx the speed of base\n", base, gmed / bmed, bmed / xmed
	}'
fi

if [ -n "${QUICK:-}" ]; then
	exit 0
fi

echo; echo "extract (unchanged), load $(load1) …"
t0=$(now_ns)
"$work/policygraph" extract "$corpus" "${x_excl[@]}" --db "$work/kg.db" --json --quiet > "$work/x2.json" || true
r_ns=$(( $(now_ns) - t0 ))

echo "query, load $(load1) …"
times=()
for i in 1 2 3 4 5 6 7 8 9; do
	t0=$(now_ns)
	"$work/policygraph" query targets --region 山东省 --db "$work/kg.db" > /dev/null 2>&1 || true
	times+=($(( $(now_ns) - t0 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
q_best=$(secs "${sorted[0]}"); q_med=$(secs "${sorted[4]}")

echo "extract at 4x the corpus, load $(load1) …"
mkdir -p "$work/x4"
for i in 1 2 3 4; do ln -s "$corpus" "$work/x4/copy$i"; done
t0=$(now_ns)
"$work/policygraph" extract "$work/x4" "${x_excl[@]}" --follow-symlinks --db "$work/kg4.db" --json --quiet > "$work/x4.json" || true
f_ns=$(( $(now_ns) - t0 ))

awk -v xw="$x_med" -v xr="$(field "$work/x1.json" max_rss_kb)" \
    -v rw="$(secs "$r_ns")" -v rr="$(field "$work/x2.json" max_rss_kb)" -v qb="$q_best" -v qm="$q_med" \
    -v fw="$(secs "$f_ns")" -v fd="$(field "$work/x4.json" documents)" -v fr="$(field "$work/x4.json" max_rss_kb)" \
    -v la="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
	printf "\n%-34s %10s %10s %12s\n", "run", "wall s", "docs", "peak RSS MB"
	printf "%-34s %10.2f %10s %12.0f\n", "policygraph extract (unchanged)", rw, "-", rr / 1024
	printf "%-34s %10.2f %10d %12.0f\n", "policygraph extract, 4x corpus", fw, fd, fr / 1024
	printf "%-34s %10.3f\n", "policygraph query targets (best)", qb
	printf "%-34s %10.3f\n", "policygraph query targets (median)", qm
	printf "unchanged re-run %.1f%% of the median cold run; peak RSS %.0f MB at 1x, %.0f MB at 4x; load average now %s\n", 100 * rw / xw, xr / 1024, fr / 1024, la
}'
