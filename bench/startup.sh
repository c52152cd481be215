#!/usr/bin/env bash
# Measures production start-up: starts the packaged jar against PostgreSQL RUNS times and reports Quarkus'
# "started in" time and the time until /q/health/ready answers UP.
# Usage: bench/startup.sh [RUNS]   (needs PostgreSQL with role/database quizmark, or QUARKUS_DATASOURCE_* set)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=${BENCH_PORT:-18080}
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
log=$(mktemp)
for i in $(seq 1 "$runs"); do
  begin=$(date +%s%N)
  QUARKUS_HTTP_PORT=$port java -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/q/health/ready" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.05
  done
  ready_ms=$(( ($(date +%s%N) - begin) / 1000000 ))
  started=$(grep -oE 'started in [0-9.]+s' "$log" | grep -oE '[0-9.]+')
  echo "run $i: quarkus started in ${started}s, ready (UP) after ${ready_ms} ms"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
rm -f "$log"
