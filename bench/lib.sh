# Shared set-up of the benchmark scripts; source it with ROOT set to the repository root.
# bench_java: a JDK >= 21 on PATH. bench_corpora: JDK_TREE (the JDK sources, extracted once into
# $BENCH_DIR/jdk) and PY_STDLIB (Debian's /usr/lib/python3.11, else python3's stdlib directory).
# bench_database NAME: DB_URL, the database named by CODEBASE_BENCH_DATABASE_URL or NAME on the local
# server (created when missing). bench_classpath: CP, the test classpath of bootstrap (built first).

BENCH_DIR="${BENCH_DIR:-/tmp/codebase-bench}"

bench_java() {
  JAVA_HOME="$("$ROOT/scripts/find-jdk.sh")"
  export JAVA_HOME
  export PATH="$JAVA_HOME/bin:$PATH"
}

bench_corpora() {
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
}

bench_database() {
  DB_URL="${CODEBASE_BENCH_DATABASE_URL:-jdbc:postgresql://127.0.0.1:5432/$1?user=postgres}"
  if [ -z "${CODEBASE_BENCH_DATABASE_URL:-}" ] && command -v psql >/dev/null; then
    psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$1'" | grep -q 1 \
      || psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $1"
  fi
}

bench_classpath() {
  local file="$ROOT/bootstrap/target/bench.classpath"
  (cd "$ROOT" && ./mvnw -B -q -pl bootstrap -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$file" -Dmdep.includeScope=test >/dev/null)
  CP="$ROOT/bootstrap/target/test-classes:$ROOT/bootstrap/target/classes:$(cat "$file")"
}
