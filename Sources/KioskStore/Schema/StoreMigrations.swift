import GRDB

/// The schema, as named, append-only migrations. A shipped migration is never edited: add a new one.
/// Table names are strings so a migration never depends on app types (STYLE.md rule 8).
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-schema") { db in
            try db.create(table: "kioskIdentity") { t in
                t.primaryKey("id", .integer).check { $0 == 1 }
                t.column("kioskID", .text).notNull()
                t.column("assignedByServer", .boolean).notNull().defaults(to: false)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(table: "role") { t in
                t.primaryKey("name", .text)
            }
            try db.create(table: "shift") { t in
                t.primaryKey("name", .text)
                t.column("startMinute", .integer).notNull().check { $0 >= 0 && $0 < 1440 }
                t.column("endMinute", .integer).notNull().check { $0 >= 0 && $0 < 1440 }
                t.column("toleranceMinutes", .integer).notNull().defaults(to: 15)
            }
            try db.create(table: "employee") { t in
                t.primaryKey("code", .text)
                t.column("name", .text).notNull()
                t.column("role", .text).notNull().references("role", onUpdate: .cascade)
                t.column("active", .boolean).notNull().defaults(to: true)
                t.column("pinAlgorithm", .text)
                t.column("pinRounds", .integer)
                t.column("pinSalt", .blob)
                t.column("pinHash", .blob)
                t.column("pinFailedTries", .integer).notNull().defaults(to: 0)
                t.column("pinLockedUntil", .datetime)
                t.column("biometricConsentAt", .datetime)
            }
            try db.create(table: "schedule") { t in
                t.column("employeeCode", .text).notNull().references("employee", onDelete: .cascade)
                t.column("weekday", .integer).notNull().check { $0 >= 1 && $0 <= 7 }
                t.column("shiftName", .text).notNull().references("shift", onUpdate: .cascade)
                t.column("entryToleranceMinutes", .integer).notNull()
                t.column("exitToleranceMinutes", .integer).notNull()
                t.column("requiredMinutes", .integer)
                t.primaryKey(["employeeCode", "weekday", "shiftName"])
            }
            try db.create(table: "consentRecord") { t in
                t.primaryKey("id", .text)
                t.column("employeeCode", .text).notNull().references("employee").indexed()
                t.column("action", .text).notNull().check { ["granted", "withdrawn"].contains($0) }
                t.column("textVersion", .text).notNull()
                t.column("recordedBy", .text).notNull()
                t.column("at", .datetime).notNull()
            }
            try db.create(table: "faceTemplate") { t in
                t.primaryKey("id", .text)
                t.column("employeeCode", .text).notNull().references("employee", onDelete: .cascade).indexed()
                t.column("consentID", .text).references("consentRecord")
                t.column("sealed", .blob).notNull()
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "punch") { t in
                t.primaryKey("id", .text)
                t.column("kioskID", .text).notNull()
                t.column("sequence", .integer).notNull().unique()
                t.column("employeeCode", .text).notNull().references("employee")
                // Milliseconds since 1970 UTC: exact round trip, so the stored punch equals the one greeted.
                t.column("instantMs", .integer).notNull()
                t.column("localDate", .text).notNull().indexed()
                t.column("kind", .text).notNull().check { ["IN", "OUT"].contains($0) }
                t.column("method", .text).notNull()
                t.column("matchDistance", .double)
                t.column("shiftName", .text)
                t.column("flags", .integer).notNull().defaults(to: 0)
            }
            try db.create(index: "punch_on_employeeCode_instantMs", on: "punch", columns: ["employeeCode", "instantMs"])
            try db.create(table: "correction") { t in
                t.primaryKey("id", .text)
                t.column("employeeCode", .text).notNull().references("employee")
                t.column("localDate", .text).notNull().indexed()
                t.column("action", .text).notNull().check { ["add", "void"].contains($0) }
                t.column("kind", .text)
                t.column("instant", .datetime)
                t.column("voidedPunchID", .text).references("punch")
                t.column("reason", .text).notNull().check { length($0) > 0 }
                t.column("supervisorCode", .text).notNull()
                t.column("madeAt", .datetime).notNull()
            }
            try db.create(table: "outbox") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("itemKind", .text).notNull()
                t.column("itemID", .text).notNull()
                t.column("state", .text).notNull().defaults(to: "pending")
                    .check { ["pending", "sent", "acknowledged"].contains($0) }
                t.column("attempts", .integer).notNull().defaults(to: 0)
                t.column("lastError", .text)
                t.column("nextAttemptAt", .datetime)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
                t.uniqueKey(["itemKind", "itemID"])
            }
            try db.create(index: "outbox_on_state", on: "outbox", columns: ["state", "nextAttemptAt"])
            try db.create(table: "syncState") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(table: "auditLog") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .datetime).notNull()
                t.column("actorCode", .text).notNull()
                t.column("action", .text).notNull()
                t.column("detail", .text).notNull()
            }
            try db.create(table: "alarm") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("kind", .text).notNull()
                t.column("detail", .text).notNull()
                t.column("raisedAt", .datetime).notNull()
                t.column("acknowledgedBy", .text)
                t.column("acknowledgedAt", .datetime)
            }
            // Punches and corrections are legal records (kept ≥ 4 years): append-only, enforced by SQLite.
            for table in ["punch", "correction", "auditLog"] {
                try db.execute(sql: """
                    CREATE TRIGGER \(table)_no_update BEFORE UPDATE ON \(table)
                    BEGIN SELECT RAISE(ABORT, '\(table) rows are append-only'); END;
                    CREATE TRIGGER \(table)_no_delete BEFORE DELETE ON \(table)
                    BEGIN SELECT RAISE(ABORT, '\(table) rows are append-only'); END;
                    """)
            }
        }
        // The roster's latest punch of each employee at the site (any door), for the IN/OUT decision only:
        // kept apart from `punch` so it is never counted as this kiosk's record nor sent back up.
        migrator.registerMigration("v2-site-last-punch") { db in
            try db.create(table: "siteLastPunch") { t in
                t.primaryKey("employeeCode", .text)
                t.column("punchID", .text).notNull()
                t.column("kioskID", .text).notNull()
                t.column("instantMs", .integer).notNull()
                t.column("kind", .text).notNull().check { ["IN", "OUT"].contains($0) }
            }
        }
        // The site the server put this kiosk in at registration (empty until then), shown in diagnostics.
        migrator.registerMigration("v3-kiosk-site") { db in
            try db.alter(table: "kioskIdentity") { t in
                t.add(column: "site", .text).notNull().defaults(to: "")
            }
        }
        // A badge (RFID card or barcode) number per employee, set with `kiosk badge set`; one person per badge.
        migrator.registerMigration("v4-employee-badge") { db in
            try db.alter(table: "employee") { t in
                t.add(column: "badge", .text)
            }
            try db.execute(sql: "CREATE UNIQUE INDEX employee_badge ON employee(badge) WHERE badge IS NOT NULL")
        }
        // The site's holidays and its people's leave from the roster, so the day view says festivo,
        // justificado or permiso like the server's reports.
        migrator.registerMigration("v5-calendar") { db in
            try db.create(table: "holiday") { t in
                t.primaryKey("date", .text)
                t.column("name", .text).notNull()
            }
            try db.create(table: "leave") { t in
                t.primaryKey("id", .text)
                t.column("employeeCode", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("fromDate", .text).notNull()
                t.column("toDate", .text).notNull()
                t.column("portion", .text).notNull()
                t.column("note", .text).notNull()
            }
            try db.create(index: "leave_dates", on: "leave", columns: ["fromDate", "toDate"])
        }
        return migrator
    }
}
