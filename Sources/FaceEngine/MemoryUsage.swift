import Foundation

/// The process's resident memory, from `/proc/self/status`.
public struct MemoryUsage: Sendable, Hashable, Codable {
    /// Resident set size now (VmRSS), in bytes.
    public let residentBytes: Int
    /// Peak resident set size (VmHWM), in bytes.
    public let peakResidentBytes: Int

    /// A reading from its two numbers.
    public init(residentBytes: Int, peakResidentBytes: Int) {
        self.residentBytes = residentBytes
        self.peakResidentBytes = peakResidentBytes
    }

    /// Reads the current figures, or nil where `/proc/self/status` is unavailable (not Linux).
    public static func current() -> MemoryUsage? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        return MemoryUsage(statusText: text)
    }

    /// Parses the text of a `/proc/<pid>/status` file (values in kB).
    init?(statusText text: String) {
        var fields = [String: Int]()
        for line in text.split(separator: "\n") where line.hasPrefix("VmRSS:") || line.hasPrefix("VmHWM:") {
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count >= 2, let kilobytes = Int(parts[1]) else { continue }
            fields[String(parts[0].dropLast())] = kilobytes * 1024
        }
        guard let resident = fields["VmRSS"], let peak = fields["VmHWM"] else { return nil }
        self.init(residentBytes: resident, peakResidentBytes: peak)
    }
}
