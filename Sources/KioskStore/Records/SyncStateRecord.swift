import Foundation
import GRDB

/// A row of `syncState`: one key/value of the sync client's progress (roster version, last push).
struct SyncStateRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "syncState"

    var key: String
    var value: String
    var updatedAt: Date
}
