#if canImport(Glibc)
import Glibc
#endif
import TestEnvironment
import Testing
import TerminalUI

#if canImport(Glibc)
/// glibc's `wcwidth`, which Swift's Glibc module does not export (it needs the X/Open feature macros).
@_silgen_name("wcwidth")
private func glibcWcwidth(_ character: wchar_t) -> Int32
#endif

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("é", 1), ("ñ", 1), ("✓", 1), ("✗", 1), ("▀", 1), ("█", 1), ("─", 1), ("●", 1), ("…", 1),
        ("漢", 2), ("한", 2), ("Ａ", 2), ("ｱ", 1), ("😀", 2), ("e\u{301}", 1),
    ] as [(String, Int)])
    func characterWidths(text: String, expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
    }

    @Test func agreesWithGlibcWcwidthInAUTF8Locale() throws {
        #if canImport(Glibc)
        let previous = String(cString: setlocale(LC_CTYPE, nil))
        defer { setlocale(LC_CTYPE, previous) }
        guard try CISkipPolicy.runs(.utf8Locale, missing: setlocale(LC_CTYPE, "C.UTF-8") == nil
                                        ? "the C.UTF-8 locale is not installed (the wcwidth comparison needs it)" : nil)
        else { return }
        let samples: [UInt32] = [0x41, 0xE9, 0xF1, 0x2713, 0x2717, 0x2580, 0x2588, 0x2500, 0x25CF, 0x2026,
                                 0x6F22, 0xD55C, 0xFF21, 0xFF71, 0x1F600, 0x301, 0x200B, 0x3000, 0x2705]
        for value in samples {
            let scalar = try #require(Unicode.Scalar(value))
            let glibc = Int(glibcWcwidth(wchar_t(value)))
            #expect(DisplayWidth.of(scalar) == glibc, "U+\(String(value, radix: 16, uppercase: true))")
        }
        #endif
    }

    @Test func truncateEndsWithAnEllipsis() {
        #expect(DisplayWidth.truncate("Fernández", to: 6) == "Ferná…")
        #expect(DisplayWidth.truncate("Ana", to: 6) == "Ana")
        #expect(DisplayWidth.truncate("Ana", to: 3) == "Ana")
        #expect(DisplayWidth.truncate("Anabel", to: 0) == "")
        #expect(DisplayWidth.truncate("漢字漢字", to: 4) == "漢…")
    }

    @Test func fitPadsToTheExactWidth() {
        #expect(DisplayWidth.fit("ab", to: 5) == "ab   ")
        #expect(DisplayWidth.fit("ab", to: 5, alignment: .trailing) == "   ab")
        #expect(DisplayWidth.fit("ab", to: 5, alignment: .center) == " ab  ")
        #expect(DisplayWidth.fit("漢字漢字", to: 5) == "漢字…")
    }

    @Test func wrapBreaksBetweenWords() {
        #expect(DisplayWidth.wrap("Buenos días, Ana Pérez", to: 12) == ["Buenos días,", "Ana Pérez"])
        #expect(DisplayWidth.wrap("abcdefghij", to: 4) == ["abcd", "efgh", "ij"])
        #expect(DisplayWidth.wrap("漢", to: 1) == ["漢"])
    }
}
