#!/usr/bin/env bash
# Indexer benchmark: cold index, no-change re-index, one changed file; cindex on the same tree when installed.
#   bench/index-bench.sh [repository]     (default: the JDK sources from the running JDK's lib/src.zip)
# Environment: CODEBASE_BENCH_DATABASE_URL (default: an embedded PostgreSQL 18 in bench/work/pgdata),
#              BENCH_HEAP (default 256m: the heap goal is enforced by the JVM's limit).
source "$(dirname "$0")/common.sh"

corpus "${1:-}"
CLASSPATH=$(test_classpath)
# Reactor modules resolve to their class folders; the test-jar of persistence-jooq to its test classes.
CLASSPATH="$CLASSPATH:persistence-jooq/target/test-classes:persistence-jooq/target/classes:application/target/classes:domain/target/classes"

java -Xmx"${BENCH_HEAP:-256m}" -cp "$CLASSPATH" dev.codebasemcp.bootstrap.bench.IndexBenchmark "$REPO" "$WORK"

if command -v cindex >/dev/null; then
  export CSEARCHINDEX="$WORK/csearchindex"
  rm -f "$CSEARCHINDEX"
  start=$(date +%s.%N)
  cindex "$REPO" >/dev/null 2>&1
  end=$(date +%s.%N)
  seconds=$(echo "$end - $start" | bc)
  ours=$(cat "$WORK/cold-seconds.txt")
  printf 'cindex cold index: %.2f s, index %s MB; ours/cindex: %.1f\n' "$seconds" "$(du -m "$CSEARCHINDEX" | cut -f1)" \
    "$(echo "$ours / $seconds" | bc -l)"
else
  echo "cindex not installed (apt-get install codesearch) - no comparison"
fi
