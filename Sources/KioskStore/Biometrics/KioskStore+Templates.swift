public import Foundation
public import Attendance
import GRDB

// MARK: - Face templates

extension KioskStore {
    /// Enrols face templates for an employee, with the consent recorded in the same transaction. Each
    /// template is encrypted (AES-GCM) and queued for the server (`POST /api/v1/enrolments`); it is used
    /// locally at once.
    ///
    /// Nothing is compared here: the kiosk enrols people's faces through
    /// ``enrolTemplates(for:vectors:consent:mode:source:saving:screen:now:)``, which refuses a face that is
    /// someone else's. This is the bare insert, without that check.
    ///
    /// - Parameters:
    ///   - code: The employee.
    ///   - vectors: 128 finite Float32 values each.
    ///   - consent: The consent given now.
    /// - Returns: The new templates' UUIDs.
    /// - Throws: ``StoreError`` `invalidTemplate`, `missingConsent`, `unknownEmployee`, `diskFull`, `readOnly`.
    @discardableResult
    public func addTemplates(for code: EmployeeCode, vectors: [[Float]], consent: BiometricConsent, now: Date = Date()) async throws -> [UUID] {
        let sealed = try sealTemplates(for: code, vectors: vectors, consent: consent)
        return try await write("enrol \(code)") { db in
            try Self.insertTemplates(db, for: code, sealed: sealed, consent: consent, now: now)
        }
    }

    /// Checks the vectors and consent of an enrolment and encrypts each vector under a new UUID.
    func sealTemplates(for code: EmployeeCode, vectors: [[Float]], consent: BiometricConsent) throws -> [(id: UUID, sealed: Data)] {
        guard !vectors.isEmpty else { throw StoreError(.invalidTemplate, context: "no vectors") }
        for (i, v) in vectors.enumerated() where v.count != TemplateCipher.dimensions || !v.allSatisfy(\.isFinite) {
            throw StoreError(.invalidTemplate, context: "vector \(i): \(v.count) values")
        }
        guard !consent.textVersion.trimmingCharacters(in: .whitespaces).isEmpty,
              !consent.recordedBy.rawValue.isEmpty
        else { throw StoreError(.missingConsent, context: code.rawValue) }
        return try vectors.map { v in
            let id = UUID()
            return (id, try cipher.seal(v, id: id.uuidString, employeeCode: code.rawValue))
        }
    }

    /// Inserts sealed templates with their consent record and outbox rows, audited as `biometrics.enrol`.
    static func insertTemplates(_ db: Database, for code: EmployeeCode, sealed: [(id: UUID, sealed: Data)], consent: BiometricConsent,
                                detail: String? = nil, now: Date) throws -> [UUID] {
        guard try EmployeeRecord.exists(db, key: code.rawValue) else {
            throw StoreError(.unknownEmployee, context: code.rawValue)
        }
        let consentID = UUID().uuidString
        try ConsentRecord(id: consentID, employeeCode: code.rawValue, action: "granted", textVersion: consent.textVersion,
                          recordedBy: consent.recordedBy.rawValue, at: consent.at).insert(db)
        try db.execute(sql: "UPDATE employee SET biometricConsentAt = ? WHERE code = ?", arguments: [consent.at, code.rawValue])
        for (id, box) in sealed {
            try FaceTemplateRecord(id: id.uuidString, employeeCode: code.rawValue, consentID: consentID,
                                   sealed: box, createdAt: now).insert(db)
            var outbox = OutboxRecord(kind: .enrolment, itemID: id.uuidString, at: now)
            try outbox.insert(db)
        }
        try appendAudit(db, actor: consent.recordedBy, action: "biometrics.enrol",
                        detail: detail ?? "\(code.rawValue): \(sealed.count) templates, consent \(consent.textVersion)", now: now)
        return sealed.map { $0.id }
    }

    /// Every template of active employees, decrypted, for building the gallery.
    ///
    /// - Throws: ``StoreError`` `templateDecryption` when a row does not open with the key file.
    public func loadActiveTemplates() async throws -> [StoredTemplate] {
        let rows = try await read("templates") { db in
            try FaceTemplateRecord.fetchAll(db, sql: """
                SELECT faceTemplate.* FROM faceTemplate JOIN employee ON employee.code = faceTemplate.employeeCode
                WHERE employee.active ORDER BY faceTemplate.employeeCode, faceTemplate.createdAt
                """)
        }
        return try rows.map { row in
            StoredTemplate(id: UUID(uuidString: row.id) ?? UUID(), employee: EmployeeCode(row.employeeCode),
                           vector: try cipher.open(row.sealed, id: row.id, employeeCode: row.employeeCode))
        }
    }

    /// How many templates an employee has.
    public func templateCount(for code: EmployeeCode) async throws -> Int {
        try await read("templates") { db in
            try FaceTemplateRecord.filter(FaceTemplateRecord.Columns.employeeCode == code.rawValue).fetchCount(db)
        }
    }

    /// Deletes every template of an employee and records the consent withdrawal (audited, and queued for the
    /// server). Templates not yet sent are no longer sent.
    ///
    /// - Parameters:
    ///   - code: The employee.
    ///   - actor: The supervisor who did it.
    ///   - reason: Recorded with the withdrawal (e.g. "consent withdrawn", "left the company").
    /// - Returns: How many templates were deleted.
    @discardableResult
    public func deleteBiometrics(of code: EmployeeCode, by actor: EmployeeCode, reason: String = "consent withdrawn", now: Date = Date()) async throws -> Int {
        try await write("delete biometrics \(code)") { db in
            guard try EmployeeRecord.exists(db, key: code.rawValue) else {
                throw StoreError(.unknownEmployee, context: code.rawValue)
            }
            let ids = try String.fetchAll(db, sql: "SELECT id FROM faceTemplate WHERE employeeCode = ?", arguments: [code.rawValue])
            try db.execute(sql: "DELETE FROM faceTemplate WHERE employeeCode = ?", arguments: [code.rawValue])
            let deleted = db.changesCount
            for id in ids {
                try db.execute(sql: "DELETE FROM outbox WHERE itemKind = 'enrolment' AND itemID = ? AND state != 'acknowledged'",
                               arguments: [id])
            }
            let consentID = UUID().uuidString
            try ConsentRecord(id: consentID, employeeCode: code.rawValue, action: "withdrawn", textVersion: reason,
                              recordedBy: actor.rawValue, at: now).insert(db)
            try db.execute(sql: "UPDATE employee SET biometricConsentAt = NULL WHERE code = ?", arguments: [code.rawValue])
            var outbox = OutboxRecord(kind: .consentWithdrawal, itemID: consentID, at: now)
            try outbox.insert(db)
            try Self.appendAudit(db, actor: actor, action: "biometrics.delete",
                                 detail: "\(code.rawValue): \(deleted) templates deleted (\(reason))", now: now)
            return deleted
        }
    }
}
