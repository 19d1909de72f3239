# Shared set-up of the benchmark scripts; source it from the repository root.
#   bench_setup              JDK >= 21 on PATH, WORK=bench/work created
#   bench_tree [TREE]        prints TREE, or the JDK sources extracted once into $WORK/jdk-src
#   bench_classpath          builds the test classes and prints the class path to run benchmarks with

bench_setup() {
  WORK="$(pwd)/bench/work"
  mkdir -p "$WORK"
  JAVA_HOME=$(scripts/find-jdk.sh)
  export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
}

bench_tree() {
  local tree=${1:-}
  if [[ -z "$tree" ]]; then
    tree="$WORK/jdk-src"
    local src_zip=${BENCH_SRC_ZIP:-/usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip}
    [[ -f "$src_zip" ]] || src_zip="$JAVA_HOME/lib/src.zip"
    if [[ ! -d "$tree" ]]; then
      echo "Extracting $src_zip to $tree" >&2
      rm -rf "$tree.tmp" && mkdir -p "$tree.tmp" && unzip -q "$src_zip" -d "$tree.tmp" && mv "$tree.tmp" "$tree"
    fi
  fi
  (cd "$tree" && pwd)
}

bench_classpath() {
  echo "Building the test classes" >&2
  ./mvnw -B -q -o -pl bootstrap -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test >&2
  echo "bootstrap/target/test-classes:bootstrap/target/classes:$(cat "$WORK/classpath.txt")"
}
