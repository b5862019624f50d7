# Sourced by scripts/contract-test and scripts/bench-fleet (inside scripts/with-postgres): starts
# asistencia-server from BIN_DIR on a fresh database of the throw-away cluster, on a free loopback port, and
# waits until it is ready. Sets base (http://127.0.0.1:PORT), admin_token, server_pid, server_log and
# live_database_url (the server's database, for CLI subcommands); the caller's EXIT trap should call stop_live_server.

start_live_server() {
    local bin_dir="$1"
    : "${ASISTENCIA_TEST_DATABASE_URL:?run it through scripts/with-postgres}"
    local server="$bin_dir/asistencia-server"
    [ -x "$server" ] || { echo "$0: $server is missing; build it first" >&2; exit 1; }
    local database="live_$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    python3 - "$ASISTENCIA_TEST_DATABASE_URL" "$database" <<'PY'
import subprocess, sys, urllib.parse
url = urllib.parse.urlparse(sys.argv[1])
env = {"PGPASSWORD": urllib.parse.unquote(url.password or "")}
subprocess.run(["psql", "-h", url.hostname, "-p", str(url.port), "-U", url.username, "-d", url.path.lstrip("/"),
                "-v", "ON_ERROR_STOP=1", "-q", "-c", f"CREATE DATABASE {sys.argv[2]}"], check=True, env=env)
PY
    local port
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
    admin_token="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    server_log="$(mktemp /tmp/asistencia-server.XXXXXX.log)"
    live_database_url="${ASISTENCIA_TEST_DATABASE_URL%/*}/$database"
    ASISTENCIA_DATABASE_URL="$live_database_url" ASISTENCIA_HOST=127.0.0.1 ASISTENCIA_PORT="$port" \
        ASISTENCIA_ADMIN_TOKEN="$admin_token" ASISTENCIA_DB_POOL_SIZE="${ASISTENCIA_DB_POOL_SIZE:-}" "$server" >"$server_log" 2>&1 &
    server_pid=$!
    base="http://127.0.0.1:$port"
    for _ in $(seq 1 120); do
        curl -fsS "$base/ready" >/dev/null 2>&1 && return 0
        kill -0 "$server_pid" 2>/dev/null || { echo "$0: the server stopped:" >&2; cat "$server_log" >&2; exit 1; }
        sleep 0.5
    done
    echo "$0: the server never became ready:" >&2; cat "$server_log" >&2; exit 1
}

stop_live_server() {
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
}
