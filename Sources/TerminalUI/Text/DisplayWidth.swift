/// How many terminal columns text occupies, independent of the process locale.
///
/// Follows `wcwidth` (Unicode East Asian Width): combining marks and format characters take 0 columns,
/// ideographs, Hangul, full-width forms and emoji-presentation characters take 2, everything else 1.
/// A table is used instead of glibc's `wcwidth` so widgets measure the same in tests (C locale) as on the
/// kiosk (UTF-8 locale).
public enum DisplayWidth {
    /// The columns one character (a grapheme cluster) occupies: 0, 1 or 2.
    ///
    /// Control characters count as 0: the canvas never draws them.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
        return of(first)
    }

    /// The columns a string occupies.
    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// The columns one Unicode scalar occupies: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark:
            return 0
        case .format where v != 0x00AD:
            return 0
        default:
            break
        }
        if v >= 0x1160 && v <= 0x11FF { return 0 }  // Hangul medial vowels and final consonants combine.
        if v == 0x200B { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return wideRanges.contains { $0.contains(v) } ? 2 : 1
    }

    /// Unicode East Asian Width "W" and "F" blocks (emoji are handled by their presentation property).
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
