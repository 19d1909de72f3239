#!/usr/bin/env bash
# Prints the directory of the JDK sources that the benchmarks use as a corpus, extracting them first
# when missing: lib/src.zip of the JDK scripts/find-jdk.sh finds (else Temurin 25), unzipped into
# $BENCH_DIR/jdk (default /tmp/codebase-bench/jdk).
set -euo pipefail
java_home="$("$(dirname "$0")/find-jdk.sh")"
target="${BENCH_DIR:-/tmp/codebase-bench}/jdk"
if [ ! -d "$target/java.base" ]; then
  mkdir -p "$target"
  for zip in "$java_home/lib/src.zip" /usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip; do
    if [ -f "$zip" ] && unzip -q -o "$zip" -d "$target"; then break; fi
  done
fi
echo "$target"
