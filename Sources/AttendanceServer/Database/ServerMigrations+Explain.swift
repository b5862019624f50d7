// Explainable attendance (#19) and the rules of the web console (#12).

extension ServerMigrations {
    /// Holidays per site, leave per person, each site's attendance policy, overtime approvals, reviews of
    /// doubtful punches, each stored day's verdict with its explanation, the changes between verdicts, and the
    /// exports taken (so "changed since export" can be answered).
    static let explainableAttendance = ServerMigration(version: 6, name: "holidays, leave, site policy, overtime, reviews, verdict history", statements: [
        """
        CREATE TABLE holidays (
            site_id text NOT NULL REFERENCES sites (id),
            date date NOT NULL,
            name text NOT NULL,
            updated_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (site_id, date)
        )
        """,
        """
        CREATE TABLE leave (
            id uuid PRIMARY KEY,
            employee_code text NOT NULL REFERENCES employees (code),
            kind text NOT NULL CHECK (kind IN ('vacation', 'sick', 'permiso')),
            from_date date NOT NULL,
            to_date date NOT NULL,
            portion text NOT NULL CHECK (portion IN ('wholeDay', 'firstHalf', 'secondHalf')),
            note text NOT NULL DEFAULT '',
            created_by text NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            cancelled_at timestamptz,
            CHECK (from_date <= to_date)
        )
        """,
        "CREATE INDEX leave_employee_dates ON leave (employee_code, from_date, to_date)",
        """
        CREATE TABLE site_policies (
            site_id text PRIMARY KEY REFERENCES sites (id),
            close_open_entries boolean NOT NULL DEFAULT false,
            overtime_minimum_minutes integer NOT NULL DEFAULT 15 CHECK (overtime_minimum_minutes >= 0),
            overtime_maximum_minutes integer CHECK (overtime_maximum_minutes >= 0),
            lateness_lates integer CHECK (lateness_lates >= 1),
            lateness_penalty text CHECK (lateness_penalty IN ('halfDay', 'wholeDay')),
            updated_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        """
        CREATE TABLE overtime_approvals (
            id uuid PRIMARY KEY,
            employee_code text NOT NULL REFERENCES employees (code),
            date date NOT NULL,
            minutes integer NOT NULL CHECK (minutes >= 0),
            includes_early_arrival boolean NOT NULL DEFAULT false,
            approved_by text NOT NULL,
            reason text NOT NULL,
            approved_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE INDEX overtime_approvals_employee_date ON overtime_approvals (employee_code, date)",
        // One decision per punch, never changed: a second review is refused.
        """
        CREATE TABLE punch_reviews (
            id uuid PRIMARY KEY,
            punch_id uuid NOT NULL UNIQUE REFERENCES punches (id),
            decision text NOT NULL CHECK (decision IN ('confirm', 'void')),
            reason text NOT NULL,
            reviewed_by text NOT NULL,
            reviewed_at timestamptz NOT NULL DEFAULT now(),
            correction_id uuid
        )
        """,
        "ALTER TABLE daily_attendance ADD COLUMN overtime_minutes integer NOT NULL DEFAULT 0",
        "ALTER TABLE daily_attendance ADD COLUMN approved_overtime_minutes integer NOT NULL DEFAULT 0",
        "ALTER TABLE daily_attendance ADD COLUMN rules_version text",
        "ALTER TABLE daily_attendance ADD COLUMN verdict jsonb",
        "ALTER TABLE daily_attendance ADD COLUMN verdict_key text",
        // Append-only: each time a stored day's verdict changes, the previous one is kept here with what and why.
        """
        CREATE TABLE attendance_changes (
            id bigserial PRIMARY KEY,
            employee_code text NOT NULL REFERENCES employees (code),
            date date NOT NULL,
            changed_at timestamptz NOT NULL DEFAULT now(),
            cause text NOT NULL,
            previous jsonb NOT NULL,
            current jsonb NOT NULL,
            change jsonb NOT NULL
        )
        """,
        "CREATE INDEX attendance_changes_date ON attendance_changes (date, employee_code)",
        """
        CREATE TABLE report_exports (
            id bigserial PRIMARY KEY,
            kind text NOT NULL,
            from_date date NOT NULL,
            to_date date NOT NULL,
            site_id text,
            exported_at timestamptz NOT NULL DEFAULT now()
        )
        """,
    ])
}
