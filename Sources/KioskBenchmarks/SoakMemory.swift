import Foundation

/// Resident memory split the way the soak reports it, from `/proc/self/status`: anonymous pages (heap, model
/// weights, stacks: only the process can free them) and file pages (the executable's and libraries' code the
/// process has touched, which the kernel can drop and reread).
public struct SoakMemory: Sendable, Hashable {
    /// VmRSS, RssAnon and RssFile + RssShmem, in bytes.
    public let resident: Int
    public let anonymous: Int
    public let file: Int

    /// Reads the figures now, or nil where `/proc/self/status` is unavailable (not Linux).
    public static func now() -> SoakMemory? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        return SoakMemory(statusText: text)
    }

    /// Parses the text of a `/proc/<pid>/status` file (values in kB).
    init?(statusText text: String) {
        var fields = [String: Int]()
        for line in text.split(separator: "\n") {
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count >= 2, parts[0].hasSuffix(":"), let kilobytes = Int(parts[1]) else { continue }
            fields[String(parts[0].dropLast())] = kilobytes * 1024
        }
        guard let resident = fields["VmRSS"], let anonymous = fields["RssAnon"], let file = fields["RssFile"] else { return nil }
        self.resident = resident
        self.anonymous = anonymous
        self.file = file + (fields["RssShmem"] ?? 0)
    }

    /// "93.7 MB (anon 50.3 + file 43.4)".
    public var text: String {
        String(format: "%6.1f MB (anon %5.1f + file %5.1f)", Self.mb(resident), Self.mb(anonymous), Self.mb(file))
    }

    /// The change from `earlier` to this reading, signed: "+17.6 MB (anon +17.5, file +0.1)".
    public func change(since earlier: SoakMemory) -> String {
        String(format: "%+6.1f MB (anon %+5.1f, file %+5.1f)", Self.mb(resident - earlier.resident),
               Self.mb(anonymous - earlier.anonymous), Self.mb(file - earlier.file))
    }

    static func mb(_ bytes: Int) -> Double { Double(bytes) / 1_048_576 }
}
