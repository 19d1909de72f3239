#!/usr/bin/env bash
# Symbols benchmark: extracts the definitions of every .java file of the JDK sources (or any tree)
# with tree-sitter on one and on two threads, and compares the classes, interfaces and methods with
# Universal Ctags (`ctags -R --languages=Java --kinds-Java=cim`): recall, precision, and the
# differences in bench/work/symbols-missed.txt and symbols-extra.txt.
#
#   bench/symbols-bench.sh [TREE]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK="$ROOT/bench/work"
mkdir -p "$WORK"

JAVA_HOME=$(scripts/find-jdk.sh)
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

if ! ctags --version 2>/dev/null | grep -q 'Universal Ctags'; then
  echo "Universal Ctags is needed for the comparison: apt-get install universal-ctags" >&2
  exit 1
fi

TREE=${1:-}
if [[ -z "$TREE" ]]; then
  TREE="$WORK/jdk-src"
  SRC_ZIP=${BENCH_SRC_ZIP:-/usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip}
  [[ -f "$SRC_ZIP" ]] || SRC_ZIP="$JAVA_HOME/lib/src.zip"
  if [[ ! -d "$TREE" ]]; then
    echo "Extracting $SRC_ZIP to $TREE" >&2
    rm -rf "$TREE.tmp" && mkdir -p "$TREE.tmp" && unzip -q "$SRC_ZIP" -d "$TREE.tmp" && mv "$TREE.tmp" "$TREE"
  fi
fi

echo "Building the test classes" >&2
./mvnw -B -q -o -pl bootstrap -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test >&2
CLASSPATH="bootstrap/target/test-classes:bootstrap/target/classes:application/target/classes:domain/target/classes"
CLASSPATH="$CLASSPATH:$(cat "$WORK/classpath.txt")"

java -Xmx"${BENCH_HEAP:-1g}" --enable-native-access=ALL-UNNAMED -Dlogback.statusListenerClass=ch.qos.logback.core.status.NopStatusListener \
  -cp "$CLASSPATH" dev.codebasemcp.bootstrap.syntax.SymbolsBenchmark "$TREE" "$WORK"
