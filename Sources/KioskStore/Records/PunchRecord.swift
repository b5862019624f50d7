import Foundation
package import GRDB
package import Attendance

/// A row of `punch`: every field the server needs, so the sync client only maps it. Append-only.
package struct PunchRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    package static let databaseTableName = "punch"

    package enum Columns {
        static let id = Column(CodingKeys.id)
        static let sequence = Column(CodingKeys.sequence)
        static let employeeCode = Column(CodingKeys.employeeCode)
        static let instantMs = Column(CodingKeys.instantMs)
        static let localDate = Column(CodingKeys.localDate)
    }

    var id: String
    var kioskID: String
    var sequence: Int64
    var employeeCode: String
    var instantMs: Int64
    var localDate: String
    var kind: String
    var method: String
    var matchDistance: Double?
    var shiftName: String?
    var flags: Int

    /// Decodes by position (the v1 column order; `SELECT *` only) without Codable: the day summary reads
    /// thousands of rows.
    package init(row: Row) {
        id = row[0]
        kioskID = row[1]
        sequence = row[2]
        employeeCode = row[3]
        instantMs = row[4]
        localDate = row[5]
        kind = row[6]
        method = row[7]
        matchDistance = row[8]
        shiftName = row[9]
        flags = row[10]
    }

    package init(_ punch: Punch) {
        id = punch.id.uuidString
        kioskID = punch.kioskID
        sequence = punch.sequence
        employeeCode = punch.employee.rawValue
        instantMs = Self.milliseconds(punch.instant)
        localDate = punch.localDate.description
        kind = punch.kind.rawValue
        method = punch.method.rawValue
        matchDistance = punch.matchDistance
        shiftName = punch.shiftName
        flags = punch.flags.rawValue
    }

    /// The domain value; nil when a column holds something this version cannot read (a salvaged row).
    var punch: Punch? { punch(employee: EmployeeCode(employeeCode)) }

    /// The domain value with an already-made code (`EmployeeCode.init` trims through Foundation, which
    /// dominates reading thousands of rows).
    func punch(employee: EmployeeCode) -> Punch? {
        guard let uuid = UUID(uuidString: id), let date = LocalDate(localDate),
              let kind = PunchKind(rawValue: kind), let method = PunchMethod(rawValue: method)
        else { return nil }
        return Punch(id: uuid, kioskID: kioskID, sequence: sequence, employee: employee,
                     instant: Self.date(milliseconds: instantMs), localDate: date, kind: kind, method: method, matchDistance: matchDistance,
                     shiftName: shiftName, flags: PunchFlags(rawValue: flags))
    }

    /// An instant rounded to the millisecond, as stored.
    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    /// The instant a stored millisecond count stands for.
    static func date(milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}
