import SyncProtocol

/// What `asistencia-server --help` and `--version` print; neither needs a database.
enum ServerUsage {
    /// This server's version.
    static let version = "1.0.0"
    /// The sync protocol's version (the `v1` of `/api/v1`).
    static let apiVersion = "v\(SyncAPI.version)"

    static let text = """
        asistencia-server \(version) — the central server of Asistencia (API \(apiVersion), contract at GET /openapi.yaml)

        usage:
          asistencia-server                       serve: migrate the schema, seed, then listen (web console at /console)
          asistencia-server bench URL             load a running server and print the benchmark table
          asistencia-server bench-fleet URL KIOSKS [SECONDS]
                                                  KIOSKS simulated doors (heartbeat, punches, roster every 30 s):
                                                  p50/p99 per operation
          asistencia-server enrolments list       enrolments refused because their face is another employee's
          asistencia-server enrolments accept UUID --by NAME --reason TEXT
                                                  accept one of them (audited)
          asistencia-server accounts add-administrator CODE NAME
                                                  create (or promote) an administrator and ask its console password
          asistencia-server accounts set-password CODE
                                                  a supervisor's or administrator's console password (clears a lockout)
          asistencia-server bench-console [EMPLOYEES]
                                                  seed a benchmark site on the configured database and time the web
                                                  console's Today and month report (default 5000 employees)
          asistencia-server --help | --version

        settings (environment):
          ASISTENCIA_DATABASE_URL     postgres://user:password@host:5432/database (required to serve)
          ASISTENCIA_DATABASE_TLS     true to require TLS to PostgreSQL
          ASISTENCIA_HOST, _PORT      where to listen (127.0.0.1, 8080)
          ASISTENCIA_TLS_CERT, _KEY   PEM files: serve HTTPS (TLS 1.2 or newer)
          ASISTENCIA_BEHIND_PROXY     true when a TLS proxy sits in front (plain HTTP is refused off loopback otherwise)
          ASISTENCIA_ADMIN_TOKEN      the administrator's bearer token (a new one retires the old)
          ASISTENCIA_TIME_ZONE        reports' time zone (Europe/Madrid)
          ASISTENCIA_SITE             the default site's id (principal)
          ASISTENCIA_CONFIG_FILE      a file of KEY=VALUE lines with the same names
        """
}
