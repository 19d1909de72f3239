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
BENCH_DIR="${BENCH_DIR:-/tmp/codebase-bench}"
RUNS="${2:-20}"

JAVA_HOME="$("$ROOT/scripts/find-jdk.sh")"
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"

TREE="${1:-}"
if [ -z "$TREE" ]; then
  TREE="$BENCH_DIR/jdk"
  if [ ! -d "$TREE" ]; then
    mkdir -p "$TREE"
    unzip -q "$JAVA_HOME/lib/src.zip" -d "$TREE" 2>/dev/null \
      || unzip -q /usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip -d "$TREE"
  fi
fi

DB_URL="${CODEBASE_BENCH_DATABASE_URL:-jdbc:postgresql://127.0.0.1:5432/codebase_search_bench?user=postgres}"
if [ -z "${CODEBASE_BENCH_DATABASE_URL:-}" ] && command -v psql >/dev/null; then
  psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'codebase_search_bench'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE codebase_search_bench"
fi

cd "$ROOT"
CP_FILE="$ROOT/bootstrap/target/search-bench.classpath"
./mvnw -B -q -pl bootstrap -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null
CP="$ROOT/bootstrap/target/test-classes:$ROOT/bootstrap/target/classes:$(cat "$CP_FILE")"

ARGS=("$TREE" "$DB_URL" "$RUNS")
if [ "${BENCH_REINDEX:-0}" = 1 ]; then ARGS+=(--reindex); fi
exec java -Xmx512m -cp "$CP" dev.codebasemcp.bootstrap.bench.SearchBenchmark "${ARGS[@]}" 2>&1
