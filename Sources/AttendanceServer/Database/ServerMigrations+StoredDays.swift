// Stored days that reports read instead of recomputing (#12's console speed).

extension ServerMigrations {
    /// What lets a report trust a stored day: its reasons in both languages (so reading rows decodes no JSON),
    /// the rules it was computed with, the instant it was computed for and the instant time alone would change it;
    /// marks on the person-days whose inputs changed since (kept by triggers on every input table, whichever code
    /// path writes it); and the site-days computed for everyone at once (so a person-day without a stored row
    /// there means "no record", not "never computed").
    static let storedDays = ServerMigration(version: 9, name: "stored days: reasons, validity, stale marks, coverage", statements: [
        "ALTER TABLE daily_attendance ADD COLUMN reason_es text",
        "ALTER TABLE daily_attendance ADD COLUMN reason_en text",
        "ALTER TABLE daily_attendance ADD COLUMN rules_key text",
        "ALTER TABLE daily_attendance ADD COLUMN computed_for timestamptz",
        "ALTER TABLE daily_attendance ADD COLUMN valid_until timestamptz",
        "CREATE INDEX daily_attendance_date ON daily_attendance (date)",
        "CREATE INDEX daily_attendance_valid_until ON daily_attendance (valid_until) WHERE valid_until IS NOT NULL",
        "CREATE INDEX daily_attendance_computed_for ON daily_attendance (computed_for)",
        // A mark's number changes each time the person-day's inputs change again: a report deletes only the
        // marks it read before reading the inputs, so a change that lands meanwhile is never lost.
        "CREATE SEQUENCE attendance_stale_seq",
        """
        CREATE TABLE attendance_stale (
            employee_code text NOT NULL,
            date date NOT NULL,
            seq bigint NOT NULL,
            PRIMARY KEY (employee_code, date)
        )
        """,
        "CREATE INDEX attendance_stale_date ON attendance_stale (date)",
        """
        CREATE TABLE attendance_coverage (
            site_id text NOT NULL,
            date date NOT NULL,
            rules_key text NOT NULL,
            PRIMARY KEY (site_id, date)
        )
        """,
        // Bumped (and row-locked until commit) by every change that reaches days through coverage (a schedule, a
        // person's site or activity, a shift, a policy); a report locks it before recording a site-day as covered
        // and records it only if no such change came since it read the inputs.
        "CREATE TABLE attendance_epoch (id boolean PRIMARY KEY DEFAULT true CHECK (id), epoch bigint NOT NULL)",
        "INSERT INTO attendance_epoch (id, epoch) VALUES (true, 0)",
        """
        CREATE FUNCTION attendance_mark(codes text[], dates date[]) RETURNS void LANGUAGE sql AS $$
            INSERT INTO attendance_stale (employee_code, date, seq)
            SELECT code, day, nextval('attendance_stale_seq')
            FROM (SELECT DISTINCT code, day FROM unnest(codes, dates) AS t(code, day)
                  WHERE code IS NOT NULL AND day IS NOT NULL ORDER BY code, day) AS d
            ON CONFLICT (employee_code, date) DO UPDATE SET seq = EXCLUDED.seq
        $$
        """,
        // A person's schedule, site or activity changed: every covered day of the site is theirs to recompute
        // (days outside coverage are computed whole anyway).
        """
        CREATE FUNCTION attendance_mark_covered(codes text[], sites text[]) RETURNS void LANGUAGE sql AS $$
            UPDATE attendance_epoch SET epoch = epoch + 1;
            SELECT attendance_mark(array_agg(t.code), array_agg(c.date))
            FROM unnest(codes, sites) AS t(code, site) JOIN attendance_coverage c ON c.site_id = t.site
        $$
        """,
        """
        CREATE FUNCTION attendance_inputs_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            changed text;
        BEGIN
            FOREACH changed IN ARRAY CASE TG_OP WHEN 'INSERT' THEN ARRAY['new_rows'] WHEN 'DELETE' THEN ARRAY['old_rows']
                                                ELSE ARRAY['old_rows', 'new_rows'] END LOOP
                CASE TG_TABLE_NAME
                WHEN 'punches', 'corrections' THEN
                    EXECUTE format('SELECT attendance_mark(array_agg(employee_code), array_agg(local_date)) FROM %I', changed);
                WHEN 'overtime_approvals' THEN
                    EXECUTE format('SELECT attendance_mark(array_agg(employee_code), array_agg(date)) FROM %I', changed);
                WHEN 'leave' THEN
                    EXECUTE format('SELECT attendance_mark(array_agg(r.employee_code), array_agg(d::date))
                                    FROM %I r, generate_series(r.from_date, r.to_date, interval ''1 day'') AS d', changed);
                WHEN 'holidays' THEN
                    EXECUTE format('SELECT attendance_mark(array_agg(e.code), array_agg(r.date))
                                    FROM %I r JOIN employees e ON e.site_id = r.site_id', changed);
                WHEN 'schedules' THEN
                    EXECUTE format('SELECT attendance_mark_covered(array_agg(e.code), array_agg(e.site_id))
                                    FROM (SELECT DISTINCT employee_code FROM %I) r JOIN employees e ON e.code = r.employee_code', changed);
                WHEN 'site_policies' THEN
                    UPDATE attendance_epoch SET epoch = epoch + 1;
                    EXECUTE format('DELETE FROM attendance_coverage WHERE site_id IN (SELECT site_id FROM %I)', changed);
                WHEN 'shifts' THEN
                    UPDATE attendance_epoch SET epoch = epoch + 1;
                    EXECUTE format('DELETE FROM attendance_coverage WHERE EXISTS (SELECT 1 FROM %I)', changed);
                END CASE;
            END LOOP;
            RETURN NULL;
        END
        $$
        """,
        """
        CREATE FUNCTION attendance_person_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM attendance_mark_covered(ARRAY[OLD.code, NEW.code], ARRAY[OLD.site_id, NEW.site_id]);
            RETURN NULL;
        END
        $$
        """,
        """
        CREATE FUNCTION attendance_site_approval_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM attendance_mark(array_agg(employee_code), array_agg(local_date)) FROM corrections WHERE site_id = NEW.id;
            RETURN NULL;
        END
        $$
        """,
        """
        DO $$
        DECLARE
            input text;
        BEGIN
            FOREACH input IN ARRAY ARRAY['punches', 'corrections', 'overtime_approvals', 'leave', 'holidays', 'schedules',
                                         'site_policies', 'shifts'] LOOP
                EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
                                FOR EACH STATEMENT EXECUTE FUNCTION attendance_inputs_changed()', input || '_mark_insert', input);
                EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                                FOR EACH STATEMENT EXECUTE FUNCTION attendance_inputs_changed()', input || '_mark_update', input);
                EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
                                FOR EACH STATEMENT EXECUTE FUNCTION attendance_inputs_changed()', input || '_mark_delete', input);
            END LOOP;
        END
        $$
        """,
        """
        CREATE TRIGGER employees_mark_update AFTER UPDATE OF active, site_id ON employees FOR EACH ROW
        WHEN (OLD.active IS DISTINCT FROM NEW.active OR OLD.site_id IS DISTINCT FROM NEW.site_id)
        EXECUTE FUNCTION attendance_person_changed()
        """,
        """
        CREATE TRIGGER sites_mark_update AFTER UPDATE OF corrections_need_approval ON sites FOR EACH ROW
        WHEN (OLD.corrections_need_approval IS DISTINCT FROM NEW.corrections_need_approval)
        EXECUTE FUNCTION attendance_site_approval_changed()
        """,
    ])
}
