/// The schema, as an append-only list of migrations.
///
/// Tables follow the system this replaces: roles, employees (unique code), shifts (turnos), schedules
/// (horarios), punches, daily attendance; plus sites, kiosks, face templates with consent, the roster
/// version counter, the roster deletions log, biometric deletions and admin tokens.
public enum ServerMigrations {
    /// Every migration, oldest first.
    public static let all: [ServerMigration] = [
        ServerMigration(version: 1, name: "initial schema", statements: [
            """
            CREATE TABLE roles (
                name text PRIMARY KEY,
                description text NOT NULL
            )
            """,
            """
            CREATE TABLE sites (
                id text PRIMARY KEY,
                name text NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            // One row: the roster version. Writers bump it under its row lock, so versions commit in order
            // and a reader's snapshot never misses a change numbered below the version it returns.
            """
            CREATE TABLE roster_version (
                singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
                version bigint NOT NULL
            )
            """,
            "INSERT INTO roster_version (singleton, version) VALUES (true, 0)",
            """
            CREATE TABLE employees (
                code text PRIMARY KEY,
                name text NOT NULL,
                role text NOT NULL REFERENCES roles (name),
                site_id text NOT NULL REFERENCES sites (id),
                active boolean NOT NULL DEFAULT true,
                pin_hash text,
                biometric_consent boolean NOT NULL DEFAULT false,
                roster_version bigint NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now(),
                updated_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            "CREATE INDEX employees_site_version ON employees (site_id, roster_version)",
            """
            CREATE TABLE shifts (
                name text PRIMARY KEY,
                start_minute integer NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
                end_minute integer NOT NULL CHECK (end_minute BETWEEN 0 AND 1439),
                roster_version bigint NOT NULL
            )
            """,
            """
            CREATE TABLE schedules (
                employee_code text NOT NULL REFERENCES employees (code),
                weekday integer NOT NULL CHECK (weekday BETWEEN 1 AND 7),
                shift_name text NOT NULL REFERENCES shifts (name),
                entry_tolerance_minutes integer NOT NULL DEFAULT 15 CHECK (entry_tolerance_minutes >= 0),
                exit_tolerance_minutes integer NOT NULL DEFAULT 15 CHECK (exit_tolerance_minutes >= 0),
                required_minutes integer CHECK (required_minutes >= 0),
                roster_version bigint NOT NULL,
                PRIMARY KEY (employee_code, weekday, shift_name)
            )
            """,
            """
            CREATE TABLE kiosks (
                id text PRIMARY KEY,
                name text NOT NULL,
                site_id text NOT NULL REFERENCES sites (id),
                token_hash bytea NOT NULL UNIQUE,
                registered_at timestamptz NOT NULL DEFAULT now(),
                last_heartbeat_at timestamptz,
                software_version text,
                camera_state text,
                queue_depth integer,
                kiosk_clock timestamptz,
                last_error text,
                applied_roster_version bigint NOT NULL DEFAULT 0
            )
            """,
            """
            CREATE TABLE kiosk_registration_codes (
                code_hash bytea PRIMARY KEY,
                site_id text NOT NULL REFERENCES sites (id),
                created_at timestamptz NOT NULL DEFAULT now(),
                expires_at timestamptz NOT NULL,
                used_at timestamptz,
                kiosk_id text REFERENCES kiosks (id)
            )
            """,
            """
            CREATE TABLE admin_tokens (
                token_hash bytea PRIMARY KEY,
                label text NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            """
            CREATE TABLE punches (
                id uuid PRIMARY KEY,
                kiosk_id text NOT NULL,
                received_from text NOT NULL REFERENCES kiosks (id),
                site_id text NOT NULL REFERENCES sites (id),
                sequence bigint NOT NULL,
                employee_code text NOT NULL REFERENCES employees (code),
                instant timestamptz NOT NULL,
                local_date date NOT NULL,
                kind text NOT NULL CHECK (kind IN ('IN', 'OUT')),
                method text NOT NULL CHECK (method IN ('face', 'pin', 'manual')),
                match_distance double precision,
                shift_name text,
                flags integer NOT NULL DEFAULT 0,
                received_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            "CREATE INDEX punches_date_employee ON punches (local_date, employee_code)",
            """
            CREATE TABLE last_punches (
                site_id text NOT NULL REFERENCES sites (id),
                employee_code text NOT NULL REFERENCES employees (code),
                punch_id uuid NOT NULL,
                kiosk_id text NOT NULL,
                instant timestamptz NOT NULL,
                kind text NOT NULL,
                PRIMARY KEY (site_id, employee_code)
            )
            """,
            """
            CREATE TABLE daily_attendance (
                employee_code text NOT NULL REFERENCES employees (code),
                date date NOT NULL,
                shift_name text,
                first_in timestamptz,
                last_out timestamptz,
                status text NOT NULL,
                minutes_late integer NOT NULL,
                minutes_worked integer NOT NULL,
                required_minutes integer NOT NULL,
                flags integer NOT NULL,
                computed_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (employee_code, date)
            )
            """,
            """
            CREATE TABLE face_templates (
                id uuid PRIMARY KEY,
                employee_code text NOT NULL REFERENCES employees (code),
                descriptor bytea NOT NULL,
                consent_id uuid NOT NULL,
                consent_given_at timestamptz NOT NULL,
                consent_recorded_by text NOT NULL,
                consent_text_version text NOT NULL,
                enrolled_at timestamptz NOT NULL,
                enrolled_by_kiosk text REFERENCES kiosks (id),
                roster_version bigint NOT NULL
            )
            """,
            "CREATE INDEX face_templates_employee ON face_templates (employee_code)",
            """
            CREATE TABLE roster_deletions (
                version bigint NOT NULL,
                site_id text NOT NULL REFERENCES sites (id),
                kind text NOT NULL CHECK (kind IN ('employee', 'template', 'schedule', 'shift')),
                key text NOT NULL,
                deleted_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            "CREATE INDEX roster_deletions_site_version ON roster_deletions (site_id, version)",
            """
            CREATE TABLE biometric_deletions (
                id bigserial PRIMARY KEY,
                employee_code text NOT NULL REFERENCES employees (code),
                site_id text NOT NULL REFERENCES sites (id),
                roster_version bigint NOT NULL,
                templates_deleted integer NOT NULL,
                requested_at timestamptz NOT NULL DEFAULT now()
            )
            """,
        ]),
        // Enrolment integrity (#18): an audit log of who did what on the server, and the enrolments refused
        // because their face is another employee's at the site, kept (with the descriptor) so that an
        // administrator can accept one with a reason; deleted with the employee's other biometrics.
        ServerMigration(version: 2, name: "enrolment rejections and audit log", statements: [
            """
            CREATE TABLE audit_log (
                id bigserial PRIMARY KEY,
                at timestamptz NOT NULL DEFAULT now(),
                actor text NOT NULL,
                action text NOT NULL,
                detail text NOT NULL
            )
            """,
            """
            CREATE TABLE enrolment_rejections (
                id uuid PRIMARY KEY,
                employee_code text NOT NULL REFERENCES employees (code),
                site_id text NOT NULL REFERENCES sites (id),
                descriptor bytea NOT NULL,
                consent_id uuid NOT NULL,
                consent_given_at timestamptz NOT NULL,
                consent_recorded_by text NOT NULL,
                consent_text_version text NOT NULL,
                enrolled_at timestamptz NOT NULL,
                enrolled_by_kiosk text REFERENCES kiosks (id),
                matched_code text NOT NULL,
                distance real NOT NULL,
                reason text NOT NULL,
                rejected_at timestamptz NOT NULL DEFAULT now(),
                overridden_by text,
                override_reason text,
                overridden_at timestamptz
            )
            """,
            "CREATE INDEX enrolment_rejections_consent ON enrolment_rejections (consent_id)",
        ]),
        // A fleet an operator can trust (#11): revoked kiosk tokens, and the corrections and consent
        // withdrawals that kiosks send up (append-only, with who and why).
        ServerMigration(version: 3, name: "kiosk revocation, corrections, consent withdrawals", statements: [
            "ALTER TABLE kiosks ADD COLUMN revoked_at timestamptz",
            """
            CREATE TABLE corrections (
                id uuid PRIMARY KEY,
                employee_code text NOT NULL REFERENCES employees (code),
                site_id text NOT NULL REFERENCES sites (id),
                local_date date NOT NULL,
                action text NOT NULL CHECK (action IN ('add', 'void')),
                kind text CHECK (kind IN ('IN', 'OUT')),
                instant timestamptz,
                voided_punch_id uuid,
                reason text NOT NULL,
                made_by text NOT NULL,
                made_at timestamptz NOT NULL,
                received_from text REFERENCES kiosks (id),
                received_at timestamptz NOT NULL DEFAULT now(),
                CHECK ((action = 'add' AND kind IS NOT NULL AND instant IS NOT NULL) OR (action = 'void' AND voided_punch_id IS NOT NULL))
            )
            """,
            "CREATE INDEX corrections_employee_date ON corrections (employee_code, local_date)",
            """
            CREATE TABLE consent_withdrawals (
                id uuid PRIMARY KEY,
                employee_code text NOT NULL REFERENCES employees (code),
                recorded_by text NOT NULL,
                withdrawn_at timestamptz NOT NULL,
                received_from text REFERENCES kiosks (id),
                received_at timestamptz NOT NULL DEFAULT now()
            )
            """,
        ]),
        // Roster pulls at fleet scale (#11): each latest punch remembers the transaction that wrote it, so a
        // pull returns only those changed since the kiosk's last one instead of the whole site every time.
        ServerMigration(version: 4, name: "last punches since a cursor", statements: [
            "ALTER TABLE last_punches ADD COLUMN xact bigint NOT NULL DEFAULT pg_current_xact_id()::text::bigint",
            "CREATE INDEX last_punches_site_xact ON last_punches (site_id, xact)",
        ]),
        // Badges at the door (#14): a punch made with a keyboard-wedge badge reader has method 'badge'.
        ServerMigration(version: 5, name: "badge punches", statements: [
            "ALTER TABLE punches DROP CONSTRAINT punches_method_check",
            "ALTER TABLE punches ADD CONSTRAINT punches_method_check CHECK (method IN ('face', 'pin', 'manual', 'badge'))",
        ]),
        explainableAttendance,
        // The web console (#12): staff passwords (bcrypt) with a lockout counter, the console's sessions, kept
        // in PostgreSQL so that several servers behind a load balancer share them, and correction approval.
        ServerMigration(version: 7, name: "web console accounts, sessions and correction approval", statements: [
            """
            CREATE TABLE console_accounts (
                employee_code text PRIMARY KEY REFERENCES employees (code),
                password_hash text NOT NULL,
                failed_attempts integer NOT NULL DEFAULT 0,
                locked_until timestamptz,
                password_set_by text NOT NULL,
                password_set_at timestamptz NOT NULL DEFAULT now(),
                last_login_at timestamptz
            )
            """,
            """
            CREATE TABLE console_sessions (
                key text PRIMARY KEY,
                value bytea NOT NULL,
                expires_at timestamptz
            )
            """,
            "CREATE INDEX console_sessions_expiry ON console_sessions (expires_at)",
            // Where a site asks for it, a correction counts in reports only once a supervisor other than its
            // author has approved it.
            "ALTER TABLE sites ADD COLUMN corrections_need_approval boolean NOT NULL DEFAULT false",
            "ALTER TABLE corrections ADD COLUMN approved_by text",
            "ALTER TABLE corrections ADD COLUMN approved_at timestamptz",
        ]),
        // Badges carried by the roster (#14): an employee's badge number, one person per badge.
        ServerMigration(version: 8, name: "employee badges", statements: [
            "ALTER TABLE employees ADD COLUMN badge text",
            "CREATE UNIQUE INDEX employees_badge ON employees (badge) WHERE badge IS NOT NULL",
        ]),
        storedDays,
    ]

    /// The newest version: `/ready` reports not ready until the database is at it.
    public static var latestVersion: Int { all.map(\.version).max() ?? 0 }
}
