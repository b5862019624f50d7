/// The xterm colour palette: 16 ANSI colours, the 6×6×6 cube (16–231) and 24 greys (232–255), with
/// nearest-colour quantisation for 256- and 8/16-colour terminals.
public enum XtermPalette {
    /// The six levels of each cube axis.
    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The RGB value xterm uses for the first 16 (ANSI) colours.
    static let ansi: [RGB] = [
        RGB(0, 0, 0), RGB(205, 0, 0), RGB(0, 205, 0), RGB(205, 205, 0),
        RGB(0, 0, 238), RGB(205, 0, 205), RGB(0, 205, 205), RGB(229, 229, 229),
        RGB(127, 127, 127), RGB(255, 0, 0), RGB(0, 255, 0), RGB(255, 255, 0),
        RGB(92, 92, 255), RGB(255, 0, 255), RGB(0, 255, 255), RGB(255, 255, 255),
    ]

    /// The RGB value of palette entry `index` (0–255).
    public static func color(at index: Int) -> RGB {
        precondition((0...255).contains(index), "xterm palette index must be 0...255, got \(index)")
        if index < 16 { return ansi[index] }
        if index >= 232 {
            let level = UInt8(8 + 10 * (index - 232))
            return RGB(level, level, level)
        }
        let cube = index - 16
        return RGB(UInt8(cubeLevels[cube / 36]), UInt8(cubeLevels[(cube / 6) % 6]), UInt8(cubeLevels[cube % 6]))
    }

    /// The nearest entry of the 256-colour palette among the cube and the greys (16–255; the ANSI 16 are
    /// skipped because terminals redefine them).
    public static func index256(for color: RGB) -> Int {
        let r = nearestLevel(color.red), g = nearestLevel(color.green), b = nearestLevel(color.blue)
        let cubeIndex = 16 + 36 * r + 6 * g + b
        let average = (Int(color.red) + Int(color.green) + Int(color.blue)) / 3
        let greyStep = min(23, max(0, (average - 3) / 10))
        let greyIndex = 232 + greyStep
        return distance(color, Self.color(at: greyIndex)) < distance(color, Self.color(at: cubeIndex)) ? greyIndex : cubeIndex
    }

    /// The nearest of the first `count` ANSI colours (8 or 16).
    public static func indexANSI(for color: RGB, count: Int) -> Int {
        var best = 0
        var bestDistance = Int.max
        for index in 0..<min(max(count, 1), 16) {
            let d = distance(color, ansi[index])
            if d < bestDistance { best = index; bestDistance = d }
        }
        return best
    }

    private static func nearestLevel(_ value: UInt8) -> Int {
        let v = Int(value)
        if v < 48 { return 0 }
        if v < 115 { return 1 }
        return min(5, (v - 35) / 40)
    }

    private static func distance(_ a: RGB, _ b: RGB) -> Int {
        let dr = Int(a.red) - Int(b.red), dg = Int(a.green) - Int(b.green), db = Int(a.blue) - Int(b.blue)
        return dr * dr + dg * dg + db * db
    }
}
