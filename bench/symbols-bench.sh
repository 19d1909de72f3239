#!/usr/bin/env bash
# Symbols benchmark: extracts the definitions of every .java file of the JDK sources (or any tree)
# with tree-sitter on one and on two threads, and compares the classes, interfaces and methods with
# Universal Ctags (`ctags -R --languages=Java --kinds-Java=cim`): recall, precision, and the
# differences in bench/work/symbols-missed.txt and symbols-extra.txt.
#
#   bench/symbols-bench.sh [TREE]
source "$(dirname "$0")/common.sh"

if ! ctags --version 2>/dev/null | grep -q 'Universal Ctags'; then
  echo "Universal Ctags is needed for the comparison: apt-get install universal-ctags" >&2
  exit 1
fi

corpus "${1:-}"
TREE=$REPO
CLASSPATH="$(test_classpath):application/target/classes:domain/target/classes"

java -Xmx"${BENCH_HEAP:-1g}" --enable-native-access=ALL-UNNAMED -Dlogback.statusListenerClass=ch.qos.logback.core.status.NopStatusListener \
  -cp "$CLASSPATH" dev.codebasemcp.bootstrap.syntax.SymbolsBenchmark "$TREE" "$WORK"
