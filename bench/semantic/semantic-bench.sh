#!/usr/bin/env bash
# Semantic benchmark: embedding throughput and semantic-only recall@10 / MRR@10 of in-jar ONNX models on
# the relevance questions of bench/relevance, over a sample of each corpus (every labelled answer file
# plus randomly chosen others, seed fixed); then VectorScanBenchmark: exact cosine search time over
# 10k-300k random 384-dimension vectors next to an HNSW graph. No database is needed.
#
#   bench/semantic/semantic-bench.sh [models=minilm,bge,e5] [files=800] [text=summary|raw] [threads=N]
#
# Corpora: the JDK sources (bench_corpora in bench/lib.sh) and the Python standard library of the machine
# (PY_STDLIB, default: Debian's /usr/lib/python3.11, else python3's stdlib directory). SKIP_SCAN=1 leaves out the vector scan part.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/bench/lib.sh"
bench_java
bench_corpora
bench_classpath
cd "$ROOT"

"$JAVA_HOME/bin/java" -Xmx1g -cp "$CP" dev.codebasemcp.bootstrap.bench.SemanticBenchmark "$@" \
  "jdk=$JDK_TREE=$ROOT/bench/relevance/jdk.tsv=java" "python=$PY_STDLIB=$ROOT/bench/relevance/python.tsv=py"
if [ "${SKIP_SCAN:-0}" != 1 ]; then
  "$JAVA_HOME/bin/java" -Xmx1800m -cp "$CP" dev.codebasemcp.bootstrap.bench.VectorScanBenchmark
fi
