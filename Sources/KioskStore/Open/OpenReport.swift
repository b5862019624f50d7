import Foundation

/// What ``KioskStore/open(path:options:now:)`` found and did, for the start-up panel.
public struct OpenReport: Sendable {
    /// A corrupt database that was moved aside and replaced.
    public struct Recovery: Sendable {
        /// Why the old file was judged corrupt (SQLite's error or the check's first lines).
        public var reason: String
        /// Where the old file went (`<name>.corrupt-<timestamp>`); its `-wal`/`-shm` beside it, same suffix.
        public var movedTo: String
        /// Rows copied from the old file into the new one, per table (only tables with rows copied).
        public var salvaged: [String: Int]
        /// The alarm raised for the technician.
        public var alarmID: Int64
    }

    /// The database path.
    public var path: String
    /// True when no database existed and a new one was created (first run, or after recovery).
    public var createdDatabase: Bool
    /// Migrations applied at this open, in order (empty when the schema was current).
    public var appliedMigrations: [String]
    /// The check that ran (`quick_check` or `integrity_check`) and passed.
    public var check: String
    /// Set when the database was corrupt and was replaced.
    public var recovery: Recovery?
    /// True when the template key file was created at this open.
    public var createdTemplateKey: Bool
    /// This kiosk's id after opening.
    public var kioskID: String
    /// Time taken to open, check and migrate.
    public var duration: Duration
}
