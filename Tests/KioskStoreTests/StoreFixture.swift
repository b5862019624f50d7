import Foundation
import Testing
import Attendance
@testable import KioskStore

/// A temporary folder per test, removed at the end; stores opened in it use UTC unless told otherwise.
final class StoreFixture {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "kiosk-store-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    var databasePath: String { folder + "/kiosk.sqlite" }

    static let utc = TimeZone(identifier: "UTC")!

    func open(options: StoreOptions = StoreOptions(timeZone: StoreFixture.utc), now: Date = Date()) async throws -> KioskStore {
        try await KioskStore.open(path: databasePath, options: options, now: now)
    }

    /// A store with the demo seeds (E001–E003 on Completo Monday–Friday, S001, T001).
    func seeded() async throws -> KioskStore {
        let store = try await open()
        _ = try await store.seed(demo: true)
        return store
    }
}

/// 2025-03-03 is a Monday.
let monday = LocalDate(year: 2025, month: 3, day: 3)

/// An instant on a local date in UTC.
func at(_ date: LocalDate, _ hour: Int, _ minute: Int = 0) -> Date {
    PunchRules(timeZone: StoreFixture.utc).instant(on: date, at: LocalTime(hour: hour, minute: minute))
}

/// A 128-D vector whose values depend on `seed`.
func vector(_ seed: Int) -> [Float] {
    (0..<128).map { Float(seed) * 0.01 + Float($0) * 0.001 - 0.05 }
}
