public import Foundation
public import Attendance
import GRDB

// MARK: - Corrections

extension KioskStore {
    /// Records a supervisor's correction (append-only; the original punch is never changed), audits it and
    /// queues it for the server.
    ///
    /// - Parameters:
    ///   - employee: Whose day is corrected.
    ///   - action: `.add(kind:instant:)` a missing punch, or `.void(punchID:)` a wrong one.
    ///   - reason: Required, in the supervisor's words.
    ///   - supervisor: A supervisor or administrator code.
    /// - Throws: ``StoreError`` `invalidCorrection` (empty reason, not a supervisor, unknown punch, punch of
    ///   another employee), `unknownEmployee`.
    @discardableResult
    public func addCorrection(employee: EmployeeCode, action: Correction.Action, reason: String,
                              supervisor: EmployeeCode, now: Date = Date()) async throws -> Correction {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw StoreError(.invalidCorrection, context: "falta el motivo / reason missing") }
        let rules = self.rules
        return try await write("correction \(employee)") { db in
            guard try EmployeeRecord.exists(db, key: employee.rawValue) else {
                throw StoreError(.unknownEmployee, context: employee.rawValue)
            }
            guard let boss = try EmployeeRecord.fetchOne(db, key: supervisor.rawValue), boss.active,
                  [Role.supervisor.rawValue, Role.administrador.rawValue].contains(boss.role)
            else { throw StoreError(.invalidCorrection, context: "'\(supervisor)' no es supervisor / is not a supervisor") }
            let localDate: LocalDate
            switch action {
            case .add(_, let instant):
                localDate = rules.localDate(of: instant)
            case .void(let punchID):
                guard let punch = try PunchRecord.fetchOne(db, key: punchID.uuidString)?.punch, punch.employee == employee else {
                    throw StoreError(.invalidCorrection, context: "fichaje/punch \(punchID) de/of \(employee) no existe / not found")
                }
                localDate = punch.localDate
            }
            let correction = Correction(employee: employee, action: action, reason: reason, supervisor: supervisor, madeAt: now)
            try CorrectionRecord(correction, localDate: localDate).insert(db)
            // Corrections go up like punches: the server's reports apply them too.
            var outbox = OutboxRecord(kind: .correction, itemID: correction.id.uuidString, at: now)
            try outbox.insert(db)
            let what: String
            switch action {
            case .add(let kind, _): what = "add \(kind.rawValue)"
            case .void(let id): what = "void \(id)"
            }
            try Self.appendAudit(db, actor: supervisor, action: "correction.\(what.prefix { $0 != " " })",
                                 detail: "\(employee) \(localDate): \(what) — \(reason)", now: now)
            return correction
        }
    }

    /// Corrections affecting a local date, oldest first.
    public func corrections(on date: LocalDate) async throws -> [Correction] {
        try await read("corrections \(date)") { db in
            try CorrectionRecord.filter(CorrectionRecord.Columns.localDate == date.description)
                .order(CorrectionRecord.Columns.madeAt).fetchAll(db).compactMap(\.correction)
        }
    }
}
