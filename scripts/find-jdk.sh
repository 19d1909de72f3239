#!/usr/bin/env bash
# Prints the home of a JDK >= 21: JAVA_HOME if it qualifies, else the newest under /usr/lib/jvm.
# Exits 1 with a message naming what is needed when there is none.
set -euo pipefail

required=21

major_of() {
  local version
  version=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  echo "${version%%.*}"
}

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
  if [ "$(major_of "$JAVA_HOME")" -ge "$required" ] 2>/dev/null; then
    echo "$JAVA_HOME"
    exit 0
  fi
fi

best=""
best_major=0
for home in /usr/lib/jvm/*/ /opt/java/*/ "$HOME"/.sdkman/candidates/java/*/; do
  home=${home%/}
  [ -x "$home/bin/javac" ] || continue
  [ -L "$home" ] && continue
  major=$(major_of "$home" 2>/dev/null || echo 0)
  if [ "${major:-0}" -gt "$best_major" ] 2>/dev/null; then
    best=$home
    best_major=$major
  fi
done

if [ -n "$best" ] && [ "$best_major" -ge "$required" ]; then
  echo "$best"
  exit 0
fi

echo "codebase-mcp needs a JDK >= $required (with javac). JAVA_HOME is '${JAVA_HOME:-unset}' and none was found under /usr/lib/jvm." >&2
echo "Install one (for example: apt-get install openjdk-21-jdk-headless) or point JAVA_HOME at it." >&2
exit 1
