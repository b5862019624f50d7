/// One versioned schema change. Shipped migrations are never edited: a change is a new migration.
public struct ServerMigration: Sendable {
    /// Applied in increasing order; recorded in `schema_migrations`.
    public var version: Int
    /// A short name, recorded beside the version.
    public var name: String
    /// The SQL statements, run in one transaction.
    public var statements: [String]
}
