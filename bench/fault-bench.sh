#!/usr/bin/env bash
# Fault bench: one first-index job survives SIGKILLs and SIGTERMs of its worker process at random
# moments, and its final index equals that of a clean run of the same repository.
#   bench/fault-bench.sh [repository] [kills-per-signal]
# Defaults: the JDK sources (from the running JDK's lib/src.zip, 15,000 files), 10 kills per signal.
# Environment: BENCH_MAX_DELAY (longest run of a worker before it is killed, seconds, default 12),
#              BENCH_SEED (random seed, default: the current time).
# Each worker is `codebase-mcp serve` on a private CODEBASE_HOME with a 6 s lease, so a killed
# process's job is reaped quickly; the embedded database keeps running between workers.
source "$(dirname "$0")/common.sh"

KILLS=${2:-10}
MAX_DELAY=${BENCH_MAX_DELAY:-12}
RANDOM=${BENCH_SEED:-$(date +%s)}
corpus "${1:-}"

echo "Building the jar" >&2
./mvnw -B -q -o -DskipTests package -pl bootstrap -am >&2
# A copy, so a rebuild during the bench cannot change the code of the workers it starts.
JAR="$WORK/fault-bench.jar"
cp bootstrap/target/codebase-mcp.jar "$JAR"

HOME_DIR=$(mktemp -d)
export CODEBASE_HOME="$HOME_DIR" CODEBASE_EMBEDDED_IDLE_SECONDS=900 CODEBASE_LOG_LEVEL=WARN
export CODEBASE_JOB_LEASE_SECONDS=6 CODEBASE_JOB_HEARTBEAT_SECONDS=2 INDEXING_JOB_MAX_ATTEMPTS=100
cli() { "$JAVA_HOME/bin/java" -jar "$JAR" "$@"; }
LOG="$WORK/fault-serve.log"
: >"$LOG"
SERVE_PID=

cleanup() {
  if [[ -n "$SERVE_PID" ]] && kill -0 "$SERVE_PID" 2>/dev/null; then
    kill -KILL "$SERVE_PID" 2>/dev/null || true
  fi
  cli db stop >/dev/null 2>&1 || true
  rm -rf "$HOME_DIR" 2>/dev/null || true
}
trap cleanup EXIT

field() { # field JOB_ID NAME: one field of the job's status JSON
  cli status --json "$1" | python3 -c "import json,sys; print(json.load(sys.stdin)['$2'])"
}

fingerprint() { # fingerprint PROJECT: files, content hashes and chunk texts of the published index
  local url host port db user
  url=$(cli db info | awk '$1 == "url" {print $2}')
  read -r host port db user < <(python3 - "$url" <<'EOF'
import sys, urllib.parse
u = urllib.parse.urlparse(sys.argv[1].removeprefix("jdbc:"))
q = urllib.parse.parse_qs(u.query)
print(u.hostname, u.port, u.path.lstrip("/"), q.get("user", ["postgres"])[0])
EOF
)
  psql -X -q -t -A -h "$host" -p "$port" -U "$user" -d "$db" -v project="$1" <<'EOF'
SELECT count(DISTINCT f.path) || ' files, ' || count(*) || ' chunks, '
       || md5(string_agg(f.path || ':' || encode(c.content_hash, 'hex') || ':' || ch.ordinal || ':' || ch.content,
                         E'\n' ORDER BY f.path, ch.ordinal))
FROM index_repository r
JOIN indexed_file f ON f.generation_id = r.active_generation
JOIN file_content c ON c.id = f.content_id
JOIN chunk ch ON ch.repository_id = r.id AND ch.content_id = f.content_id
WHERE r.project_id = :'project';
EOF
}

start_worker() {
  "$JAVA_HOME/bin/java" -jar "$JAR" serve --port 0 >>"$LOG" 2>&1 &
  SERVE_PID=$!
}

echo "Clean run of $REPO" >&2
clean_start=$(date +%s)
cli index --project clean "$REPO" >/dev/null
clean_seconds=$(( $(date +%s) - clean_start ))
clean=$(fingerprint clean)
echo "clean run: ${clean_seconds} s, $clean"

JOB=$(cli index --detach --project faulty "$REPO" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["job_id"])')
signals=()
for ((i = 0; i < KILLS; i++)); do signals+=(KILL TERM); done
mapfile -t signals < <(printf '%s\n' "${signals[@]}" | awk -v seed="$RANDOM" 'BEGIN {srand(seed)} {print rand() "\t" $0}' | sort -n | cut -f2)

killed=0
for signal in "${signals[@]}"; do
  start_worker
  delay=$(( RANDOM % MAX_DELAY + 2 ))
  sleep "$delay"
  status=$(field "$JOB" status)
  if [[ "$status" == completed || "$status" == failed || "$status" == cancelled ]]; then
    echo "job ended ($status) before kill $((killed + 1)); raise the repository size or lower BENCH_MAX_DELAY"
    kill -TERM "$SERVE_PID"
    wait "$SERVE_PID" 2>/dev/null || true
    break
  fi
  phase=$(field "$JOB" phase)
  attempts=$(field "$JOB" attempts)
  kill -"$signal" "$SERVE_PID"
  wait "$SERVE_PID" 2>/dev/null || true
  killed=$((killed + 1))
  printf 'kill %2d: SIG%-4s after %2d s, job %s in phase %s, attempts %s\n' "$killed" "$signal" "$delay" "$status" "$phase" "$attempts"
done

echo "Recovery run" >&2
recovery_start=$(date +%s)
start_worker
while true; do
  status=$(field "$JOB" status)
  [[ "$status" == pending || "$status" == running ]] || break
  if (( $(date +%s) - recovery_start > 3600 )); then
    echo "the job did not finish within an hour of the last kill"
    break
  fi
  sleep 2
done
kill -TERM "$SERVE_PID"
wait "$SERVE_PID" 2>/dev/null || true
SERVE_PID=

attempts=$(field "$JOB" attempts)
error=$(field "$JOB" error_message)
faulty=$(fingerprint faulty)
echo "after $killed kills: job $status, attempts $attempts, recovery $(( $(date +%s) - recovery_start )) s, error: $error"
echo "faulty run: $faulty"
if [[ "$status" == completed && "$faulty" == "$clean" && "$killed" -eq "${#signals[@]}" ]]; then
  echo "RESULT: recovered from all $killed kills; the final index is identical to the clean run"
else
  echo "RESULT: FAILED after $killed of ${#signals[@]} kills (see $LOG)"
  exit 1
fi
