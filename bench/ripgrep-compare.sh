#!/usr/bin/env bash
# Literal and regex answers against ripgrep: the file:line set of each of 34 patterns (ripgrep syntax) on the
# JDK sources, the Python standard library and a small generated corpus of the hard cases (a match past
# character 6,000 of a long line, a Latin-1 file, a UTF-16 file with a byte order mark).
#
#   bench/ripgrep-compare.sh [--reindex]
#
# Corpora (bench/lib.sh) and database as in bench/relevance/relevance-bench.sh. Needs ripgrep (apt-get install ripgrep).
# Exit code 1 when any answer differs.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
command -v rg >/dev/null || { echo "ripgrep-compare: rg is missing (apt-get install ripgrep)" >&2; exit 2; }

. "$ROOT/bench/lib.sh"
bench_java
bench_corpora

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

bench_database codebase_relevance_bench
bench_classpath

exec java -Xmx2g -cp "$CP" dev.codebasemcp.bootstrap.bench.RipgrepComparison "$DB_URL" \
  "edge=$EDGE_TREE" "jdk=$JDK_TREE" "python=$PY_STDLIB" "$@"
