public import Foundation
public import Attendance
import GRDB

// MARK: - Alarms

extension KioskStore {
    /// Raises an alarm that stays until a technician acknowledges it.
    @discardableResult
    public func raiseAlarm(_ kind: AlarmKind, detail: String, now: Date = Date()) async throws -> Alarm {
        try await write("raise alarm") { db in
            var record = AlarmRecord(kind: kind.rawValue, detail: detail, raisedAt: now)
            try record.insert(db)
            return record.alarm
        }
    }

    /// Alarms not yet acknowledged, oldest first (the panel and diagnostics show them).
    public func openAlarms() async throws -> [Alarm] {
        try await read("alarms") { db in
            try AlarmRecord.filter(AlarmRecord.Columns.acknowledgedAt == nil)
                .order(AlarmRecord.Columns.id).fetchAll(db).map(\.alarm)
        }
    }

    /// Every alarm, newest first, acknowledged ones included.
    public func allAlarms(limit: Int = 100) async throws -> [Alarm] {
        try await read("alarms") { db in
            try AlarmRecord.order(AlarmRecord.Columns.id.desc).limit(limit).fetchAll(db).map(\.alarm)
        }
    }

    /// A technician acknowledges an alarm (who and when are stored, and audited).
    ///
    /// - Returns: false when the alarm does not exist or was already acknowledged.
    @discardableResult
    public func acknowledgeAlarm(id: Int64, by technician: EmployeeCode, now: Date = Date()) async throws -> Bool {
        try await write("acknowledge alarm") { db in
            try db.execute(sql: "UPDATE alarm SET acknowledgedBy = ?, acknowledgedAt = ? WHERE id = ? AND acknowledgedAt IS NULL",
                           arguments: [technician.rawValue, now, id])
            guard db.changesCount == 1 else { return false }
            try Self.appendAudit(db, actor: technician, action: "alarm.acknowledge", detail: "alarm \(id)", now: now)
            return true
        }
    }

    /// Live list of open alarms.
    public func openAlarmsUpdates() -> some AsyncSequence<[Alarm], any Error> {
        ValueObservation.tracking { db in
            try AlarmRecord.filter(AlarmRecord.Columns.acknowledgedAt == nil)
                .order(AlarmRecord.Columns.id).fetchAll(db).map(\.alarm)
        }
        .values(in: dbPool)
    }
}

extension AlarmRecord {
    var alarm: Alarm {
        Alarm(id: id ?? 0, kind: AlarmKind(rawValue: kind) ?? .other, detail: detail, raisedAt: raisedAt,
              acknowledgedBy: acknowledgedBy.map(EmployeeCode.init(rawValue:)), acknowledgedAt: acknowledgedAt)
    }
}
