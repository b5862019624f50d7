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
