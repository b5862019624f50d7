import Testing
@testable import TerminalUI

@Suite struct ColorTests {
    @Test func paletteRoundTripsCubeAndGreyEntries() {
        for index in [16, 21, 46, 67, 130, 196, 231, 232, 244, 255] {
            #expect(XtermPalette.index256(for: XtermPalette.color(at: index)) == index)
        }
        #expect(XtermPalette.index256(for: RGB(128, 128, 128)) == 244)
        #expect(XtermPalette.index256(for: RGB(224, 172, 140)) == 180)
    }

    @Test func modeDetection() {
        #expect(ColorMode.detect(hasColors: true, colors: 256, hasDirectColor: false, environment: [:]) == .palette256)
        #expect(ColorMode.detect(hasColors: true, colors: 0x1000000, hasDirectColor: true, environment: ["COLORTERM": "truecolor"]) == .trueColor)
        #expect(ColorMode.detect(hasColors: true, colors: 256, hasDirectColor: false, environment: ["COLORTERM": "truecolor"]) == .palette256,
                "COLORTERM alone is not enough: ncurses must support direct colour")
        #expect(ColorMode.detect(hasColors: true, colors: 8, hasDirectColor: false, environment: [:]) == .ansi(colors: 8))
        #expect(ColorMode.detect(hasColors: false, colors: 0, hasDirectColor: false, environment: [:]) == .monochrome)
        #expect(ColorMode.detect(hasColors: true, colors: 256, hasDirectColor: false, environment: ["NO_COLOR": "1"]) == .monochrome)
    }

    @Test func monochromeRolesStayDistinguishable() {
        let roles: [StyleRole] = [.ok, .warn, .error, .keyBarAction, .tableHeader, .selection]
        let looks = roles.map { CellPaint(style: Style($0), theme: .standard, mode: .monochrome) }
        #expect(looks.allSatisfy { $0.foreground == -1 && $0.background == -1 && !$0.emphasis.isEmpty })
        #expect(Set(looks.map(\.emphasis)).count >= 4)
    }

    @Test func rolesUseThemeColours() {
        let ok = CellPaint(style: Style(.ok), theme: .standard, mode: .palette256)
        #expect(ok.foreground == 2 && ok.background == -1 && ok.emphasis == .bold)
        let bar = CellPaint(style: Style(.keyBarAction), theme: .standard, mode: .trueColor)
        #expect(bar.foreground == 0 && bar.background == 6)
        let noDefaults = CellPaint(style: Style(.normal), theme: .standard, mode: .palette256, defaultColors: false)
        #expect(noDefaults.foreground == 7 && noDefaults.background == 0)
    }

    @Test func monochromePictureUsesABrightnessRamp() {
        let dark = CellPaint(style: Style(foreground: .black, background: .black), theme: .standard, mode: .monochrome)
        let bright = CellPaint(style: Style(foreground: .white, background: .white), theme: .standard, mode: .monochrome)
        #expect(dark.substitute == " ")
        #expect(bright.substitute == "@")
    }

    @Test func pairCacheReusesAndEvictsLeastRecentlyUsed() {
        var cache = ColorPairCache(capacity: 2)
        #expect(cache.pair(foreground: 1, background: 2) == .init(pair: 1, isNew: true))
        #expect(cache.pair(foreground: 3, background: 4) == .init(pair: 2, isNew: true))
        #expect(cache.pair(foreground: 1, background: 2) == .init(pair: 1, isNew: false))
        // (3,4) is now the least recently used, so its pair is recycled.
        #expect(cache.pair(foreground: 5, background: 6) == .init(pair: 2, isNew: true))
        #expect(cache.pair(foreground: 1, background: 2) == .init(pair: 1, isNew: false))
        #expect(cache.pair(foreground: 3, background: 4) == .init(pair: 2, isNew: true))
        #expect(cache.count == 2)
        cache.removeAll()
        #expect(cache.pair(foreground: 9, background: 9) == .init(pair: 1, isNew: true))
    }

    @Test func pairCacheHandsOutEveryPairBeforeRecycling() {
        var cache = ColorPairCache(capacity: 300)
        let pairs = (0..<300).map { cache.pair(foreground: Int32($0), background: -1).pair }
        #expect(Set(pairs) == Set(1...300))
        #expect(cache.pair(foreground: 1000, background: -1) == .init(pair: 1, isNew: true))
    }
}
