#!/usr/bin/env bash
# Relevance benchmark: labelled questions over two corpora, recall@10 and MRR@10 per corpus and mode.
#
#   bench/relevance/relevance-bench.sh [--reindex]
#
# Corpora (see bench/lib.sh): the JDK sources with jdk.tsv, and the Python standard library with
# python.tsv. The questions were written for JDK 25 and Python 3.11; another version may lack a
# labelled file, which then counts as a miss. The index lives in the database of
# CODEBASE_BENCH_DATABASE_URL (default: the local server's codebase_relevance_bench database, created
# when missing); published indexes are reused unless --reindex is given.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
. "$ROOT/bench/lib.sh"
bench_java
bench_corpora
bench_database codebase_relevance_bench
bench_classpath

exec java -Xmx512m -cp "$CP" dev.codebasemcp.bootstrap.bench.RelevanceBenchmark "$DB_URL" \
  "jdk=$JDK_TREE=$HERE/jdk.tsv" "python=$PY_STDLIB=$HERE/python.tsv" "$@"
