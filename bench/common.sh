# Sourced by the bench scripts that run from the repository root with a work folder: strict mode,
# ROOT as working directory, WORK (bench/work) and a JDK >= 21 on the PATH, over bench/lib.sh.
# `corpus [repository]` sets REPO to the repository given, by default the JDK sources (bench_corpora);
# `test_classpath` prints bootstrap's test class path (bench_classpath).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
WORK="$ROOT/bench/work"
mkdir -p "$WORK"
. "$ROOT/bench/lib.sh"
bench_java

corpus() {
  REPO=${1:-}
  if [[ -z "$REPO" ]]; then
    bench_corpora
    REPO=$JDK_TREE
  fi
  REPO=$(cd "$REPO" && pwd)
}

test_classpath() {
  echo "Building the test classes" >&2
  bench_classpath
  echo "$CP"
}
