#!/usr/bin/env bash
# Measures production start-up: starts the packaged jar against PostgreSQL RUNS times and reports Quarkus'
# "started in" time and the time until /q/health/ready answers UP; then, as the floor measured in the same run,
# a bare JVM (bench/StartupFloor.java) that opens one JDBC connection to the same database and answers the same
# health request. Issue 14's target: ready within 3x the floor (and 2.5 s on a quiet machine).
# Usage: bench/startup.sh [RUNS]   (needs PostgreSQL with role/database quizmark, or QUARKUS_DATASOURCE_* set)
# JAVA_OPTS: JVM flags for both (default: the Dockerfile's container flags).
# CDS=1: first makes the app's class-data sharing archive as the Dockerfile does (src/main/docker/cds-training.sh,
# which starts its own throwaway PostgreSQL) and starts the app with it, as the container does.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=${BENCH_PORT:-18080}
APP=${APP:-target/quarkus-app}
JAVA_OPTS=${JAVA_OPTS:-"-Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k"}
url=${QUARKUS_DATASOURCE_JDBC_URL:-jdbc:postgresql://localhost:5432/quizmark}
user=${QUARKUS_DATASOURCE_USERNAME:-quizmark}
password=${QUARKUS_DATASOURCE_PASSWORD:-quizmark}
[ -f "$APP/quarkus-run.jar" ] || ./mvnw -B -q package -DskipTests
log=$(mktemp)
floor=$(mktemp -d)
trap 'rm -rf "$log" "$floor"' EXIT
echo "== startup: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
wait_ready() {  # pid -> ms since $begin when /q/health/ready answers UP
  until curl -sf "http://127.0.0.1:$port/q/health/ready" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$1" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.02
  done
  echo $(( ($(date +%s%N) - begin) / 1000000 ))
}
app_opts=$JAVA_OPTS
if [ -n "${CDS:-}" ]; then
  APP_DIR=$APP JAVA_OPTS=$JAVA_OPTS sh src/main/docker/cds-training.sh
  app_opts="$JAVA_OPTS -XX:SharedArchiveFile=$APP/app.jsa"
fi
app_total=0
for i in $(seq 1 "$runs"); do
  begin=$(date +%s%N)
  # shellcheck disable=SC2086 # a list of flags
  QUARKUS_HTTP_PORT=$port java $app_opts -jar "$APP/quarkus-run.jar" >"$log" 2>&1 &
  pid=$!
  ready_ms=$(wait_ready "$pid")
  started=$(grep -oE 'started in [0-9.]+s' "$log" | grep -oE '[0-9.]+')
  echo "app   run $i: quarkus started in ${started}s, ready (UP) after ${ready_ms} ms, load $(cut -d' ' -f1 /proc/loadavg)"
  app_total=$((app_total + ready_ms))
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
javac -d "$floor" bench/StartupFloor.java
driver=$(ls "$APP"/lib/main/org.postgresql.postgresql-*.jar | head -1)
floor_total=0
for i in $(seq 1 "$runs"); do
  begin=$(date +%s%N)
  java $JAVA_OPTS -cp "$floor:$driver" StartupFloor "$port" "$url" "$user" "$password" >"$log" 2>&1 &
  pid=$!
  ready_ms=$(wait_ready "$pid")
  echo "floor run $i: bare JVM + one JDBC connection + health answer after ${ready_ms} ms, load $(cut -d' ' -f1 /proc/loadavg)"
  floor_total=$((floor_total + ready_ms))
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
awk -v a="$app_total" -v f="$floor_total" -v n="$runs" 'BEGIN { printf "mean: app ready %.0f ms, floor %.0f ms, ratio %.2f (target <= 3)\n", a / n, f / n, a / f }'
