public import Logging
import Foundation
import Synchronization

/// A swift-log handler that appends one line per message to a file, for when the terminal UI owns the
/// screen and stderr would scribble over it.
public struct FileLogHandler: LogHandler {
    /// The open file, shared by every logger made from one handler; writes are serialised by the mutex.
    final class Sink: Sendable {
        private let handle: Mutex<FileHandle>
        init(handle: FileHandle) { self.handle = Mutex(handle) }
        func write(_ line: String) {
            handle.withLock { $0.write(Data(line.utf8)) }
        }
    }

    private let sink: Sink
    private let label: String
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]

    /// Opens (creating it and its folder when needed) the log file for appending.
    /// - Throws: the file system's error when the file cannot be created or opened.
    public static func makeFactory(path: String) throws -> @Sendable (String) -> FileLogHandler {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: path) {
            FileManager.default.createFile(atPath: path, contents: nil)
        }
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        let sink = Sink(handle: handle)
        return { label in FileLogHandler(sink: sink, label: label) }
    }

    private init(sink: Sink, label: String) {
        self.sink = sink
        self.label = label
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var all = metadata
        if let extra = event.metadata { all.merge(extra) { $1 } }
        let fields = all.isEmpty ? "" : " " + all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let stamp = Date().formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true))
        sink.write("\(stamp) \(event.level) \(label): \(event.message)\(fields)\n")
    }
}
