import Foundation
import GRDB

/// A row of `alarm`: stays until a technician acknowledges it.
struct AlarmRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "alarm"

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let acknowledgedAt = Column(CodingKeys.acknowledgedAt)
    }

    var id: Int64?
    var kind: String
    var detail: String
    var raisedAt: Date
    var acknowledgedBy: String?
    var acknowledgedAt: Date?

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
