#!/usr/bin/env bash
# The exam scenario of issue 14 under load, against one instance and against two behind HAProxy with one of
# them killed (kill -9) mid-run. Results and how to read them: docs/performance.md.
#
#   bench/exam-load.sh            # N=60 students, concurrency 20, autosave 40/s for 20 s
#   N=200 RATE=200 SAVE_SECONDS=30 bench/exam-load.sh
#
# What it does, all on loopback, all started and stopped by this script:
#  1. installs wrk, haproxy and PostgreSQL from Debian if missing (idempotent; needs apt-get as root);
#  2. starts its OWN PostgreSQL cluster in a temporary folder (port 55432) with pg_stat_statements loaded, so
#     statement counts are this app's alone and no shared server is touched or restarted;
#  3. measures the machine's ceilings in the same run: pgbench single-row UPDATE at the same concurrency (for
#     autosave) and wrk on /q/health/live (for page GETs);
#  4. creates N students through the app (the instructor's roster import, background job, passwords CSV),
#     each of whom then replaces the one-time password, as students do;
#  5. one instance: sign-in burst, starts, attempt pages and autosave as fast as possible (each after WARMUP=60
#     unmeasured seconds of the same requests), autosave at RATE/s,
#     submit burst;
#  6. two instances behind HAProxy: starts of a second quiz, autosave at RATE/s with kill -9 of one instance
#     half-way, submit burst (all through the survivor);
#  7. checks every acknowledged save against the database and exits 1 if any is missing.
# Per phase it prints requests/s, p50/p99, failures, statements and transactions per request (pg_stat_statements,
# pg_stat_database) and the ratio to the ceiling. Keep N small on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

N=${N:-60}
C=${CONCURRENCY:-20}
RATE=${RATE:-40}
SAVE_SECONDS=${SAVE_SECONDS:-20}
PGPORT=${BENCH_PG_PORT:-55432}
A_PORT=18081
B_PORT=18082
LB_PORT=18080
JAVA_OPTS=${JAVA_OPTS:-"-Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k"}
source bench/lib.sh

# --- 1. tools ---------------------------------------------------------------------------------------------
bench_tools "wrk haproxy postgresql postgresql-contrib" wrk haproxy pgbench
[ -x "$PG_BIN/pgbench" ] || { echo "pgbench is missing from $PG_BIN" >&2; exit 2; }
bench_workdir exam-load

# --- 2. own PostgreSQL with pg_stat_statements --------------------------------------------------------------
bench_postgres "$PGPORT" "shared_preload_libraries = 'pg_stat_statements'" "pg_stat_statements.track = top" "fsync = on"
"${PSQL[@]}" -c "create database quizmark" -c "create database pgb"
"${PSQL[@]}" -d quizmark -c "create extension pg_stat_statements"

# --- app build and instances --------------------------------------------------------------------------------
# APP: the packaged app to run (a copy lets you rebuild while the benchmark runs).
APP=${APP:-target/quarkus-app}
[ -f "$APP/quarkus-run.jar" ] || ./mvnw -B -q package -DskipTests
mkdir -p "$WORK/quizzes"
make_quiz() {  # id title: 12 short-answer questions, 30 minutes
  { printf -- '---\nid: %s\ntitle: %s\nlanguage: ko\ntime_limit: 30m\nattempts: 3\nfeedback: after_submit\n---\n' "$1" "$2"
    for q in $(seq 1 12); do printf '\n## 문항 %d {#q%d type=short}\n\n벤치마크 문항 %d의 답은?\n\nAnswer: 답%d\n' "$q" "$q" "$q" "$q"; done
  } >"$WORK/quizzes/$1.md"
}
make_quiz bench-one "부하 시험 1"
make_quiz bench-two "부하 시험 2"
start_instance() {  # port name: an instance that trusts HAProxy's forwarded addresses and never slows sign-ins
  bench_instance "$1" "$2" QUIZMARK_SIGN_IN_ADDRESS_FAILURES_BEFORE_DELAY=100000 \
    QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true \
    QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1
}
echo "== exam-load: N=$N students, concurrency $C, autosave ${RATE}/s for ${SAVE_SECONDS}s, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
A_PID=$(start_instance $A_PORT a | tail -1)
PIDS+=("$A_PID")
APP_PIDS=("$A_PID")

