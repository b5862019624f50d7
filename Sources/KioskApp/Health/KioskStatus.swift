public import Foundation

/// What the running kiosk publishes about itself in `[kiosk] status_file`, rewritten every
/// ``StatusFileWriter/interval`` seconds, for `kiosk diagnose --health` to judge without touching the database.
public struct KioskStatus: Codable, Hashable, Sendable {
    /// The process that writes the file.
    public var pid: Int32
    public var startedAt: Date
    /// When the file was last written: a stopped or frozen process stops updating it.
    public var updatedAt: Date
    /// The last time the screen's thread went round its loop.
    public var screenAliveAt: Date?
    /// True once the start-up phases are done.
    public var startupFinished: Bool
    /// True when a camera is open; `lastFrameAt` is then the last time a new frame arrived.
    public var cameraRunning: Bool
    public var lastFrameAt: Date?
    /// True when recognition runs; `recognitionAliveAt` is then its last result (a still, empty scene is
    /// looked at again at least every 5 s, so a working loop reports often).
    public var recognitionRunning: Bool
    public var recognitionAliveAt: Date?
    /// The last punch written to the database.
    public var lastDatabaseWriteAt: Date?

    public init(
        pid: Int32, startedAt: Date, updatedAt: Date, screenAliveAt: Date?, startupFinished: Bool, cameraRunning: Bool,
        lastFrameAt: Date?, recognitionRunning: Bool, recognitionAliveAt: Date?, lastDatabaseWriteAt: Date?
    ) {
        self.pid = pid
        self.startedAt = startedAt
        self.updatedAt = updatedAt
        self.screenAliveAt = screenAliveAt
        self.startupFinished = startupFinished
        self.cameraRunning = cameraRunning
        self.lastFrameAt = lastFrameAt
        self.recognitionRunning = recognitionRunning
        self.recognitionAliveAt = recognitionAliveAt
        self.lastDatabaseWriteAt = lastDatabaseWriteAt
    }

    /// The JSON written to the status file.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }

    /// A status read back from its JSON.
    public static func decode(_ data: Data) throws -> KioskStatus {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(KioskStatus.self, from: data)
    }
}
