import Foundation
import GRDB

/// A row of `auditLog`: who did what at the kiosk. Append-only.
struct AuditLogRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "auditLog"

    enum Columns {
        static let id = Column(CodingKeys.id)
    }

    var id: Int64?
    var at: Date
    var actorCode: String
    var action: String
    var detail: String

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
