#!/usr/bin/env bash
# Live mode under load (issue 17): PHONES simulated phones play one live session on two app instances behind
# HAProxy, and one instance is killed (kill -9) in the middle of a question. Results and how to read them:
# docs/live.md ("Load benchmark").
#
#   bench/live-load.sh                          # 500 phones ramped over 30 s, 4 questions, kill at question 3
#   PHONES=200 RAMP_SECONDS=10 QUESTIONS=3 KILL_AT=2 bench/live-load.sh
#   KILL_AT=0 bench/live-load.sh                # no kill
#
# What it does, all on loopback, all started and stopped by this script:
#  1. installs haproxy and PostgreSQL from Debian if missing (needs apt-get as root); Node (20+) runs the client;
#  2. starts its OWN PostgreSQL cluster in a temporary folder (port 55433), so no shared server is touched;
#  3. starts two instances of the packaged app (target/quarkus-app, built when missing) on one database, and
#     HAProxy in front of them (round robin, health checks on /q/health/ready, retries on another instance);
#  4. signs the instructor in, creates a live session of a generated quiz (single-choice questions, 20 s each,
#     guests allowed), and runs bench/live-load.mjs: the phones join as guests over RAMP_SECONDS, open the event
#     stream, answer each question; the host posts the buttons and kills instance A once KILL_SHARE of the phones
#     answered question KILL_AT;
#  5. checks every acknowledged answer (HTTP 303 to the phone) against the database, every phone's player and
#     the final standings, and exits 1 if anything acknowledged is missing.
# It prints the load average before and after: the figures only mean something next to it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

PHONES=${PHONES:-500}
RAMP_SECONDS=${RAMP_SECONDS:-30}
QUESTIONS=${QUESTIONS:-4}
KILL_AT=${KILL_AT:-3}
KILL_SHARE=${KILL_SHARE:-0.4}
PGPORT=${BENCH_PG_PORT:-55433}
A_PORT=18091
B_PORT=18092
LB_PORT=18090
JAVA_OPTS=${JAVA_OPTS:-"-Xmx320m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k"}
source bench/lib.sh

# --- 1. tools ---------------------------------------------------------------------------------------------
bench_tools "haproxy postgresql" haproxy
need node || { echo "Node 20+ is needed for the load client" >&2; exit 2; }
ulimit -n 65536 2>/dev/null || true
bench_workdir live-load

# --- 2. own PostgreSQL --------------------------------------------------------------------------------------
bench_postgres "$PGPORT"
"${PSQL[@]}" -c "create database quizmark"

# --- 3. the quiz, two instances, HAProxy ------------------------------------------------------------------------
APP=${APP:-target/quarkus-app}
[ -f "$APP/quarkus-run.jar" ] || ./mvnw -B -q package -DskipTests
mkdir -p "$WORK/quizzes"
{ printf -- '---\nid: live-bench\ntitle: 실시간 부하 시험\nlanguage: ko\nlive_time: 20s\n---\n'
  for q in $(seq 1 "$QUESTIONS"); do
    printf '\n## 문항 %d {#q%d}\n\n부하 시험 문항 %d: 맞는 것은?\n\n- [x] 하나\n- [ ] 둘\n- [ ] 셋\n- [ ] 넷\n' "$q" "$q" "$q"
  done
} >"$WORK/quizzes/live-bench.md"
echo "== live-load: $PHONES phones over ${RAMP_SECONDS}s, $QUESTIONS questions, kill -9 of instance A at question $KILL_AT," \
  "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
A_PID=$(bench_instance $A_PORT a | tail -1); PIDS+=("$A_PID")
B_PID=$(bench_instance $B_PORT b | tail -1); PIDS+=("$B_PID")
cat >"$WORK/haproxy.cfg" <<CFG
global
  maxconn 8000
defaults
  mode http
  timeout connect 2s
  timeout client 1h
  timeout server 1h
  timeout tunnel 1h
  retries 3
  option redispatch
  option http-server-close
  # Forward each event at once: without it HAProxy holds back small writes of an unfinished response (MSG_MORE),
  # which delays server-sent events by up to the kernel's 200 ms (see src/main/docker/haproxy.cfg).
  option http-no-delay
frontend live
  bind 127.0.0.1:$LB_PORT
  default_backend app
