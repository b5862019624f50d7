import Foundation
import GRDB

/// The single row of `kioskIdentity`: this kiosk's id, generated at first run or assigned by the server.
struct KioskIdentityRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "kioskIdentity"

    var id: Int = 1
    var kioskID: String
    var assignedByServer: Bool
    var createdAt: Date
    var updatedAt: Date
    /// The site the server assigned at registration; empty before.
    var site: String = ""
}
