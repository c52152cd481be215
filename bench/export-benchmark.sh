#!/usr/bin/env bash
# CSV export benchmark: seeds ROWS question responses (default 1,000,000) into a scratch PostgreSQL database
# (bench/seed-responses.sql, generate_series), starts the packaged app with a small fixed heap, downloads the
# responses export with curl and reports time, size, row count and the JVM's peak heap use during the
# download (jstat samples). A streaming export finishes within the small heap; one that collected the rows
# would die with OutOfMemoryError.
# Usage: bench/export-benchmark.sh [ROWS]
#   BENCH_HEAP (128m), BENCH_PORT (18081), BENCH_DB (quizmark_export_bench; dropped and re-created!)
#   Needs: psql as postgres on 127.0.0.1 (PGPASSWORD if required), curl, a JDK with jstat. Builds the jar
#   offline when it is missing or older than src/.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
per_attempt=20
attempts=$(( rows / per_attempt ))
db=${BENCH_DB:-quizmark_export_bench}
port=${BENCH_PORT:-18081}
heap=${BENCH_HEAP:-128m}
jar=target/quarkus-app/quarkus-run.jar
source bench/lib.sh
work=$(mktemp -d)
psql_admin() { psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

if [ ! -f "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -type f -print -quit)" ]; then
  echo "building $jar..."
  ./mvnw -o -B -q package -DskipTests
fi
psql_admin -c "drop database if exists $db" -c "create database $db"

QUARKUS_HTTP_PORT=$port QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
QUIZMARK_INSTRUCTOR_USERNAME=bench QUIZMARK_INSTRUCTOR_PASSWORD=bench-password \
  java -Xmx$heap -jar "$jar" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$work"; psql_admin -c "drop database if exists $db" >/dev/null 2>&1 || true' EXIT
until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; do
  kill -0 $app 2>/dev/null || { cat "$work/app.log"; exit 1; }
  sleep 0.2
done

echo "seeding $rows responses ($attempts attempts x $per_attempt questions)..."
seed_start=$(date +%s)
psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -q -v attempts=$attempts -v per_attempt=$per_attempt \
  -f bench/seed-responses.sql
echo "seeded in $(( $(date +%s) - seed_start )) s"

sign_in "http://127.0.0.1:$port" bench bench-password "$work/cookies" || { echo "sign-in failed"; cat "$work/app.log"; exit 1; }
jcmd $app GC.run >/dev/null 2>&1 || true
# Heap in use (survivor + eden + old, KB) once a second while the export runs; the maximum is the peak.
jstat -gc $app 1000 >"$work/jstat" 2>/dev/null &
sampler=$!
start=$(date +%s%N)
curl -sf -b "$work/cookies" -o "$work/export.csv" "http://127.0.0.1:$port/instructor/export/responses.csv"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
kill $sampler 2>/dev/null || true
peak_kb=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > max) max = used } END { printf "%d", max }' "$work/jstat")
lines=$(( $(wc -l < "$work/export.csv") - 1 ))
size=$(du -h "$work/export.csv" | cut -f1)
echo "export: $lines rows, $size in $ms ms with -Xmx$heap; peak heap in use during the export: $(( peak_kb / 1024 )) MB"
grep -q OutOfMemoryError "$work/app.log" && { echo "OutOfMemoryError during export"; exit 1; }
[ "$lines" -eq "$rows" ] || { echo "expected $rows rows, got $lines"; exit 1; }
