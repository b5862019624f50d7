import Foundation

// MARK: - PIN hash text

extension KioskStore {
    /// Hashes a PIN into the text form the server stores and the roster carries
    /// (`$pbkdf2-sha256$i=ROUNDS$SALT$HASH`), for an administrator to paste into the server's employee
    /// record. Nothing is stored here. The KDF runs on its own queue.
    ///
    /// - Parameter pin: 4 to 8 digits.
    /// - Returns: the hash text; a kiosk that receives it in the roster verifies the PIN with it.
    /// - Throws: ``StoreError`` `invalidPINFormat`.
    public func pinHashText(pin: String) async throws -> String {
        try PINFormat.validate(pin)
        return try await pinHasher.digest(pin: pin).text
    }
}
