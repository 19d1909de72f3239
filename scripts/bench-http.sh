#!/usr/bin/env bash
# Load on the HTTP API of a real `codebase-mcp serve` with wrk: 50 connections on loopback,
# 10 s per scenario after a 3 s warm-up. Prints wrk's latency distribution for starting jobs
# (POST /api/v1/jobs over 500 small repositories in turn) and for reading one job's status.
#
#   CODEBASE_DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/bench CODEBASE_DATABASE_USER=postgres scripts/bench-http.sh
#
# Needs wrk (Debian package wrk) and curl; the database should be a scratch one.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
command -v wrk >/dev/null || { echo "bench-http: wrk is missing (apt-get install wrk)" >&2; exit 2; }

work=$(mktemp -d)
port=${BENCH_PORT:-18765}
connections=${BENCH_CONNECTIONS:-50}
duration=${BENCH_SECONDS:-10}
base="http://127.0.0.1:$port"

for i in $(seq 0 499); do
  mkdir -p "$work/repos/repo-$i"
  echo "class R$i { void run$i() {} }" > "$work/repos/repo-$i/R$i.java"
done
cat > "$work/start.lua" <<LUA
local n = 0
request = function()
  n = n + 1
  local body = '{"repo_path":"$work/repos/repo-' .. (n % 500) .. '"}'
  return wrk.format("POST", "/api/v1/jobs", {["Content-Type"] = "application/json"}, body)
end
LUA

CODEBASE_HOME="$work/home" CODEBASE_HTTP_HOST=127.0.0.1 CODEBASE_HTTP_PORT=$port CODEBASE_LOG_LEVEL=WARN \
  "$root/bin/codebase-mcp" serve > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  curl -sf "$base/health" >/dev/null && break
  kill -0 $server 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.5
done

echo "# $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "## start: POST /api/v1/jobs"
wrk -t2 -c"$connections" -d3s -s "$work/start.lua" "$base" >/dev/null
wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$work/start.lua" "$base"
job=$(curl -sf "$base/api/v1/jobs?limit=1" | grep -o '"job_id":"[^"]*"' | head -1 | cut -d'"' -f4)
echo "## status: GET /api/v1/jobs/{id}"
wrk -t2 -c"$connections" -d3s "$base/api/v1/jobs/$job" >/dev/null
wrk -t2 -c"$connections" -d"${duration}s" --latency "$base/api/v1/jobs/$job"
echo "# load average $(cut -d' ' -f1-3 /proc/loadavg)"
