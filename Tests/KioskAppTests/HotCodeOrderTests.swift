import Foundation
import TestEnvironment
import Testing

/// `scripts/hot-code.order` names the functions a running door executes; the release link lays them out
/// together (Package.swift, `scripts/build-release-kiosk`). A name the code no longer has is silently ignored by
/// the linker, so these tests catch a file that rotted after a rename.
@Suite("Hot code order")
struct HotCodeOrderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The kiosk's own modules linked into this test binary.
    static let modules: Set<String> = [
        "Attendance", "BlockingWork", "Camera", "FaceEngine", "KioskApp", "KioskConfig", "KioskStore", "KioskSync",
        "TerminalUI", "Vocabulary",
    ]

    static func entries() throws -> [String] {
        let text = try String(contentsOf: root.appendingPathComponent("scripts/hot-code.order"), encoding: .utf8)
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
    }

    /// The module of a Swift symbol (`$s8KioskApp…` → `KioskApp`), nil for C and C++ names.
    static func module(of symbol: String) -> String? {
        guard symbol.hasPrefix("$s") else { return nil }
        let digits = symbol.dropFirst(2).prefix { $0.isNumber }
        guard let length = Int(digits) else { return nil }
        let name = symbol.dropFirst(2 + digits.count).prefix(length)
        return name.count == length ? String(name) : nil
    }

    /// Names the optimiser makes (specialisations, merged functions, partial applications, outlined copies):
    /// a debug build does not have them.
    static func isOptimiserMade(_ symbol: String) -> Bool {
        symbol.range(of: #"(Tf\d|Tm$|Tg5|Tt\d|Tq\d|TA$|TA\.\d+$|\.\d+$|WO[a-z]$)"#, options: .regularExpression) != nil
    }

    @Test("every line names one function section, never a pattern")
    func linesAreSectionNames() throws {
        let entries = try Self.entries()
        #expect(entries.count > 500)
        for entry in entries {
            #expect(entry.hasPrefix(".text."), "\(entry)")
            // gold reads a name with *, ? or [ as a glob, and would match it against every section.
            #expect(!entry.contains(where: { "*?[ ".contains($0) }), "\(entry)")
        }
        #expect(Set(entries).count == entries.count, "a function is listed twice")
    }

    @Test("the kiosk's own functions it names are still in the code")
    func ownFunctionsExist() throws {
        let own = try Self.entries().map { String($0.dropFirst(".text.".count)) }
            .filter { Self.module(of: $0).map(Self.modules.contains) == true && !Self.isOptimiserMade($0) }
        #expect(own.count > 100, "the file names \(own.count) functions of the kiosk's modules")

        // The file this test's code is mapped from (the test binary, whichever process runs it) links those modules.
        let marker: @convention(c) () -> Void = {}
        let address = UInt(bitPattern: unsafeBitCast(marker, to: UnsafeRawPointer.self))
        let maps = try ProcessMappings.read("/proc/self/maps")
        let binary = try #require(maps.split(separator: "\n").lazy.compactMap { line -> String? in
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            let bounds = fields[0].split(separator: "-").compactMap { UInt($0, radix: 16) }
            guard fields.count >= 6, bounds.count == 2, bounds[0] <= address, address < bounds[1] else { return nil }
            return fields[5...].joined(separator: " ")
        }.first, "no mapping holds the test's code")

        let nm = Process()
        nm.executableURL = URL(fileURLWithPath: "/usr/bin/nm")
        nm.arguments = ["--defined-only", binary]
        let output = Pipe()
        nm.standardOutput = output
        try nm.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        nm.waitUntilExit()
        #expect(nm.terminationStatus == 0)
        let defined = Set(String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { $0.split(separator: " ").last.map(String.init) })

        let missing = own.filter { !defined.contains($0) }
        // A few renamed functions cost little; more means scripts/hot-code-order should be run again.
        #expect(Double(missing.count) <= 0.05 * Double(own.count), "\(missing.count) of \(own.count) gone, e.g. \(missing.prefix(5))")
    }
}
