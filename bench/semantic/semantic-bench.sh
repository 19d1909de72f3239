#!/usr/bin/env bash
# Semantic benchmark: embedding throughput and semantic-only recall@10 / MRR@10 of in-jar ONNX models on
# the relevance questions of bench/relevance, over a sample of each corpus (every labelled answer file
# plus randomly chosen others, seed fixed).
#
#   bench/semantic/semantic-bench.sh [models=minilm,bge,e5] [files=800] [text=summary|raw] [threads=N]
#
# Corpora as in bench/relevance/relevance-bench.sh: the JDK sources extracted into $BENCH_DIR/jdk and the
# Python standard library (PY_STDLIB). No database is needed. Then VectorScanBenchmark measures exact
# cosine search time over 10k-1M random 384-dimension vectors.
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

cd "$ROOT"
CP_FILE="$ROOT/bootstrap/target/semantic-bench.classpath"
./mvnw -B -q -o -pl bootstrap -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null
CP="$ROOT/bootstrap/target/test-classes:$ROOT/bootstrap/target/classes:$(cat "$CP_FILE")"

java -Xmx1g -cp "$CP" dev.codebasemcp.bootstrap.bench.SemanticBenchmark "$@" \
  "jdk=$JDK_TREE=$ROOT/bench/relevance/jdk.tsv=java" "python=$PY_STDLIB=$ROOT/bench/relevance/python.tsv=py"
if [ "${SKIP_SCAN:-0}" != 1 ]; then
  java -Xmx1500m -cp "$CP" dev.codebasemcp.bootstrap.bench.VectorScanBenchmark
fi
