#!/usr/bin/env bash
# Text search latency over HTTP: a real `codebase-mcp serve` on the relevance benchmark's database
# answers every question of bench/relevance/jdk.tsv (and python.tsv) with GET /api/v1/search, once to
# warm up and then RUNS times each (default 5); prints p50, p95 and max of curl's total time.
#
#   bench/search-http.sh [RUNS]
#
# Run bench/relevance/relevance-bench.sh first: it indexes the corpora into that database.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${1:-5}"
. "$ROOT/bench/lib.sh"
bench_java
bench_corpora
bench_database codebase_relevance_bench

work=$(mktemp -d)
port=${BENCH_PORT:-18766}
CODEBASE_HOME="$work/home" CODEBASE_DATABASE_URL="${DB_URL%%\?*}" CODEBASE_DATABASE_USER=postgres \
  CODEBASE_HTTP_HOST=127.0.0.1 CODEBASE_HTTP_PORT=$port CODEBASE_LOG_LEVEL=WARN \
  "$ROOT/bin/codebase-mcp" serve > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null && break
  kill -0 $server 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.5
done

for corpus in "jdk=$JDK_TREE" "python=$PY_STDLIB"; do
  name=${corpus%%=*}
  tree=$(cd "${corpus#*=}" && pwd -P)
  : > "$work/times"
  while IFS=$'\t' read -r question _; do
    case "$question" in ''|'#'*) continue ;; esac
    url="http://127.0.0.1:$port/api/v1/search"
    args=(--get -s -o /dev/null --data-urlencode "q=$question" --data-urlencode "repo_path=$tree")
    curl "${args[@]}" "$url"
    for _ in $(seq 1 "$RUNS"); do
      curl "${args[@]}" -w '%{time_total}\n' "$url" >> "$work/times"
    done
  done < "$ROOT/bench/relevance/$name.tsv"
  sort -n "$work/times" | awk -v name="$name" '{ t[NR] = $1 * 1000 } END {
    printf "%s: %d searches over HTTP, p50 %.1f ms, p95 %.1f ms, max %.1f ms\n", name, NR,
      t[int(NR * 0.5 + 0.5)], t[int(NR * 0.95 + 0.5)], t[NR] }'
done
echo "# load average $(cut -d' ' -f1-3 /proc/loadavg)"
