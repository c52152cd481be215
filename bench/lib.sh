# shellcheck shell=bash
# What the benchmarks share: Debian tools, a work folder cleaned up on exit, a private PostgreSQL cluster on
# loopback, instances of the packaged app on it, and signing in with curl. Sourced from the repository root.

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
PIDS=()
INSTRUCTOR_PASSWORD=bench-instructor-password

need() { command -v "$1" >/dev/null 2>&1; }

# PostgreSQL refuses to run as root: run the cluster as the postgres user then.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# bench_tools "debian packages" command...: installs the packages (needs root) unless PostgreSQL and every
# command are there already.
bench_tools() {
  local packages=$1 missing=false command
  shift
  for command in "$@"; do need "$command" || missing=true; done
  [ -n "$PG_BIN" ] || missing=true
  [ "$missing" = true ] || return 0
  if [ "$(id -u)" = 0 ]; then
    # shellcheck disable=SC2086 # a list of packages
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  else
    echo "install $packages (Debian packages) first" >&2
    exit 2
  fi
}

# bench_workdir name: a fresh $WORK; on exit the processes in PIDS are stopped, the cluster too, and $WORK is
# removed unless KEEP is set.
bench_workdir() {
  WORK=$(mktemp -d "/tmp/$1.XXXXXX")
  chmod 755 "$WORK"
  trap bench_cleanup EXIT
}

bench_cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true
  [ -n "${KEEP:-}" ] || rm -rf "$WORK"
}

# bench_postgres port [postgresql.conf line...]: starts the cluster in $WORK/pg on 127.0.0.1:port, trust
# authentication, so no shared server is touched; PSQL is psql on it as postgres.
bench_postgres() {
  local port=$1
  shift
  mkdir -p "$WORK/pg" && [ "$(id -u)" != 0 ] || chown postgres "$WORK/pg"
  as_pg "$PG_BIN/initdb" -D "$WORK/pg" -A trust -U postgres >/dev/null
  { printf "port = %s\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '%s'\n" "$port" "$WORK/pg"
    printf 'max_connections = 100\nshared_buffers = 128MB\n'
    printf '%s\n' "$@"
  } >>"$WORK/pg/postgresql.conf"
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/log" -w start >/dev/null
  PSQL=("$PG_BIN/psql" -X -q -t -A -h 127.0.0.1 -p "$port" -U postgres)
}

# Sign-in with curl, as a browser does it: the login form's CSRF token, then the form post.
# token_of page: the first CSRF token of a saved page; cookie_of jar name: a cookie's value in a curl cookie jar.
token_of() { grep -o 'name="csrf-token" value="[^"]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//'; }
cookie_of() { awk -v n="$2" '$6 == n { v = $7 } END { print v }' "$1"; }
sign_in() {  # base user password jar -> 0 when signed in
  rm -f "$4"; curl -s -c "$4" -b "$4" "$1/login" -o "$4.html"
  curl -s -c "$4" -b "$4" -o /dev/null -D "$4.h" --data-urlencode "j_username=$2" --data-urlencode "j_password=$3" \
    --data-urlencode "csrf-token=$(token_of "$4.html")" "$1/j_security_check"
  ! grep -qi '^location:.*error' "$4.h" && [ -n "$(cookie_of "$4" quizmark-session)" ]
}

# bench_instance port name [VARIABLE=value...]: starts the packaged app ($APP, $JAVA_OPTS) on the database
# quizmark of the cluster ($PGPORT) with the quizzes of $WORK/quizzes and the instructor prof, logging to
# $WORK/name.log; waits until it is ready and prints its pid.
bench_instance() {
  local port=$1 name=$2
  shift 2
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
  env QUARKUS_HTTP_PORT="$port" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PGPORT/quizmark" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=x QUIZMARK_QUIZZES_DIR="$WORK/quizzes" \
    QUIZMARK_SESSION_KEY=bench-session-key-0123456789-abcdefghijklmnop \
    QUIZMARK_CSRF_KEY=bench-csrf-key-0123456789-abcdefghijklmnopq \
    QUIZMARK_INSTRUCTOR_USERNAME=prof QUIZMARK_INSTRUCTOR_PASSWORD="$INSTRUCTOR_PASSWORD" QUIZMARK_DB_POOL_SIZE="${POOL:-20}" \
    "$@" java $JAVA_OPTS -jar "$APP/quarkus-run.jar" >"$WORK/$name.log" 2>&1 &
  local pid=$!
  until curl -sf "http://127.0.0.1:$port/q/health/ready" 2>/dev/null | grep -q UP; do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$WORK/$name.log" >&2; exit 1; }
    sleep 0.2
  done
  echo "$pid"
}
