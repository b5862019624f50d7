/// Finds the line of each `[section]` and `key = value` in a TOML text.
///
/// TOMLKit reports lines only for syntax errors; the loader needs them for unknown keys, wrong types and
/// out-of-range values too. Covers what `kiosk.conf` uses: `[section]` headers, bare or quoted keys, and
/// dotted keys (`section.key = …`) at the top level.
struct KeyLineIndex {
    private var lines: [String: Int] = [:]

    init(text: String) {
        var section = ""
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                let name = line.dropFirst().prefix { $0 != "]" }.trimmingWhitespace()
                section = Self.unquote(name)
                if lines[section] == nil { lines[section] = number }
                continue
            }
            guard let equals = line.firstIndex(of: "=") else { continue }
            let key = Self.unquote(line[..<equals].trimmingWhitespace())
            let path = section.isEmpty ? key : "\(section).\(key)"
            if lines[path] == nil { lines[path] = number }
        }
    }

    /// The line of `section.key`, or of `section` alone.
    func line(of path: String) -> Int? { lines[path] }

    private static func unquote(_ s: String) -> String {
        s.split(separator: ".").map { part -> String in
            let p = part.trimmingWhitespace()
            if p.count >= 2, let f = p.first, let l = p.last, (f == "\"" && l == "\"") || (f == "'" && l == "'") {
                return String(p.dropFirst().dropLast())
            }
            return p
        }.joined(separator: ".")
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
