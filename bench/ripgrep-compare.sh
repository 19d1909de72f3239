#!/usr/bin/env bash
# Literal and regex answers against ripgrep: the file:line set of each of 34 patterns (ripgrep syntax) on the
# JDK sources, the Python standard library and a small generated corpus of the hard cases (a match past
# character 6,000 of a long line, a Latin-1 file, a UTF-16 file with a byte order mark).
#
#   bench/ripgrep-compare.sh [--reindex]
#
# Corpora and database as in bench/relevance/relevance-bench.sh. Needs ripgrep (apt-get install ripgrep).
# Exit code 1 when any answer differs.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH_DIR="${BENCH_DIR:-/tmp/codebase-bench}"
command -v rg >/dev/null || { echo "ripgrep-compare: rg is missing (apt-get install ripgrep)" >&2; exit 2; }

JAVA_HOME="$("$ROOT/scripts/find-jdk.sh")"
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"

JDK_TREE="$BENCH_DIR/jdk"
if [ ! -d "$JDK_TREE/java.base" ]; then
  mkdir -p "$JDK_TREE"
  unzip -q -o "$JAVA_HOME/lib/src.zip" -d "$JDK_TREE" 2>/dev/null \
    || unzip -q -o /usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip -d "$JDK_TREE"
fi
if [ -z "${PY_STDLIB:-}" ] && [ -d /usr/lib/python3.11 ]; then
  PY_STDLIB=/usr/lib/python3.11
fi
PY_STDLIB="${PY_STDLIB:-$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')}"

EDGE_TREE="$BENCH_DIR/edge-cases"
mkdir -p "$EDGE_TREE"
python3 - "$EDGE_TREE" <<'PY'
import sys, pathlib
root = pathlib.Path(sys.argv[1])
(root / "minified.js").write_text("var a=1;" * 2000 + " LONG_LINE_MARK TODO: later " + "b" * 3000 + "\nshort LONG_LINE_MARK\n")
(root / "latin1.c").write_bytes("/* caf\u00e9, na\u00efve */\nint LATIN1_MARK = 1; /* TODO fix \u00e9t\u00e9 */\n".encode("latin-1"))
(root / "cp1252.txt").write_bytes("\u201cquoted\u201d LATIN1_MARK \u20ac 2024-01-31\n".encode("cp1252"))
(root / "utf16.txt").write_bytes(b"\xff\xfe" + "hello UTF16_MARK\nimport os\nclass Foo(Bar):\n".encode("utf-16-le"))
(root / "tool").write_text("#!/usr/bin/env python3\nimport sys\nraise ValueError('x')\n")
PY

DB_URL="${CODEBASE_BENCH_DATABASE_URL:-jdbc:postgresql://127.0.0.1:5432/codebase_relevance_bench?user=postgres}"
if [ -z "${CODEBASE_BENCH_DATABASE_URL:-}" ] && command -v psql >/dev/null; then
  psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'codebase_relevance_bench'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE codebase_relevance_bench"
fi

cd "$ROOT"
CP_FILE="$ROOT/bootstrap/target/relevance-bench.classpath"
./mvnw -B -q -pl bootstrap -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null
CP="$ROOT/bootstrap/target/test-classes:$ROOT/bootstrap/target/classes:$(cat "$CP_FILE")"

exec java -Xmx512m -cp "$CP" dev.codebasemcp.bootstrap.bench.RipgrepComparison "$DB_URL" \
  "edge=$EDGE_TREE" "jdk=$JDK_TREE" "python=$PY_STDLIB" "$@"
