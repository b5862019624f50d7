/// The PIN rule: 4 to 8 ASCII digits.
enum PINFormat {
    static let lengths = 4...8

    /// Throws ``StoreError`` `invalidPINFormat` quoting the length and whether non-digits were typed, never
    /// the PIN itself.
    static func validate(_ pin: String) throws {
        let digitsOnly = pin.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
        guard digitsOnly, lengths.contains(pin.unicodeScalars.count) else {
            let what = digitsOnly ? "\(pin.count) dígitos/digits" : "\(pin.count) caracteres, no solo dígitos/characters, not only digits"
            throw StoreError(.invalidPINFormat, context: what)
        }
    }
}
