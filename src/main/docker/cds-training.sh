#!/bin/sh
# Class-data sharing archive of the packaged app, from one training run: the app starts against a throwaway
# PostgreSQL (migrations, quiz scan, sign-in page, health check) and, when it stops, the JVM writes every class it
# loaded, already parsed and verified, to $ARCHIVE. Started with -XX:SharedArchiveFile=$ARCHIVE the app is ready
# about a second sooner (docs/performance.md). The archive only fits the JVM binary and the jar path it was made
# with, so the Dockerfile makes it in the runtime image itself; a JVM given an archive that does not fit ignores it.
#
# Usage (as root, or as a user that can run PostgreSQL's initdb): APP_DIR=/app sh cds-training.sh
#   APP_DIR    the packaged app (quarkus-run.jar), as the app will be started: same path string, same directory
#   ARCHIVE    where to write the archive (default $APP_DIR/app.jsa)
#   JAVA_OPTS  the app's JVM flags (the same as in production, without -XX:SharedArchiveFile)
#   CHECK_CP   where the compiled HealthCheck.class is (default $APP_DIR/healthcheck, as in the image; compiled from
#              the HealthCheck.java beside this script when missing)
set -eu
APP_DIR=${APP_DIR:-/app}
ARCHIVE=${ARCHIVE:-$APP_DIR/app.jsa}
PG_PORT=${CDS_PG_PORT:-55439}
PORT=${CDS_HTTP_PORT:-18099}
CHECK_CP=${CHECK_CP:-$APP_DIR/healthcheck}
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
work=$(mktemp -d)
as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}
cleanup() {
  as_postgres "$pg_bin/pg_ctl -D $work/pg -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/pg" "$work/quizzes"
if [ ! -f "$CHECK_CP/HealthCheck.class" ]; then
  javac -d "$work/check" "$(dirname "$0")/HealthCheck.java"
  CHECK_CP=$work/check
fi
[ "$(id -u)" != 0 ] || chown -R postgres "$work"
as_postgres "$pg_bin/initdb -D $work/pg -A trust -U postgres" >/dev/null
as_postgres "$pg_bin/pg_ctl -D $work/pg -l $work/pg.log -w -o '-p $PG_PORT -k $work -c listen_addresses=127.0.0.1' start" >/dev/null

rm -f "$ARCHIVE"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=training QUIZMARK_QUIZZES_DIR="$work/quizzes" \
  java ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$ARCHIVE" -jar "$APP_DIR/quarkus-run.jar" >"$work/app.log" 2>&1 &
app=$!
# The JDK's own HTTP client, as in the container's health check: the runtime image has no curl.
fetch() {
  java -Xshare:auto -XX:TieredStopAtLevel=1 -cp "$CHECK_CP" HealthCheck "http://127.0.0.1:$PORT$1" >/dev/null 2>&1
}
tries=0
until fetch /q/health/ready; do
  tries=$((tries + 1))
  if [ "$tries" -gt 120 ] || ! kill -0 "$app" 2>/dev/null; then
    cat "$work/app.log" >&2
    echo "cds-training: the app did not become ready" >&2
    exit 1
  fi
  sleep 1
done
fetch /login || true
fetch / || true
kill -TERM "$app"
wait "$app" || true
[ -s "$ARCHIVE" ] || { tail -20 "$work/app.log" >&2; echo "cds-training: no archive written" >&2; exit 1; }
echo "cds-training: $(du -h "$ARCHIVE" | cut -f1) archive at $ARCHIVE"
