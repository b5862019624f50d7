import Foundation
import GRDB

/// A row of `outbox`: one item waiting to reach the server (a punch, an enrolment, a consent withdrawal).
struct OutboxRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "outbox"

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let itemKind = Column(CodingKeys.itemKind)
        static let itemID = Column(CodingKeys.itemID)
        static let state = Column(CodingKeys.state)
        static let nextAttemptAt = Column(CodingKeys.nextAttemptAt)
    }

    var id: Int64?
    var itemKind: String
    var itemID: String
    var state: String
    var attempts: Int
    var lastError: String?
    var nextAttemptAt: Date?
    var createdAt: Date
    var updatedAt: Date

    init(kind: OutboxItemKind, itemID: String, at now: Date) {
        itemKind = kind.rawValue
        self.itemID = itemID
        state = OutboxState.pending.rawValue
        attempts = 0
        createdAt = now
        updatedAt = now
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
