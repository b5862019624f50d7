public import Foundation
public import Attendance
import GRDB

// MARK: - Punch

extension KioskStore {
    /// How far back the employee's punches are loaded for the decision: longer than any shift window and
    /// an unscheduled stay, so an open entry is always seen.
    static let recentPunchHorizon: TimeInterval = 48 * 3600

    /// Decides and records a punch in ONE write transaction: loads the employee's recent punches, schedules
    /// and shifts, asks ``PunchRules``, and on `.record` inserts the punch (next sequence number, new UUID)
    /// and its outbox row. Greet only after this returns: the punch is then on disk (`synchronous=FULL`).
    ///
    /// For example:
    /// ```swift
    /// let outcome = try await store.punch(EmployeeCode("E001"), method: .face, matchDistance: 0.41)
    /// if case .confirmShortStay = outcome.decision { /* ask, then punch again with confirmedShortStay: true */ }
    /// ```
    ///
    /// - Parameters:
    ///   - code: The identified employee.
    ///   - instant: When (rounded to the millisecond, as stored).
    ///   - method: Face, PIN or manual.
    ///   - matchDistance: The face-match distance when `method == .face`.
    ///   - confirmedShortStay: The person confirmed an exit sooner than `min_work_minutes`.
    ///   - remarks: Flags the caller adds to the recorded punch (`.doubtful` for a near-threshold face match).
    /// - Throws: ``StoreError`` `unknownEmployee`, `inactiveEmployee`, `diskFull`, `readOnly`, `database`;
    ///   nothing is written when it throws.
    public func punch(
        _ code: EmployeeCode,
        at instant: Date = Date(),
        method: PunchMethod,
        matchDistance: Double? = nil,
        confirmedShortStay: Bool = false,
        remarks: PunchFlags = []
    ) async throws -> PunchOutcome {
        let instant = PunchRecord.date(milliseconds: PunchRecord.milliseconds(instant))
        let rules = self.rules
        return try await write("punch \(code)") { db in
            guard let record = try EmployeeRecord.fetchOne(db, key: code.rawValue) else {
                throw StoreError(.unknownEmployee, context: code.rawValue)
            }
            guard record.active else { throw StoreError(.inactiveEmployee, context: code.rawValue) }
            let schedules = try ScheduleRecord
                .filter(ScheduleRecord.Columns.employeeCode == code.rawValue)
                .fetchAll(db).compactMap(\.schedule)
            let shifts = try ShiftRecord.fetchAll(db).map(\.shift)
            let since = PunchRecord.milliseconds(instant.addingTimeInterval(-Self.recentPunchHorizon))
            var recent = try PunchRecord
                .filter(PunchRecord.Columns.employeeCode == code.rawValue && PunchRecord.Columns.instantMs >= since)
                .order(PunchRecord.Columns.instantMs, PunchRecord.Columns.sequence)
                .fetchAll(db).compactMap(\.punch)
            if let other = try Self.otherDoorPunch(db, employee: code, sinceMilliseconds: since, rules: rules,
                                                   schedules: schedules, shifts: shifts) {
                recent.append(other)
            }
            let decision = rules.decide(employee: code, at: instant, schedules: schedules, shifts: shifts,
                                        recentPunches: recent, confirmedShortStay: confirmedShortStay)
            guard case .record(let draft) = decision else {
                return PunchOutcome(decision: decision, punch: nil, employee: record.employee)
            }
            let kioskID = try String.fetchOne(db, sql: "SELECT kioskID FROM kioskIdentity WHERE id = 1") ?? "unregistered"
            let lastSequence = try Int64.fetchOne(db, sql: "SELECT MAX(sequence) FROM punch") ?? 0
            let punch = Punch(kioskID: kioskID, sequence: lastSequence + 1, employee: code, instant: draft.instant,
                              localDate: draft.localDate, kind: draft.kind, method: method,
                              matchDistance: matchDistance, shiftName: draft.shiftName, flags: draft.flags.union(remarks))
            try PunchRecord(punch).insert(db)
            var outbox = OutboxRecord(kind: .punch, itemID: punch.id.uuidString, at: Date())
            try outbox.insert(db)
            return PunchOutcome(decision: decision, punch: punch, employee: record.employee)
        }
    }

    /// The punches recorded for a local date, oldest first (the screen's "recent punches", the day view).
    public func punches(on date: LocalDate) async throws -> [Punch] {
        try await read("punches on \(date)") { db in
            try PunchRecord.filter(PunchRecord.Columns.localDate == date.description)
                .order(PunchRecord.Columns.sequence).fetchAll(db).compactMap(\.punch)
        }
    }

    /// One punch by its UUID, or nil.
    public func punch(id: UUID) async throws -> Punch? {
        try await read("punch \(id)") { db in
            try PunchRecord.fetchOne(db, key: id.uuidString)?.punch
        }
    }
}
