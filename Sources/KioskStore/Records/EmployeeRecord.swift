import Foundation
import GRDB
import Attendance

/// A row of `employee`: the person, their PIN hash and lockout state, and their biometric consent.
struct EmployeeRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "employee"

    enum Columns {
        static let code = Column(CodingKeys.code)
        static let active = Column(CodingKeys.active)
        static let role = Column(CodingKeys.role)
    }

    var code: String
    var name: String
    var role: String
    var active: Bool
    var pinAlgorithm: String?
    var pinRounds: Int?
    var pinSalt: Data?
    var pinHash: Data?
    var pinFailedTries: Int
    var pinLockedUntil: Date?
    var biometricConsentAt: Date?

    /// Decodes by position (the v1 column order; `SELECT *` only) without Codable: the day summary reads
    /// thousands of rows.
    init(row: Row) {
        code = row[0]
        name = row[1]
        role = row[2]
        active = row[3]
        pinAlgorithm = row[4]
        pinRounds = row[5]
        pinSalt = row[6]
        pinHash = row[7]
        pinFailedTries = row[8]
        pinLockedUntil = row[9]
        biometricConsentAt = row[10]
    }

    init(_ employee: Employee) {
        code = employee.code.rawValue
        name = employee.name
        role = employee.role.rawValue
        active = employee.active
        pinFailedTries = 0
    }

    /// The domain value; an unknown role name (from a newer server) reads as a colaborador, who may do least.
    var employee: Employee {
        Employee(code: EmployeeCode(code), name: name, role: Role(rawValue: role) ?? .colaborador, active: active)
    }

    /// The stored PIN hash, when one is set.
    var pinDigest: PINDigest? {
        guard let pinAlgorithm, let pinRounds, let pinSalt, let pinHash else { return nil }
        return PINDigest(algorithm: pinAlgorithm, rounds: pinRounds, salt: pinSalt, hash: pinHash)
    }
}
