import Foundation

/// What this process has mapped, as Linux's `/proc/self` reports it, for tests that check what stays resident.
public enum ProcessMappings {
    /// The text of a `/proc` file, read to its end: such a file reports a size of 0, and
    /// `String(contentsOfFile:)` stops after its first read (about 4 kB of `smaps` or `maps`).
    public static func read(_ path: String) throws -> String {
        let data = try FileHandle(forReadingFrom: URL(fileURLWithPath: path)).readToEnd() ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// The sum of `field` (`"Rss:"`, `"Size:"`, `"Anonymous:"` …) over this process's mappings of the file at
    /// `path`, in bytes (from `/proc/self/smaps`).
    public static func sum(_ field: String, ofMappingsOf path: String) throws -> Int {
        var inFile = false
        var kilobytes = 0
        for line in try read("/proc/self/smaps").split(separator: "\n") {
            if let first = line.first, first.isHexDigit, line.contains("-") {
                inFile = line.hasSuffix(path)
            } else if inFile, line.hasPrefix(field) {
                kilobytes += Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]) ?? 0
            }
        }
        return kilobytes * 1024
    }
}
