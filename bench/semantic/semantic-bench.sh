#!/usr/bin/env bash
# Semantic benchmark: embedding throughput and semantic-only recall@10 / MRR@10 of in-jar ONNX models on
# the relevance questions of bench/relevance, over a sample of each corpus (every labelled answer file
# plus randomly chosen others, seed fixed); then VectorScanBenchmark: exact cosine search time over
# 10k-300k random 384-dimension vectors next to an HNSW graph. No database is needed.
#
#   bench/semantic/semantic-bench.sh [models=minilm,bge,e5] [files=800] [text=summary|raw] [threads=N]
#
# Corpora: the JDK sources (scripts/jdk-sources.sh) and the Python standard library of the machine
# (PY_STDLIB, default: python3's stdlib directory). SKIP_SCAN=1 leaves out the vector scan part.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
export JAVA_HOME="$("$ROOT/scripts/find-jdk.sh")"
JDK_TREE="$("$ROOT/scripts/jdk-sources.sh")"
PY_STDLIB="${PY_STDLIB:-$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')}"

cd "$ROOT"
CP_FILE="$ROOT/bootstrap/target/semantic-bench.classpath"
./mvnw -B -q -o -pl bootstrap -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null
CP="$ROOT/bootstrap/target/test-classes:$ROOT/bootstrap/target/classes:$(cat "$CP_FILE")"

"$JAVA_HOME/bin/java" -Xmx1g -cp "$CP" dev.codebasemcp.bootstrap.bench.SemanticBenchmark "$@" \
  "jdk=$JDK_TREE=$ROOT/bench/relevance/jdk.tsv=java" "python=$PY_STDLIB=$ROOT/bench/relevance/python.tsv=py"
if [ "${SKIP_SCAN:-0}" != 1 ]; then
  "$JAVA_HOME/bin/java" -Xmx1800m -cp "$CP" dev.codebasemcp.bootstrap.bench.VectorScanBenchmark
fi
