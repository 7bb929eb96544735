#!/usr/bin/env bash
# Benchmark the store on many tiny JSON Lines records (issue 10): N
# one-sentence records (default 1,000,000), made up here from a few
# region names and numbers, are extracted into a new database; then
#   - the input and database sizes and their ratio (target <= 5x),
#   - extract's wall time and peak RSS,
#   - query targets over the whole database: wall time and peak RSS
#     (target < 1 s and < 300 MB), best of 3,
#   - db compact: the size after,
#   - export --format json of the whole database: wall time and peak RSS,
# each with the load average when it started (the machine may be shared).
# Usage: scripts/bench-tiny.sh [N]
# A million records take some minutes on two cores; 100000 gives the
# shape in one.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/policygraph" ./cmd/policygraph

awk -v n="$n" 'BEGIN {
	split("山东省 广东省 深圳市 山西省 杭州市 江苏省 浙江省 上海市", r, " ")
	srand(1)
	for (i = 0; i < n; i++) {
		k = int(rand() * 500) + 1
		printf "{\"id\":\"n%d\",\"content\":\"%s到%d年培育企业%d家，投入%d亿元。\"}\n", i, r[int(rand() * 8) + 1], 2023 + int(rand() * 3), k, k
	}
}' > "$work/tiny.jsonl"

# peak RSS and wall time of a command, from GNU time or bash's time.
measure() {
	local out=$1; shift
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -f "%e %M" -o "$out" "$@" > /dev/null
	else
		local t0=$(date +%s%N); "$@" > /dev/null; echo "$(( ($(date +%s%N) - t0) / 1000000 ))e-3 0" > "$out"
	fi
}

load1() { cut -d' ' -f1 /proc/loadavg; }
echo "extract of $n records, load $(load1) …"
measure "$work/x.time" "$work/policygraph" extract --quiet --db "$work/kg.db" "$work/tiny.jsonl"
echo "query targets ×3, load $(load1) …"
best=""
for i in 1 2 3; do
	measure "$work/q$i.time" "$work/policygraph" query targets --db "$work/kg.db"
	best=$( (echo "$best"; cat "$work/q$i.time") | grep . | sort -n | head -1)
done
echo "export --format json, load $(load1) …"
measure "$work/e.time" "$work/policygraph" export --format json --db "$work/kg.db"
in_b=$(stat -c %s "$work/tiny.jsonl"); db_b=$(stat -c %s "$work/kg.db")
"$work/policygraph" db compact --db "$work/kg.db" > /dev/null
c_b=$(stat -c %s "$work/kg.db")
read -r xw xr < "$work/x.time"; read -r qw qr <<< "$best"; read -r ew er < "$work/e.time"
awk -v n="$n" -v ib="$in_b" -v db="$db_b" -v cb="$c_b" -v xw="$xw" -v xr="$xr" -v qw="$qw" -v qr="$qr" -v ew="$ew" -v er="$er" -v la="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
	printf "\n%d tiny records: input %.1f MB\n", n, ib/1e6
	printf "database             %8.1f MB  %5.1fx the input (target <= 5x)\n", db/1e6, db/ib
	printf "after db compact     %8.1f MB  %5.1fx\n", cb/1e6, cb/ib
	printf "extract              %8.1f s   peak RSS %.0f MB\n", xw, xr/1024
	printf "query targets (best) %8.2f s   peak RSS %.0f MB (target < 1 s, < 300 MB)\n", qw, qr/1024
	printf "export --format json %8.2f s   peak RSS %.0f MB (target < 300 MB)\n", ew, er/1024
	printf "load average now %s\n", la
}'
