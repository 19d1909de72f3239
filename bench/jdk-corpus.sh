# Sourced by the bench scripts: sets REPO to the repository to use, by default the JDK sources
# extracted from the running JDK's lib/src.zip into $WORK/jdk-src (15,000 files, 212 MB).
# Needs WORK and JAVA_HOME; the first argument of the script, when given, replaces the default.
REPO=${1:-}
if [[ -z "$REPO" ]]; then
  REPO="$WORK/jdk-src"
  SRC_ZIP=${BENCH_SRC_ZIP:-/usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip}
  [[ -f "$SRC_ZIP" ]] || SRC_ZIP="$JAVA_HOME/lib/src.zip"
  if [[ ! -d "$REPO" ]]; then
    echo "Extracting $SRC_ZIP to $REPO" >&2
    rm -rf "$REPO.tmp" && mkdir -p "$REPO.tmp" && unzip -q "$SRC_ZIP" -d "$REPO.tmp" && mv "$REPO.tmp" "$REPO"
  fi
fi
REPO=$(cd "$REPO" && pwd)
