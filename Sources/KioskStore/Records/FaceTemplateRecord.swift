import Foundation
import GRDB

/// A row of `faceTemplate`: one encrypted 128-D descriptor (AES-GCM combined box, never plaintext).
struct FaceTemplateRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "faceTemplate"

    enum Columns {
        static let employeeCode = Column(CodingKeys.employeeCode)
    }

    var id: String
    var employeeCode: String
    var consentID: String?
    var sealed: Data
    var createdAt: Date
}
