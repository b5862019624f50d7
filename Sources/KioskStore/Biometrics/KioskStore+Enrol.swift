public import Foundation
public import Attendance
import GRDB

// MARK: - Checked enrolment

extension KioskStore {
    /// Enrols face templates only when `screen` approves them against every template stored here, in one
    /// write transaction: two enrolments at once (the camera and `kiosk enroll`) cannot both pass the check
    /// and leave one face under two codes. The outcome is audited with `actor` either way: `biometrics.enrol`
    /// or `biometrics.replace` when stored, `biometrics.enrol.refused` with the refusal when not.
    ///
    /// - Parameters:
    ///   - code: The employee.
    ///   - vectors: 128 finite Float32 values each.
    ///   - consent: The consent given now.
    ///   - mode: Keep (`add`) or delete (`replace`) the employee's templates stored here.
    ///   - source: What the vectors came from, for the audit log (e.g. "camera", "photos a.jpg, b.jpg").
    ///   - employee: Created or renamed in the same transaction when the enrolment is stored (a refused
    ///     enrolment leaves no new employee behind); nil when `code` must exist already.
    ///   - screen: Sees every stored template (all employees, decrypted) and returns why the enrolment is
    ///     refused, or nil to store it. Runs on the database's writer: keep it to arithmetic.
    /// - Returns: The receipt, or the refusal `screen` returned (nothing stored).
    /// - Throws: ``StoreError`` `invalidTemplate`, `missingConsent`, `unknownEmployee`, `templateDecryption`,
    ///   `diskFull`, `readOnly`.
    public func enrolTemplates<Refusal: Error & Sendable & CustomStringConvertible>(
        for code: EmployeeCode, vectors: [[Float]], consent: BiometricConsent, mode: EnrolmentMode, source: String,
        saving employee: Employee? = nil, screen: @escaping @Sendable ([StoredTemplate]) -> Refusal?, now: Date = Date()
    ) async throws -> Result<EnrolmentReceipt, Refusal> {
        let sealed = try sealTemplates(for: code, vectors: vectors, consent: consent)
        let cipher = self.cipher
        return try await write("enrol \(code)") { db in
            guard try employee != nil || EmployeeRecord.exists(db, key: code.rawValue) else {
                throw StoreError(.unknownEmployee, context: code.rawValue)
            }
            let stored = try FaceTemplateRecord.fetchAll(db).map { row in
                StoredTemplate(id: UUID(uuidString: row.id) ?? UUID(), employee: EmployeeCode(row.employeeCode),
                               vector: try cipher.open(row.sealed, id: row.id, employeeCode: row.employeeCode))
            }
            if let refusal = screen(stored) {
                try Self.appendAudit(db, actor: consent.recordedBy, action: "biometrics.enrol.refused",
                                     detail: "\(code.rawValue) (\(source)): \(refusal)", now: now)
                return .failure(refusal)
            }
            if let employee { try Self.saveEmployee(db, employee) }
            let previous = stored.filter { $0.employee == code }.map(\.id.uuidString)
            if mode == .replace {
                for id in previous {
                    try db.execute(sql: "DELETE FROM faceTemplate WHERE id = ?", arguments: [id])
                    try db.execute(sql: "DELETE FROM outbox WHERE itemKind = 'enrolment' AND itemID = ? AND state != 'acknowledged'",
                                   arguments: [id])
                }
            }
            let what = switch mode {
            case .add: "\(sealed.count) templates added to \(previous.count)"
            case .replace: "\(sealed.count) templates replace \(previous.count)"
            }
            let ids = try Self.insertTemplates(db, for: code, sealed: sealed, consent: consent,
                                               detail: "\(code.rawValue) (\(source)): \(what), consent \(consent.textVersion)", now: now)
            if mode == .replace {
                try Self.appendAudit(db, actor: consent.recordedBy, action: "biometrics.replace",
                                     detail: "\(code.rawValue): \(previous.count) templates deleted on this kiosk, replaced by \(ids.count)",
                                     now: now)
            }
            return .success(EnrolmentReceipt(ids: ids, mode: mode, previous: previous.count))
        }
    }
}
