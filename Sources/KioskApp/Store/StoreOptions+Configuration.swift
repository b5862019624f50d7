public import KioskConfig
public import KioskStore
import Foundation

extension StoreOptions {
    /// The store settings of a kiosk configuration (time zone, debounce, short-stay and lockout rules).
    public init(_ configuration: KioskConfiguration) {
        self.init(
            timeZone: TimeZone(identifier: configuration.kiosk.timeZone) ?? .current,
            debounceSeconds: configuration.recognition.debounceSeconds,
            minWorkMinutes: configuration.recognition.minWorkMinutes,
            pinLockoutTries: configuration.security.pinLockoutTries,
            pinLockoutMinutes: configuration.security.pinLockoutMinutes
        )
    }
}

extension KioskStore {
    /// Opens the configured database, creating its folder on first run.
    /// - Throws: `StoreError` from `KioskStore.open`, or the file system's error for the folder.
    public static func open(_ configuration: KioskConfiguration) async throws -> KioskStore {
        let folder = URL(fileURLWithPath: configuration.database.path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try await KioskStore.open(path: configuration.database.path, options: StoreOptions(configuration))
    }
}
