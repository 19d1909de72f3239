#!/usr/bin/env bash
# Relevance benchmark: labelled questions over two corpora, recall@10 and MRR@10 per corpus and mode.
#
#   bench/relevance/relevance-bench.sh [--reindex]
#
# Corpora: the JDK sources (lib/src.zip of the JDK the scripts find, else Temurin 25), extracted once
# into $BENCH_DIR/jdk (default /tmp/codebase-bench/jdk), with jdk.tsv; and the Python standard library
# of the machine (PY_STDLIB, default: python3's stdlib directory, /usr/lib/python3.11 on Debian 12),
# with python.tsv. The questions were written for JDK 25 and Python 3.11; another version may lack a
# labelled file, which then counts as a miss.
# The index lives in the database of CODEBASE_BENCH_DATABASE_URL (default: the local server's
# codebase_relevance_bench database, created when missing); published indexes are reused.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BENCH_DIR="${BENCH_DIR:-/tmp/codebase-bench}"

JAVA_HOME="$("$ROOT/scripts/find-jdk.sh")"
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"

JDK_TREE="$BENCH_DIR/jdk"
if [ ! -d "$JDK_TREE/java.base" ]; then
  mkdir -p "$JDK_TREE"
  unzip -q -o "$JAVA_HOME/lib/src.zip" -d "$JDK_TREE" 2>/dev/null \
    || unzip -q -o /usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip -d "$JDK_TREE"
fi
PY_STDLIB="${PY_STDLIB:-$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')}"

DB_URL="${CODEBASE_BENCH_DATABASE_URL:-jdbc:postgresql://127.0.0.1:5432/codebase_relevance_bench?user=postgres}"
if [ -z "${CODEBASE_BENCH_DATABASE_URL:-}" ] && command -v psql >/dev/null; then
  psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'codebase_relevance_bench'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE codebase_relevance_bench"
fi

cd "$ROOT"
CP_FILE="$ROOT/bootstrap/target/relevance-bench.classpath"
./mvnw -B -q -o -pl bootstrap -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null
CP="$ROOT/bootstrap/target/test-classes:$ROOT/bootstrap/target/classes:$(cat "$CP_FILE")"

exec java -Xmx512m -cp "$CP" dev.codebasemcp.bootstrap.bench.RelevanceBenchmark "$DB_URL" \
  "jdk=$JDK_TREE=$HERE/jdk.tsv" "python=$PY_STDLIB=$HERE/python.tsv" "$@"