# --- helpers: statement counters, one wrk phase (sign-in with curl: bench/lib.sh) -------------------------------------
# CPU seconds (clock ticks) used so far by the app instances and by this script's PostgreSQL server.
cpu_ticks() { awk '{ t += $14 + $15 } END { print t + 0 }' $(for p in "$@"; do echo "/proc/$p/stat"; done) 2>/dev/null || echo 0; }
pg_pids() { pgrep -P "$(head -1 "$WORK/pg/postmaster.pid")" | tr '\n' ' '; head -1 "$WORK/pg/postmaster.pid"; }
# The JIT compiler threads' share of the app's CPU: on 2 cores they still compile for minutes after start-up.
jit_ticks() {
  local p t
  for p in "$@"; do
    for t in /proc/"$p"/task/*; do
      case "$(cat "$t/comm" 2>/dev/null)" in C1\ Compiler*|C2\ Compiler*) awk '{ print $14 + $15 }' "$t/stat" 2>/dev/null ;; esac
    done
  done | awk '{ t += $1 } END { print t + 0 }'
}
# PostgreSQL's CPU: the live server processes, plus what the postmaster collected from processes that ended
# (cutime + cstime: backends of closed connections, autovacuum workers), so that processes ending during a phase
# do not make it negative.
pg_ticks() { echo $(( $(cpu_ticks $(pg_pids)) + $(awk '{ print $16 + $17 }' "/proc/$(head -1 "$WORK/pg/postmaster.pid")/stat") )); }
stmt_reset() {
  "${PSQL[@]}" -d quizmark -c "select pg_stat_statements_reset()" >/dev/null
  APP_CPU0=$(cpu_ticks "${APP_PIDS[@]}")
  JIT_CPU0=$(jit_ticks "${APP_PIDS[@]}")
  PG_CPU0=$(pg_ticks)
}
# Statements of the app's requests (pg_stat_statements, top-level only), apart from the background quiz-version
# poll and the pool's connection validation (select 1, one per borrowed connection), which is shown apart;
# explicit transactions = BEGINs (a lone autocommitted statement has none); CPU per request of the app
# instances and of PostgreSQL, from /proc (10 ms ticks; meaningful over hundreds of requests).
stmt_report() {  # requests
  local app valid begins app_cpu pg_cpu
  app=$("${PSQL[@]}" -d quizmark -c "select coalesce(sum(calls), 0) from pg_stat_statements s join pg_database d on d.oid = s.dbid
    where d.datname = 'quizmark' and query !~* '^\\s*(begin|commit|rollback|set |show |select (1|\\\$1)\\s*$|select pg_stat)'
    and query !~* 'quiz_version qv1_0|pg_stat_statements|pg_stat_database'")
  valid=$("${PSQL[@]}" -d quizmark -c "select coalesce(sum(calls), 0) from pg_stat_statements s join pg_database d on d.oid = s.dbid
    where d.datname = 'quizmark' and query ~* '^\\s*select (1|\\\$1)\\s*$'")
  begins=$("${PSQL[@]}" -d quizmark -c "select coalesce(sum(calls), 0) from pg_stat_statements s join pg_database d on d.oid = s.dbid
    where d.datname = 'quizmark' and query ~* '^\\s*begin'")
  app_cpu=$(( $(cpu_ticks "${APP_PIDS[@]}") - APP_CPU0 ))
  jit_cpu=$(( $(jit_ticks "${APP_PIDS[@]}") - JIT_CPU0 ))
  pg_cpu=$(( $(pg_ticks) - PG_CPU0 ))
  awk -v a="$app" -v v="$valid" -v b="$begins" -v r="$1" -v ac="$app_cpu" -v jc="$jit_cpu" -v pc="$pg_cpu" 'BEGIN { if (r == 0) r = 1;
    printf "   per request: %.2f statements (+ %.2f pool validation), %.2f transactions (BEGIN), CPU %.2f ms app (%.2f ms without JIT compilers) + %.2f ms PostgreSQL\n",
      a / r, v / r, b / r, ac * 10 / r, (ac - jc) * 10 / r, pc * 10 / r }'
}
RESULTS="$WORK/results"
SAVE_PHASE=0
load_now() { cut -d' ' -f1-3 /proc/loadavg; }
# Starts wrk for one phase in the background (WRK_PID), output in $WORK/<out>; wrk_wait waits for it (a burst
# ends when every thread has sent its share; wrk then prints its results on SIGINT).
wrk_start() {  # out base mode ok ok_not items rate duration connections
  local out=$1 base=$2 mode=$3 ok=$4 oknot=$5 items=$6 rate=$7 duration=$8 threads=${9:-$C}
  local count; count=$(wc -l <"$items")
  [ "$threads" -le "$count" ] || threads=$count
  WRK_DONE="$WORK/done-$RANDOM$RANDOM" WRK_THREADS=$threads WRK_MODE=$mode
  mkdir -p "$WRK_DONE"
  # Acknowledged saves per phase (acks-<phase>-<thread>): within a phase each attempt and question belongs to one
  # connection, and phases run one after another, so reading the files in name order keeps each key's last save last.
  SAVE_PHASE=$((SAVE_PHASE + 1))
  ITEMS=$items MODE=$mode OK=$ok OK_NOT=$oknot RATE=$rate THREADS=$threads ACKS="$WORK/acks-$(printf %02d $SAVE_PHASE)" DONE_DIR=$WRK_DONE \
    wrk -t "$threads" -c "$threads" -d "$duration" --timeout 10s -s "$ROOT/bench/exam-load.lua" "$base" >"$WORK/$out" &
  WRK_PID=$!
}
wrk_wait() {  # pid mode done_dir threads
  if [ "$2" = once ]; then
    while kill -0 "$1" 2>/dev/null && [ "$(ls "$3" | wc -l)" -lt "$4" ]; do sleep 0.2; done
    sleep 0.3
    kill -INT "$1" 2>/dev/null || true
  fi
  wait "$1" || true
}
wrk_result() {  # name out -> prints the phase line and failures; sets LAST_REQUESTS, LAST_RPS
  local out; out=$(grep '^RESULT' "$WORK/$2")
  LAST_REQUESTS=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$out")
  LAST_RPS=$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$out")
  printf '%-28s %s load=%s\n' "$1" "${out#RESULT }" "$(load_now | cut -d' ' -f1)" | tee -a "$RESULTS"
  grep '^FAILURES' "$WORK/$2" | sed 's/^/   /' | tee -a "$RESULTS" || true
}
phase() {  # name base mode ok ok_not items rate duration [connections]
  local name=$1
  stmt_reset
  wrk_start wrk.out "${@:2}"
  wrk_wait "$WRK_PID" "$WRK_MODE" "$WRK_DONE" "$WRK_THREADS"
  wrk_result "$name" wrk.out
  local requests=$LAST_REQUESTS
  stmt_report "$requests" | tee -a "$RESULTS"
  if [ -n "${DETAIL:-}" ]; then
    "${PSQL[@]}" -d quizmark -F ' | ' -c "select calls, left(regexp_replace(query, '\s+', ' ', 'g'), 110) from pg_stat_statements s
      join pg_database d on d.oid = s.dbid where d.datname = 'quizmark' order by calls desc limit 12" | sed 's/^/      /'
  fi
  LAST_RPS=$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$(grep '^RESULT' "$WORK/wrk.out")")
}
ratio() { awk -v a="$1" -v b="$2" -v what="$3" 'BEGIN { printf "   ratio to %s: %.3f\n", what, (b > 0 ? a / b : 0) }' | tee -a "$RESULTS"; }

# --- 3. ceilings ----------------------------------------------------------------------------------------------
"$PG_BIN/pgbench" -h 127.0.0.1 -p "$PGPORT" -U postgres -i -q -s 1 pgb >/dev/null 2>&1
printf '\\set aid random(1, 100000)\nupdate pgbench_accounts set abalance = abalance + 1 where aid = :aid;\n' >"$WORK/update.sql"
PGBENCH_TPS=$("$PG_BIN/pgbench" -h 127.0.0.1 -p "$PGPORT" -U postgres -n -c "$C" -j 2 -T 8 -f "$WORK/update.sql" pgb 2>/dev/null \
  | grep -oE 'tps = [0-9.]+' | head -1 | grep -oE '[0-9.]+')
echo "ceiling: pgbench single-row UPDATE, $C clients: $PGBENCH_TPS tps" | tee -a "$RESULTS"
echo "GET|/q/health/live|||" >"$WORK/health.items"
phase "ceiling: GET /q/health/live" "http://127.0.0.1:$A_PORT" repeat 200 "" "$WORK/health.items" 0 8s
HEALTH_RPS=$LAST_RPS

# --- 4. N students through the app ------------------------------------------------------------------------------
A="http://127.0.0.1:$A_PORT"
sign_in "$A" prof "$INSTRUCTOR_PASSWORD" "$WORK/prof" || { echo "instructor sign-in failed"; exit 1; }
curl -s -b "$WORK/prof" -c "$WORK/prof" "$A/instructor/accounts/import" -o "$WORK/import.html"
{ echo "username,display_name,group"; for i in $(seq 1 "$N"); do echo "bench-$i,학생 $i,B$((i % 4))"; done; } >"$WORK/roster.csv"
begin=$(date +%s%N)
location=$(curl -s -b "$WORK/prof" -c "$WORK/prof" -o /dev/null -w '%{redirect_url}' -F "csrf-token=$(token_of "$WORK/import.html")" \
  -F "text=<$WORK/roster.csv" "$A/instructor/accounts/import")
[ -n "$location" ] || { echo "roster import refused"; exit 1; }
until ! curl -s -b "$WORK/prof" -c "$WORK/prof" "$location" -o "$WORK/progress.html" || ! grep -q 'id="import-progress"' "$WORK/progress.html"; do sleep 0.5; done
curl -s -b "$WORK/prof" -c "$WORK/prof" --data-urlencode "csrf-token=$(token_of "$WORK/progress.html")" -D "$WORK/passwords.h" "$location/passwords" -o "$WORK/passwords.csv"
[ -s "$WORK/passwords.csv" ] || { echo "passwords download failed:"; cat "$WORK/passwords.h"; exit 1; }
echo "setup: roster import of $N students through the app (background job): $(( ($(date +%s%N) - begin) / 1000000 )) ms, $(($(wc -l <"$WORK/passwords.csv") - 1)) passwords downloaded" | tee -a "$RESULTS"
# Each student replaces the one-time password (not measured).
tail -n +2 "$WORK/passwords.csv" | tr -d '\r' | while IFS=, read -r user name group password; do echo "$user $password"; done >"$WORK/otp"
mkdir -p "$WORK/s"
change_password() {
  local user=$1 otp=$2 jar="$WORK/s/$1"
  sign_in "$A" "$user" "$otp" "$jar" || { echo "sign-in failed: $user" >&2; return 1; }
  curl -s -b "$jar" -c "$jar" "$A/account/password" -o "$jar.pw"
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "current=$otp" --data-urlencode "password=bench-$user-password" \
    --data-urlencode "confirm=bench-$user-password" --data-urlencode "csrf-token=$(token_of "$jar.pw")" "$A/account/password"
}
export -f change_password sign_in token_of cookie_of; export A WORK
xargs -r -P 4 -L 1 bash -c 'change_password "$0" "$1"' <"$WORK/otp"

# --- 5. one instance ------------------------------------------------------------------------------------------------
echo "== one instance (port $A_PORT)" | tee -a "$RESULTS"
signin_items() {  # file: one sign-in of every student, each with the CSRF cookie and token of its own log-in page
  : >"$1"
  for i in $(seq 1 "$N"); do
    jar="$WORK/s/login-$i"; curl -s -c "$jar" "$A/login" -o "$jar.html"
    echo "POST|/j_security_check|quizmark-csrf=$(cookie_of "$jar" quizmark-csrf)||j_username=bench-$i&j_password=bench-bench-$i-password&csrf-token=$(token_of "$jar.html" | sed 's/+/%2B/g; s/\//%2F/g; s/=/%3D/g')" >>"$1"
  done
}
signin_items "$WORK/signin.items"
phase "sign-in burst" "$A" once 302 "error" "$WORK/signin.items" 0 60s
# Sessions for the rest (one more sign-in each, not measured), and the CSRF token of each student's pages.
session_items() {  # quiz -> start items; also fills $WORK/s/<i>.cookie and .token
  : >"$WORK/start.items"
  for i in $(seq 1 "$N"); do
    jar="$WORK/s/bench-$i"
    if [ ! -s "$jar.cookie" ]; then
      sign_in "$A" "bench-$i" "bench-bench-$i-password" "$jar" || { echo "sign-in failed: bench-$i"; exit 1; }
      curl -s -b "$jar" -c "$jar" "$A/quizzes" -o "$jar.quizzes"
      echo "quizmark-session=$(cookie_of "$jar" quizmark-session); quizmark-csrf=$(cookie_of "$jar" quizmark-csrf)" >"$jar.cookie"
      token_of "$jar.quizzes" >"$jar.token"
    fi
    echo "POST|/quizzes/$1/start|$(cat "$jar.cookie")|$(cat "$jar.token")|" >>"$WORK/start.items"
  done
}
attempt_items() {  # base: reads each student's attempt from the database, writes page/save/submit items
  : >"$WORK/page.items"; : >"$WORK/save.items"; : >"$WORK/submit.items"
  "${PSQL[@]}" -d quizmark -F ' ' -c "select a.id, acc.username from attempt a join account acc on acc.id = a.account_id
    where a.quiz_id = '$1' and a.status = 'IN_PROGRESS'" | while read -r attempt user; do
    jar="$WORK/s/$user"
    echo "GET|/attempts/$attempt|$(cat "$jar.cookie")||" >>"$WORK/page.items"
    for q in $(seq 1 12); do echo "POST|/attempts/$attempt/questions/q$q|$(cat "$jar.cookie")|$(cat "$jar.token")|q.q$q" >>"$WORK/save.items"; done
    echo "POST|/attempts/$attempt/submit|$(cat "$jar.cookie")|$(cat "$jar.token")|" >>"$WORK/submit.items"
  done
  # Spread one student's questions over time rather than in a row.
  shuf --random-source=<(yes) "$WORK/save.items" -o "$WORK/save.items"
}
session_items bench-one
phase "start burst" "$A" once 303 "" "$WORK/start.items" 0 60s
attempt_items bench-one
# PROFILE=1: a JFR recording of the instance during the attempt pages and during the max-rate autosaves
# ($WORK/<phase>.jfr, kept with KEEP=1), summarised as the hottest methods of the sampled stacks (top frame, and
# share of samples with a frame anywhere in the stack).
profile_start() { [ -z "${PROFILE:-}" ] || jcmd "$A_PID" JFR.start name="$1" settings=profile filename="$WORK/$1.jfr" >/dev/null; }
profile_stop() {
  [ -n "${PROFILE:-}" ] || return 0
  jcmd "$A_PID" JFR.stop name="$1" >/dev/null
  jfr print --events jdk.ExecutionSample --stack-depth 96 "$WORK/$1.jfr" >"$WORK/$1.samples.txt"
  local total
  total=$(grep -c 'jdk.ExecutionSample' "$WORK/$1.samples.txt" || true)
  echo "   profile ($1): $total execution samples; top frames:" | tee -a "$RESULTS"
  awk '/stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print }' "$WORK/$1.samples.txt" | sort | uniq -c | sort -rn | head -15 \
    | sed 's/^/      /' | tee -a "$RESULTS"
  echo "   share of samples with the frame anywhere in the stack:" | tee -a "$RESULTS"
  for frame in 'io.quarkus.security' 'dev.quizmark.account' 'io.quarkus.vertx.http.runtime.security' 'io.quarkus.qute' \
      'org.hibernate' 'org.postgresql' 'io.agroal' 'com.arjuna' 'dev.quizmark.attempt.AttemptService' \
      'dev.quizmark.attempt.AttemptLayout' 'com.fasterxml.jackson' 'io.vertx.core.http' 'dev.quizmark.app' 'javax.crypto' ; do
    n=$(awk -v f="$frame" '/jdk.ExecutionSample/ { if (hit) c++; hit = 0 } index($0, f) { hit = 1 } END { if (hit) c++; print c + 0 }' "$WORK/$1.samples.txt")
    awk -v n="$n" -v t="$total" -v f="$frame" 'BEGIN { printf "      %5.1f %%  %s\n", (t > 0 ? 100 * n / t : 0), f }' | tee -a "$RESULTS"
  done
}
# WARMUP seconds (default 60) of the same requests before the page and max-rate autosave phases, not measured: the
# JIT compiles their paths first, so those phases show a request's steady cost rather than compilation.
warm_up() {  # mode ok items
  [ "${WARMUP:-60}" -gt 0 ] || return 0
  wrk_start warmup.out "$A" "$1" "$2" "" "$3" 0 "${WARMUP:-60}s"
  wrk_wait "$WRK_PID" "$WRK_MODE" "$WRK_DONE" "$WRK_THREADS"
}
warm_up repeat 200 "$WORK/page.items"
profile_start page
phase "attempt page GET" "$A" repeat 200 "" "$WORK/page.items" 0 8s
ratio "$LAST_RPS" "$HEALTH_RPS" "GET /q/health/live"
profile_stop page
warm_up save 200 "$WORK/save.items"
profile_start autosave
phase "autosave, max rate" "$A" save 200 "" "$WORK/save.items" 0 "${MAX_SECONDS:-8}s"
ratio "$LAST_RPS" "$PGBENCH_TPS" "pgbench single-row UPDATE"
profile_stop autosave
phase "autosave at ${RATE}/s" "$A" save 200 "" "$WORK/save.items" "$RATE" "${SAVE_SECONDS}s"
echo "   RSS of the instance: $(( $(ps -o rss= -p "$A_PID") / 1024 )) MB" | tee -a "$RESULTS"
# Issue 14's fixed rate: FIXED_RATE saves/s (2,000 students saving every 5 s = 400/s) on one instance, on a fixed
# schedule per connection, FIXED_C connections (each student's browser = one connection; capped at N).
FIXED_RATE=${FIXED_RATE:-400}
if [ "$FIXED_RATE" -gt 0 ]; then
  fixed_c=${FIXED_C:-200}; [ "$fixed_c" -le "$N" ] || fixed_c=$N
  phase "autosave fixed ${FIXED_RATE}/s, ${fixed_c} conn" "$A" save 200 "" "$WORK/save.items" "$FIXED_RATE" "${FIXED_SECONDS:-20}s" "$fixed_c"
  echo "   RSS of the instance: $(( $(ps -o rss= -p "$A_PID") / 1024 )) MB" | tee -a "$RESULTS"
fi
# Issue 14's sign-in rush: every student signs in again (RUSH_C at once, default 20) while all N students keep
# autosaving, each every 5 s (N/5 saves/s on N connections). Statements and CPU are of both together.
if [ "${RUSH:-1}" = 1 ]; then
  signin_items "$WORK/rush.items"
  stmt_reset
  rush_rate=$(( N / 5 )); [ "$rush_rate" -ge 1 ] || rush_rate=1
  wrk_start rush-save.out "$A" save 200 "" "$WORK/save.items" "$rush_rate" 300s "$N"
  save_pid=$WRK_PID
  sleep 5
  wrk_start rush-signin.out "$A" once 302 "error" "$WORK/rush.items" 0 120s "${RUSH_C:-20}"
  wrk_wait "$WRK_PID" once "$WRK_DONE" "$WRK_THREADS"
  sleep 3
  kill -INT "$save_pid" 2>/dev/null || true
  wait "$save_pid" || true
  wrk_result "sign-in rush (c=${RUSH_C:-20})" rush-signin.out
  rush_requests=$LAST_REQUESTS
  wrk_result "autosave during the rush" rush-save.out
  stmt_report $((rush_requests + LAST_REQUESTS)) | tee -a "$RESULTS"
fi
phase "submit burst" "$A" once 303 "" "$WORK/submit.items" 0 60s

# --- 6. two instances behind HAProxy, one killed mid-run (TWO=0 skips it, and the large import) -------------------
if [ "${TWO:-1}" = 1 ]; then
echo "== two instances behind HAProxy (port $LB_PORT), instance A killed with kill -9 half-way through the autosaves" | tee -a "$RESULTS"
B_PID=$(start_instance $B_PORT b | tail -1)
PIDS+=("$B_PID")
APP_PIDS=("$A_PID" "$B_PID")
cat >"$WORK/haproxy.cfg" <<CFG
global
    maxconn 2000
defaults
    mode http
    timeout connect 1s
    timeout client 30s
    timeout server 30s
    retries 3
    retry-on conn-failure empty-response response-timeout
    option redispatch 1
frontend web
    bind 127.0.0.1:$LB_PORT
    default_backend app
backend app
    balance roundrobin
    option httpchk GET /q/health/ready
    # A dead instance refuses connections: retry-on/redispatch move the request at once; the health check
    # then takes it out of rotation. fall 3 keeps a busy survivor from being taken out by one slow check.
    timeout check 3s
    default-server check inter 1s fall 3 rise 2
    server a 127.0.0.1:$A_PORT
    server b 127.0.0.1:$B_PORT
CFG
haproxy -f "$WORK/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 &
PIDS+=("$!")
LB="http://127.0.0.1:$LB_PORT"
until curl -sf "$LB/q/health/ready" >/dev/null; do sleep 0.2; done
session_items bench-two
phase "start burst (2 instances)" "$LB" once 303 "" "$WORK/start.items" 0 60s
attempt_items bench-two
( sleep $((SAVE_SECONDS / 2)); kill -9 "$A_PID"; echo "   kill -9 of instance A at $(date +%T)" >>"$RESULTS" ) &
APP_PIDS=("$B_PID")
phase "autosave at ${RATE}/s, A killed" "$LB" save 200 "" "$WORK/save.items" "$RATE" "${SAVE_SECONDS}s"
grep 'kill -9' "$RESULTS" | tail -1
echo "   RSS of the survivor: $(( $(ps -o rss= -p "$B_PID") / 1024 )) MB" | tee -a "$RESULTS"
phase "submit burst (survivor)" "$LB" once 303 "" "$WORK/submit.items" 0 60s
left=$("${PSQL[@]}" -d quizmark -c "select count(*) from attempt where quiz_id in ('bench-one', 'bench-two') and status <> 'SUBMITTED'")
echo "attempts not submitted at the end: $left" | tee -a "$RESULTS"

# --- optional: a large roster import through the app (BIG_IMPORT=2000, the importer's maximum), on the survivor ----
# As a CSV file: a pasted roster is one form field, limited to 32 KB.
if [ -n "${BIG_IMPORT:-}" ]; then
  B="http://127.0.0.1:$B_PORT"
  sign_in "$B" prof "$INSTRUCTOR_PASSWORD" "$WORK/prof-b" || { echo "instructor sign-in failed"; exit 1; }
  curl -s -b "$WORK/prof-b" -c "$WORK/prof-b" "$B/instructor/accounts/import" -o "$WORK/import-b.html"
  { echo "username,display_name,group"; for i in $(seq 1 "$BIG_IMPORT"); do echo "roster-$i,명단 $i,R$((i % 8))"; done; } >"$WORK/big.csv"
  begin=$(date +%s%N)
  location=$(curl -s -b "$WORK/prof-b" -c "$WORK/prof-b" -o /dev/null -w '%{redirect_url}' \
    -F "csrf-token=$(token_of "$WORK/import-b.html")" -F "file=@$WORK/big.csv;type=text/csv" "$B/instructor/accounts/import")
  [ -n "$location" ] || { echo "large roster import refused"; exit 1; }
  answered=$(( ($(date +%s%N) - begin) / 1000000 ))
  polls=0 slowest=0 shown=""
  while :; do
    t0=$(date +%s%N)
    curl -s -b "$WORK/prof-b" -c "$WORK/prof-b" "$location" -o "$WORK/progress-b.html" || break
    t=$(( ($(date +%s%N) - t0) / 1000000 )); [ "$t" -le "$slowest" ] || slowest=$t
    polls=$((polls + 1))
    grep -q 'id="import-progress"' "$WORK/progress-b.html" || break
    shown="$shown $(grep -o '<progress[^>]*' "$WORK/progress-b.html" | grep -o 'value="[0-9]*"' | head -1 | tr -dc 0-9)"
    sleep 2
  done
  took=$(( ($(date +%s%N) - begin) / 1000000 ))
  curl -s -b "$WORK/prof-b" -c "$WORK/prof-b" --data-urlencode "csrf-token=$(token_of "$WORK/progress-b.html")" "$location/passwords" -o "$WORK/big-passwords.csv"
  echo "roster import of $BIG_IMPORT students (background job, load $(load_now)): request answered in $answered ms, done after $took ms, $polls progress polls (slowest $slowest ms), $(($(wc -l <"$WORK/big-passwords.csv") - 1)) passwords downloaded, $("${PSQL[@]}" -d quizmark -c "select count(*) from account where username like 'roster-%'") accounts stored" | tee -a "$RESULTS"
  echo "   progress values seen:$(tr ' ' '\n' <<<"$shown" | awk 'NF' | awk 'NR == 1 || NR % 10 == 0' | tr '\n' ' ')" | tee -a "$RESULTS"
fi
fi  # TWO

# --- 7. every acknowledged save is in the database ------------------------------------------------------------------
# Per attempt and question: the last acknowledged value, and the values sent after it without an answer (still in
# flight when a phase ended, or failed), which the database may hold instead; it must never hold an older one.
ls "$WORK" | grep '^acks-' | sort -t- -k2,2n -k3,3n | sed "s|^|$WORK/|" | xargs cat \
  | awk '$4 == "S" { k = $1 " " $2; later[k] = later[k] " " $3 } $4 == "A" { k = $1 " " $2; last[k] = $3; later[k] = "" }
    END { for (k in last) print k, last[k], later[k] }' | sort >"$WORK/acked"
"${PSQL[@]}" -d quizmark -F ' ' -c "select attempt_id, question_id, answer_json from question_response r join attempt a on a.id = r.attempt_id
  where a.quiz_id in ('bench-one', 'bench-two')" | sed -E 's/\["([^"]*)"\]$/\1/' | sort >"$WORK/stored"
acked=$(wc -l <"$WORK/acked")
awk 'NR == FNR { stored[$1 " " $2] = $3; next }
  { k = $1 " " $2; ok = (stored[k] == $3); unacked = 0
    for (i = 4; i <= NF; i++) if (stored[k] == $i) { ok = 1; unacked = 1 }
    if (!ok) print k, "acknowledged", $3, "stored", (k in stored ? stored[k] : "nothing") > "/dev/stderr"
    else if (unacked) print k > "/dev/stdout" }' "$WORK/stored" "$WORK/acked" >"$WORK/unacked" 2>"$WORK/missing"
missing=$(wc -l <"$WORK/missing")
echo "acknowledged saves checked (last per attempt and question): $acked, missing or different in the database: $missing ($(wc -l <"$WORK/unacked") hold a later save sent without an answer: in flight at a phase's end)" | tee -a "$RESULTS"
if [ "$missing" -ne 0 ]; then
  head "$WORK/missing"
  exit 1
fi
