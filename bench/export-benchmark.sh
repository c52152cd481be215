#!/usr/bin/env bash
# CSV export benchmark: seeds ROWS question responses (default 1,000,000) into a scratch PostgreSQL database,
# starts the packaged app with a small fixed heap, downloads the responses export and reports time, size,
# row count and the heap in use afterwards. A streaming export finishes within the small heap; one that
# collected rows would fail with OutOfMemoryError.
# Usage: bench/export-benchmark.sh [ROWS]     Needs: psql access as postgres on localhost, curl, a JDK.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
per_attempt=20
attempts=$(( rows / per_attempt ))
db=quizmark_bench
port=${BENCH_PORT:-18081}
heap=${BENCH_HEAP:-128m}
psql_admin() { psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
psql_admin -c "drop database if exists $db" -c "create database $db"

log=$(mktemp)
QUARKUS_HTTP_PORT=$port QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
QUIZMARK_INSTRUCTOR_USERNAME=bench QUIZMARK_INSTRUCTOR_PASSWORD=bench-password \
  java -Xmx$heap -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -f "$log" /tmp/quizmark-bench.csv /tmp/quizmark-bench.cookies' EXIT
until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; do
  kill -0 $app 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.2
done

echo "seeding $rows responses ($attempts attempts x $per_attempt questions)..."
seed_start=$(date +%s)
psql -h 127.0.0.1 -U postgres -d $db -v ON_ERROR_STOP=1 -q <<SQL
insert into account (id, username, password_hash, role, display_name, student_number, group_name, enabled, created_at)
select 1000 + g, 'student' || g, 'x', 'STUDENT', '학생 ' || g, '2025' || lpad(g::text, 4, '0'), 'A' || (g % 4), true, now()
from generate_series(1, 1000) g;
insert into attempt (id, account_id, quiz_id, content_hash, seed, status, started_at, submitted_at, auto_submitted,
                     score_points, max_points, score_percent, passed)
select g, 1000 + (g % 1000) + 1, v.quiz_id, v.content_hash, g, 'SUBMITTED', now() - interval '1 hour', now(), false,
       g % 21, 20, (g % 21) * 5, (g % 21) >= 12
from generate_series(1, $attempts) g, (select quiz_id, content_hash from quiz_version limit 1) v;
insert into question_response (id, attempt_id, question_id, answer_json, saved_at, score, max_score, correct)
select (a - 1) * $per_attempt + q, a, 'q' || q, '["' || chr(97 + (a + q) % 4) || '"]', now(), (a + q) % 2, 1, (a + q) % 2 = 1
from generate_series(1, $attempts) a, generate_series(1, $per_attempt) q;
analyze;
SQL
echo "seeded in $(( $(date +%s) - seed_start )) s"

curl -sf -c /tmp/quizmark-bench.cookies -o /dev/null -d 'j_username=bench&j_password=bench-password' \
  "http://127.0.0.1:$port/j_security_check"
start=$(date +%s%N)
curl -sf -b /tmp/quizmark-bench.cookies -o /tmp/quizmark-bench.csv "http://127.0.0.1:$port/instructor/export/responses.csv"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
lines=$(( $(wc -l < /tmp/quizmark-bench.csv) - 1 ))
size=$(du -h /tmp/quizmark-bench.csv | cut -f1)
echo "export: $lines rows, $size in $ms ms with -Xmx$heap"
jcmd $app GC.heap_info 2>/dev/null | grep -iE "total|used" | head -3 || true
grep -q OutOfMemoryError "$log" && { echo "OutOfMemoryError during export"; exit 1; }
[ "$lines" -eq "$rows" ] || { echo "expected $rows rows, got $lines"; exit 1; }
psql_admin -c "drop database $db" >/dev/null 2>&1 || true
