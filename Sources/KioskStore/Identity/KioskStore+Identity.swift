public import Foundation
public import Attendance
import GRDB

// MARK: - Kiosk identity

extension KioskStore {
    /// This kiosk's id: generated at first run (`kiosk-<uuid>`), or the one the server assigned.
    public func kioskID() async throws -> String {
        try await read("kiosk id") { db in
            try String.fetchOne(db, sql: "SELECT kioskID FROM kioskIdentity WHERE id = 1") ?? "unregistered"
        }
    }

    /// The site the server assigned at registration, nil while the kiosk is unregistered.
    public func registeredSite() async throws -> String? {
        try await read("kiosk site") { db in
            let site = try String.fetchOne(db, sql: "SELECT site FROM kioskIdentity WHERE id = 1") ?? ""
            return site.isEmpty ? nil : site
        }
    }

    /// Records what the server assigned at registration: the kiosk's id (as ``replaceKioskID(with:by:now:)``)
    /// and its site, in one transaction, audited.
    ///
    /// - Parameters:
    ///   - newID: 1 to 64 visible characters.
    ///   - site: the server's site id, 1 to 64 characters, no control characters.
    ///   - actor: Who registered the kiosk (audited).
    /// - Throws: ``StoreError`` `invalidKioskID` when either value is empty, too long or has control characters.
    public func recordRegistration(kioskID newID: String, site: String, by actor: EmployeeCode = AuditEntry.systemActor,
                                   now: Date = Date()) async throws {
        let id = try Self.checkedIdentity(newID)
        let checkedSite = try Self.checkedIdentity(site, spacesAllowed: true)
        try await write("record registration") { db in
            let old = try String.fetchOne(db, sql: "SELECT kioskID FROM kioskIdentity WHERE id = 1") ?? ""
            try db.execute(sql: "UPDATE kioskIdentity SET kioskID = ?, site = ?, assignedByServer = 1, updatedAt = ? WHERE id = 1",
                           arguments: [id, checkedSite, now])
            var audit = AuditLogRecord(at: now, actorCode: actor.rawValue, action: "kiosk.register",
                                       detail: "\(old) → \(id), site \(checkedSite)")
            try audit.insert(db)
        }
    }

    /// `text` trimmed, when it is 1 to 64 visible characters (inner spaces too when `spacesAllowed`: a site
    /// id may have them).
    private static func checkedIdentity(_ text: String, spacesAllowed: Bool = false) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lowest: UInt32 = spacesAllowed ? 0x20 : 0x21
        guard (1...64).contains(trimmed.count), trimmed.unicodeScalars.allSatisfy({ $0.value >= lowest && $0.value != 0x7F })
        else { throw StoreError(.invalidKioskID, context: text) }
        return trimmed
    }

    /// Replaces the kiosk's id with the one the server assigned at registration. Punches already recorded
    /// keep the id they were recorded under; sequence numbers keep increasing.
    ///
    /// - Parameters:
    ///   - newID: 1 to 64 visible characters.
    ///   - actor: Who registered the kiosk (audited).
    /// - Throws: ``StoreError`` `invalidKioskID`.
    public func replaceKioskID(with newID: String, by actor: EmployeeCode = AuditEntry.systemActor, now: Date = Date()) async throws {
        let trimmed = newID.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...64).contains(trimmed.count), trimmed.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F })
        else { throw StoreError(.invalidKioskID, context: newID) }
        try await write("replace kiosk id") { db in
            let old = try String.fetchOne(db, sql: "SELECT kioskID FROM kioskIdentity WHERE id = 1") ?? ""
            try db.execute(sql: "UPDATE kioskIdentity SET kioskID = ?, assignedByServer = 1, updatedAt = ? WHERE id = 1",
                           arguments: [trimmed, now])
            var audit = AuditLogRecord(at: now, actorCode: actor.rawValue, action: "kiosk.id.replace",
                                       detail: "\(old) → \(trimmed)")
            try audit.insert(db)
        }
    }
}
