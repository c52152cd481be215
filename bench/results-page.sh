#!/usr/bin/env bash
# A quiz's results page for a large class (issue 14: 20,000 attempts in < 300 ms and < 300 KB, four concurrent
# views fine at -Xmx256m). On a private PostgreSQL cluster: one instance of the packaged app with the container's
# JVM flags, a 12-question quiz, STUDENTS students with ATTEMPTS submitted attempts and a graded response to every
# question (SQL, generate_series), then the instructor's results page:
#   1. the first view (statistics computed from scratch);
#   2. VIEWS repeated views, one at a time (statistics from the cache);
#   3. four views at once for 10 s (wrk, 4 connections), against the health endpoint the same way as the ceiling;
#   4. GRADED views each right after a newly graded attempt (the cache is invalidated, so computed again);
#   5. the quiz's statistics page (every response analysed), its first view and a repeated one.
# Prints per step the times and the page's size; exits 1 on a failed view or an OutOfMemoryError.
# Usage: bench/results-page.sh   (ATTEMPTS=20000 STUDENTS=2000 VIEWS=20 GRADED=5; APP, JAVA_OPTS, KEEP)
set -euo pipefail
cd "$(dirname "$0")/.."
ATTEMPTS=${ATTEMPTS:-20000}
STUDENTS=${STUDENTS:-2000}
VIEWS=${VIEWS:-20}
GRADED=${GRADED:-5}
PGPORT=${BENCH_PG_PORT:-55434}
PORT=18083
APP=${APP:-target/quarkus-app}
JAVA_OPTS=${JAVA_OPTS:-"-Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k"}
source bench/lib.sh
bench_tools "wrk postgresql postgresql-contrib" wrk
bench_workdir results-page
bench_postgres "$PGPORT"
"${PSQL[@]}" -c "create database quizmark"
[ -f "$APP/quarkus-run.jar" ] || ./mvnw -B -q package -DskipTests
mkdir -p "$WORK/quizzes"
{ printf -- '---\nid: large-class\ntitle: 큰 수업\nlanguage: ko\nfeedback: after_submit\n---\n'
  for q in $(seq 1 12); do printf '\n## 문항 %d {#q%d type=short}\n\n문항 %d의 답은?\n\nAnswer: 답%d\n' "$q" "$q" "$q" "$q"; done
} >"$WORK/quizzes/large-class.md"
APP_PID=$(bench_instance "$PORT" app | tail -1)
PIDS+=("$APP_PID")
BASE="http://127.0.0.1:$PORT"

echo "== results-page: $ATTEMPTS attempts of $STUDENTS students, 12 questions, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
"${PSQL[@]}" -d quizmark -v ON_ERROR_STOP=1 -v students="$STUDENTS" -v attempts="$ATTEMPTS" <<'SQL'
insert into account (id, username, password_hash, role, display_name, group_name, enabled, created_at,
  must_change_password, session_version, admin)
select 100000 + g, 'student' || g, 'x', 'STUDENT', '학생 ' || g, 'G' || (g % 10), true, now(), false, 0, false
from generate_series(1, :students) g;
insert into attempt (id, account_id, quiz_id, content_hash, seed, status, started_at, submitted_at, auto_submitted,
  score_points, max_points, score_percent, passed)
select 100000 + g, 100001 + (g % :students), 'large-class', v.content_hash, g, 'SUBMITTED',
  now() - interval '10 hours' + g * interval '1 second', now() - interval '9 hours' + g * interval '1 second', false,
  g % 13, 12, round((g % 13) * 100.0 / 12, 2), (g % 13) >= 7
from generate_series(1, :attempts) g, (select content_hash from quiz_version where quiz_id = 'large-class') v;
insert into question_response (id, attempt_id, question_id, answer_json, saved_at, score, max_score, correct)
select 100000000 + g * 12 + q, 100000 + g, 'q' || q, case when (g + q) % 3 = 0 then '["답' || q || '"]' else '["오답"]' end,
  now(), case when (g + q) % 3 = 0 then 1 else 0 end, 1, (g + q) % 3 = 0
from generate_series(1, :attempts) g, generate_series(1, 12) q;
analyze;
SQL
sign_in "$BASE" prof "$INSTRUCTOR_PASSWORD" "$WORK/prof" || { echo "instructor sign-in failed" >&2; exit 1; }
PAGE="$BASE/instructor/quizzes/large-class"
view() {  # -> "ms bytes" of one view; exits on anything but 200
  local out
  out=$(curl -s -b "$WORK/prof" -o "$WORK/page.html" -w '%{http_code} %{time_total} %{size_download}' "$PAGE")
  [ "${out%% *}" = 200 ] || { echo "results page answered ${out%% *}" >&2; exit 1; }
  awk '{ printf "%.0f %d\n", $2 * 1000, $3 }' <<<"$out"
}
summary() {  # label file-of-"ms bytes"
  sort -n "$2" | awk -v label="$1" '{ ms[NR] = $1; bytes = $2 }
    END { printf "%-34s views=%d p50_ms=%d max_ms=%d size_kb=%.0f\n", label, NR, ms[int((NR + 1) / 2)], ms[NR], bytes / 1024 }'
}
view >"$WORK/first"
summary "first view (computed)" "$WORK/first"
grep -q '20,000\|20000' "$WORK/page.html" || [ "$ATTEMPTS" != 20000 ] || { echo "the page does not count 20,000 attempts" >&2; exit 1; }
for _ in $(seq 1 "$VIEWS"); do view; done >"$WORK/repeated"
summary "repeated views (cached)" "$WORK/repeated"
cookie="quizmark-session=$(cookie_of "$WORK/prof" quizmark-session)"
wrk -t 2 -c 4 -d 10s --latency -H "Cookie: $cookie" "$PAGE" >"$WORK/wrk.out"
wrk -t 2 -c 4 -d 10s "$BASE/q/health/live" >"$WORK/wrk-health.out"
awk '/Requests\/sec/ { rps = $2 } /Non-2xx/ { bad = $NF } / 50%/ { p50 = $2 } / 99%/ { p99 = $2 }
  END { printf "%-34s rps=%s p50=%s p99=%s non_2xx=%d\n", "four views at once, 10 s", rps, p50, p99, bad }' "$WORK/wrk.out"
awk '/Requests\/sec/ { printf "%-34s rps=%s\n", "ceiling: health endpoint, 4 conn", $2 }' "$WORK/wrk-health.out"
! grep -q 'Non-2xx' "$WORK/wrk.out" || { echo "failed views under concurrency" >&2; exit 1; }
for i in $(seq 1 "$GRADED"); do
  "${PSQL[@]}" -d quizmark -c "insert into attempt (id, account_id, quiz_id, content_hash, seed, status, started_at,
    submitted_at, auto_submitted, score_points, max_points, score_percent, passed) select 90000 + $i, 100001,
    'large-class', content_hash, $i, 'SUBMITTED', now(), now(), false, 12, 12, 100, true
    from quiz_version where quiz_id = 'large-class'"
  view
done >"$WORK/graded"
summary "views right after a grading" "$WORK/graded"
# The quiz's full statistics page (every response analysed, cached the same way), first and repeated view.
PAGE="$PAGE/statistics"
for _ in 1 2; do view; done >"$WORK/statistics"
summary "statistics page, first and again" "$WORK/statistics"
echo "RSS of the instance: $(( $(awk '/VmRSS/ { print $2 }' "/proc/$APP_PID/status") / 1024 )) MB"
! grep -q OutOfMemoryError "$WORK/app.log" || { echo "OutOfMemoryError" >&2; exit 1; }
