import Foundation
import GRDB

/// A row of `consentRecord`: a biometric consent given or withdrawn (who, when, which text, recorded by whom).
struct ConsentRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "consentRecord"

    enum Columns {
        static let employeeCode = Column(CodingKeys.employeeCode)
        static let at = Column(CodingKeys.at)
    }

    var id: String
    var employeeCode: String
    /// "granted" or "withdrawn".
    var action: String
    var textVersion: String
    var recordedBy: String
    var at: Date
}
