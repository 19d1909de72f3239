# Sourced by the bench scripts: strict mode, the repository root as working directory, ROOT, WORK
# (bench/work) and a JDK >= 21 on the PATH; `corpus [repository]` then sets REPO to the repository
# given, by default the JDK sources extracted from the JDK's lib/src.zip into $WORK/jdk-src
# (15,000 files, 212 MB).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
WORK="$ROOT/bench/work"
mkdir -p "$WORK"

JAVA_HOME=$(scripts/find-jdk.sh)
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

corpus() {
  REPO=${1:-}
  if [[ -z "$REPO" ]]; then
    REPO="$WORK/jdk-src"
    local src_zip=${BENCH_SRC_ZIP:-/usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip}
    [[ -f "$src_zip" ]] || src_zip="$JAVA_HOME/lib/src.zip"
    if [[ ! -d "$REPO" ]]; then
      echo "Extracting $src_zip to $REPO" >&2
      rm -rf "$REPO.tmp" && mkdir -p "$REPO.tmp" && unzip -q "$src_zip" -d "$REPO.tmp" && mv "$REPO.tmp" "$REPO"
    fi
  fi
  REPO=$(cd "$REPO" && pwd)
}

# Builds the test classes and prints the class path the Java benchmark mains run with.
test_classpath() {
  echo "Building the test classes" >&2
  ./mvnw -B -q -o -pl bootstrap -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test >&2
  echo "bootstrap/target/test-classes:bootstrap/target/classes:$(cat "$WORK/classpath.txt")"
}
