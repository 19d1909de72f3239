#!/usr/bin/env bash
# Search benchmark: fixed literal, regex and text queries over the JDK sources (or any tree).
#
#   bench/search-bench.sh [TREE] [RUNS]
#
# TREE defaults to the JDK sources, extracted once into $BENCH_DIR (default /tmp/codebase-bench/jdk).
# The index lives in the database of CODEBASE_BENCH_DATABASE_URL (default: the local server's
# codebase_search_bench database, created when missing); an already published index of TREE is reused,
# set BENCH_REINDEX=1 to index it again. Prints per-query p50/p95/max latency, the overall p50/p95, and,
# when ripgrep (rg) is installed, whether every literal and regex query matches exactly the file:line
# pairs ripgrep finds in the same tree.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${2:-20}"
. "$ROOT/bench/lib.sh"
bench_java

TREE="${1:-}"
if [ -z "$TREE" ]; then
  bench_corpora
  TREE="$JDK_TREE"
fi
bench_database codebase_search_bench
bench_classpath

ARGS=("$TREE" "$DB_URL" "$RUNS")
if [ "${BENCH_REINDEX:-0}" = 1 ]; then ARGS+=(--reindex); fi
java -Xmx512m -cp "$CP" dev.codebasemcp.bootstrap.bench.SearchBenchmark "${ARGS[@]}" 2>&1
if [ -z "${1:-}" ]; then
  # The other search benchmarks run with this one: relevance of ranked text, agreement with ripgrep.
  "$ROOT/bench/relevance/relevance-bench.sh"
  if command -v rg >/dev/null; then "$ROOT/bench/ripgrep-compare.sh"; fi
fi
