#!/usr/bin/env bash
# The database's share of an autosave: pgbench at the same concurrency as bench/exam-load.sh, on a private
# PostgreSQL cluster with the app's own schema (the Flyway migrations applied in order), running
#   1. exam-load.sh's ceiling, pgbench's single-row UPDATE (the same script, pgbench's default protocol);
#   2. the session check's account read;
#   3. the save's one statement (ResponseWriter's statement for one row, an attempt in progress, random
#      attempt and question), the only other statement of an autosave;
# 2 and 3 as prepared statements, as the JDBC driver sends them once a connection has run them a few times.
# If 3 runs at a large fraction of 1 while exam-load.sh's autosave does not, the gap is the app's, not the
# database's. Results in docs/performance.md. Usage: bench/save-floor.sh  (CONCURRENCY=20 SECONDS_EACH=8)
set -euo pipefail
cd "$(dirname "$0")/.."
C=${CONCURRENCY:-20}
SECONDS_EACH=${SECONDS_EACH:-8}
PGPORT=${BENCH_PG_PORT:-55435}
source bench/lib.sh
bench_tools "postgresql postgresql-contrib" pgbench
bench_workdir save-floor
bench_postgres "$PGPORT" "fsync = on"
"${PSQL[@]}" -c "create database quizmark" -c "create database pgb"
for migration in $(ls src/main/resources/db/migration/V*__*.sql | sort -V); do
  "${PSQL[@]}" -d quizmark -v ON_ERROR_STOP=1 -f "$migration" >/dev/null
done
"${PSQL[@]}" -d quizmark -v ON_ERROR_STOP=1 <<'SQL'
insert into quiz_version (content_hash, quiz_id, source_path, source_text, first_loaded_at, made_current_at)
values ('bench', 'bench', 'bench.md', '---', now(), now());
insert into account (id, username, password_hash, role, display_name, enabled, created_at, must_change_password,
  session_version, admin)
select i, 'student' || i, 'x', 'STUDENT', 'Student ' || i, true, now(), false, 0, false from generate_series(1, 200) i;
insert into attempt (id, account_id, quiz_id, content_hash, seed, status, started_at, deadline, auto_submitted, max_points)
select i, i, 'bench', 'bench', i, 'IN_PROGRESS', now(), now() + interval '1 day', false, 12 from generate_series(1, 200) i;
SQL
"$PG_BIN/pgbench" -h 127.0.0.1 -p "$PGPORT" -U postgres -i -q -s 1 pgb >/dev/null 2>&1
printf '\\set aid random(1, 100000)\nupdate pgbench_accounts set abalance = abalance + 1 where aid = :aid;\n' >"$WORK/update.sql"
printf '\\set a random(1, 200)\nselect * from account where username = '"'"'student'"'"' || :a;\n' >"$WORK/account.sql"
# ResponseWriter's save statement for one row; the app binds the times, here now() stands in for them.
cat >"$WORK/save.sql" <<'SQL'
\set a random(1, 200)
\set q random(1, 12)
with a as (select status, deadline, auto_submitted from attempt where id = :a for share), v (question_id, answer_json, max_score, score, correct) as (values (cast('q' || :q as varchar), cast('["답"]' as varchar), cast(1 as numeric), cast(null as numeric), cast(null as boolean))), locked as (select 1 from question_response r join v on r.question_id = v.question_id where r.attempt_id = :a and r.score is not null), open as (select 1 from a where a.status = 'IN_PROGRESS' and (a.deadline is null or a.deadline >= now()) and not exists (select 1 from locked)), w as (insert into question_response (id, attempt_id, question_id, answer_json, saved_at, max_score, score, correct) select nextval('question_response_seq'), cast(:a as bigint), v.question_id, v.answer_json, now(), v.max_score, v.score, v.correct from v where exists (select 1 from open) on conflict (attempt_id, question_id) do update set answer_json = excluded.answer_json, saved_at = excluded.saved_at, score = excluded.score, correct = excluded.correct where question_response.score is null returning 1) select a.status, a.auto_submitted, a.deadline < now(), (select count(*) from w), cast(null as varchar) from a union all select null, null, null, null, r.answer_json from question_response r where r.attempt_id = :a and r.question_id not in (select question_id from v);
SQL
tps() {  # database script [pgbench options]
  "$PG_BIN/pgbench" -h 127.0.0.1 -p "$PGPORT" -U postgres -n -c "$C" -j 2 -T "$SECONDS_EACH" "${@:3}" -f "$2" "$1" 2>/dev/null \
    | awk '/^tps/ { print $3; exit }'
}
echo "== save-floor: $C clients, ${SECONDS_EACH}s each, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
update=$(tps pgb "$WORK/update.sql")
account=$(tps quizmark "$WORK/account.sql" -M prepared)
save=$(tps quizmark "$WORK/save.sql" -M prepared)
rows=$("${PSQL[@]}" -d quizmark -c "select count(*) from question_response")
[ "$rows" -gt 0 ] || { echo "the save statement stored nothing: its attempts are not open" >&2; exit 1; }
awk -v u="$update" -v a="$account" -v s="$save" 'BEGIN {
  printf "single-row UPDATE (exam-load.sh ceiling): %8.0f tps\n", u
  printf "account read (prepared):                  %8.0f tps  (%.2f x UPDATE)\n", a, a / u
  printf "save statement, one row (prepared):       %8.0f tps  (%.2f x UPDATE)\n", s, s / u
  printf "both in series, the database floor of an autosave: %.0f saves/s (%.2f x UPDATE)\n", 1 / (1 / a + 1 / s), 1 / (1 / a + 1 / s) / u
}'
echo "($rows answers stored by the save statement)"
