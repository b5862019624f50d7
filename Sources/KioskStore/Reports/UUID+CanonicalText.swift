import Foundation

extension UUID {
    /// Reads the canonical text form, 8-4-4-4-12 hex digits of either case, as `UUID(uuidString:)` does, but
    /// without the `sscanf` that Foundation's parser runs: for the 10,000 punches of a 5,000-person day that
    /// `sscanf` was a quarter of the day summary's read. Nil for any other text.
    init?(canonicalText text: String) {
        var text = text
        let bytes: uuid_t? = text.withUTF8 { utf8 in
            guard utf8.count == 36 else { return nil }
            var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            let complete = withUnsafeMutableBytes(of: &bytes) { out -> Bool in
                var at = 0, written = 0
                while at < 36 {
                    if at == 8 || at == 13 || at == 18 || at == 23 {
                        guard utf8[at] == UInt8(ascii: "-") else { return false }
                        at += 1
                        continue
                    }
                    // Every group has an even number of digits: a byte's two digits never straddle a hyphen.
                    guard let high = Self.hexValue(utf8[at]), let low = Self.hexValue(utf8[at + 1]) else { return false }
                    out[written] = high << 4 | low
                    written += 1
                    at += 2
                }
                return true
            }
            return complete ? bytes : nil
        }
        guard let bytes else { return nil }
        self.init(uuid: bytes)
    }

    /// The value of one hex digit, nil for any other byte.
    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