backend app
  balance roundrobin
  option httpchk GET /q/health/ready
  server a 127.0.0.1:$A_PORT check inter 1s fall 2 rise 2
  server b 127.0.0.1:$B_PORT check inter 1s fall 2 rise 2
CFG
haproxy -f "$WORK/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 &
PIDS+=("$!")
LB="http://127.0.0.1:$LB_PORT"
until curl -sf "$LB/q/health/ready" >/dev/null 2>&1; do sleep 0.2; done

# --- 4. the session and the load client ---------------------------------------------------------------------------
J="$WORK/prof"
sign_in "$LB" prof "$INSTRUCTOR_PASSWORD" "$J" || { echo "instructor sign-in failed" >&2; exit 1; }
curl -s -c "$J" -b "$J" "$LB/instructor/live" -o "$J.start"
LOCATION=$(curl -s -c "$J" -b "$J" -o /dev/null -w '%{redirect_url}' --data-urlencode "csrf-token=$(token_of "$J.start")" \
  -d quiz=live-bench -d seconds=20 -d guests=true "$LB/instructor/live")
SESSION=${LOCATION##*/}
[[ "$SESSION" =~ ^[0-9]+$ ]] || { echo "could not create the session: $LOCATION" >&2; exit 1; }
PIN=$("${PSQL[@]}" -d quizmark -c "select pin from live_session where id = $SESSION")
HOST_COOKIE="quizmark-session=$(cookie_of "$J" quizmark-session); quizmark-csrf=$(cookie_of "$J" quizmark-csrf)"
echo "session $SESSION, PIN $PIN; instance A pid $A_PID (port $A_PORT), B pid $B_PID (port $B_PORT), HAProxy on $LB_PORT"

KILL_PID=0; [ "$KILL_AT" -gt 0 ] && KILL_PID=$A_PID
LB=$LB PHONES=$PHONES RAMP_SECONDS=$RAMP_SECONDS SESSION=$SESSION PIN=$PIN QUESTIONS=$QUESTIONS HOST_COOKIE=$HOST_COOKIE \
  KILL_PID=$KILL_PID KILL_AT=$KILL_AT KILL_SHARE=$KILL_SHARE ACKS="$WORK/acks.csv" \
  node "$ROOT/bench/live-load.mjs" | tee "$WORK/client.out"

# --- 5. checks against the database -------------------------------------------------------------------------------
"${PSQL[@]}" -d quizmark -c "create table bench_ack (nickname varchar(40), question_id varchar(100))"
"${PSQL[@]}" -d quizmark -c "\\copy bench_ack from '$WORK/acks.csv' csv"
ACKED=$("${PSQL[@]}" -d quizmark -c "select count(*) from bench_ack")
LOST=$("${PSQL[@]}" -d quizmark -c "select count(*) from bench_ack k where not exists (select 1 from live_answer a
  join live_player p on p.id = a.player_id where a.session_id = $SESSION and p.nickname = k.nickname and a.question_id = k.question_id)")
STORED=$("${PSQL[@]}" -d quizmark -c "select count(*) from live_answer where session_id = $SESSION")
PLAYERS=$("${PSQL[@]}" -d quizmark -c "select count(*) from live_player where session_id = $SESSION and not kicked")
STATE=$("${PSQL[@]}" -d quizmark -c "select state from live_session where id = $SESSION")
# Every player's score is the sum of their stored answers; a player whose acknowledged answers are all stored
# has lost nothing. Points of acknowledged answers, as the final board adds them up:
POINTS=$("${PSQL[@]}" -d quizmark -c "select coalesce(sum(a.points), 0) from live_answer a join bench_ack k on k.question_id = a.question_id
  join live_player p on p.id = a.player_id and p.nickname = k.nickname where a.session_id = $SESSION")
echo "database: session $STATE, $PLAYERS players, $STORED answers stored, $ACKED acknowledged, $LOST acknowledged answers missing;" \
  "points of acknowledged answers $POINTS"
echo "instance A killed: $(kill -0 "$A_PID" 2>/dev/null && echo no || echo yes); errors logged by B: $(grep -c ' ERROR ' "$WORK/b.log" || true)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$PLAYERS" = "$PHONES" ] || echo "NOTE: $((PHONES - PLAYERS)) phones never managed to join (see the failed requests above)"
[ "$LOST" = 0 ] && [ "$STATE" = FINISHED ] || { echo "FAILED: acknowledged answers lost or session not finished" >&2; exit 1; }
echo "OK: no acknowledged answer lost"
