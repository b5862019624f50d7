import Foundation
import Vocabulary

/// A `.playlist` text file: one picture per line, shown in order, each optionally cropped (so a photo of
/// a whole room becomes a door-size face) and held for its own number of seconds.
///
/// ```
/// # picture (relative to the playlist's folder)   crop=X,Y,WIDTH,HEIGHT (pixels)   seconds=S (default 2)
/// photos/coffee.png seconds=3
/// photos/obama2.jpg crop=96,40,440,330
/// ```
///
/// Blank lines and lines starting with `#` are ignored. A crop is clamped to the picture.
struct PlaylistReader: ReplayReader {
    /// One line of the playlist.
    struct Entry: Sendable {
        var path: String
        var crop: (x: Int, y: Int, width: Int, height: Int)?
        var frames: Int
    }

    let entries: [Entry]
    private var index = 0
    private var shown = 0
    private var current: RGBImage?

    /// Reads and checks the playlist; `fps` turns each line's seconds into frames.
    ///
    /// - Throws: `CameraError` `.replayUnreadable` when the file cannot be read, `.replayInvalid` naming the
    ///   line of a malformed entry or a missing picture, `.replayEmpty` when it lists no picture.
    init(path: String, fps: Int) throws(CameraError) {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw CameraError(.replayUnreadable, path: path, detail: "cannot be read as UTF-8 text")
        }
        let folder = (path as NSString).deletingLastPathComponent
        var entries: [Entry] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let entry = try Self.entry(line, number: offset + 1, folder: folder, fps: fps, playlist: path)
            entries.append(entry)
        }
        guard !entries.isEmpty else {
            throw CameraError(.replayEmpty, path: path, detail: "the playlist lists no picture")
        }
        self.entries = entries
    }

    private static func entry(_ line: String, number: Int, folder: String, fps: Int, playlist: String) throws(CameraError) -> Entry {
        let fields = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let name = fields[0]
        let path = name.hasPrefix("/") ? name : (folder as NSString).appendingPathComponent(name)
        guard FileSystem.exists(path) else {
            throw CameraError(.replayInvalid, path: playlist, detail: "line \(number): \(name): no such picture")
        }
        var crop: (x: Int, y: Int, width: Int, height: Int)?
        var seconds = 2.0
        for field in fields.dropFirst() {
            if field.hasPrefix("crop=") {
                let numbers = field.dropFirst(5).split(separator: ",").compactMap { Int($0) }
                guard numbers.count == 4, numbers[0] >= 0, numbers[1] >= 0, numbers[2] > 0, numbers[3] > 0 else {
                    throw CameraError(.replayInvalid, path: playlist,
                                      detail: "line \(number): '\(field)': expected crop=X,Y,WIDTH,HEIGHT in whole pixels (width and height above 0)")
                }
                crop = (numbers[0], numbers[1], numbers[2], numbers[3])
            } else if field.hasPrefix("seconds="), let value = Double(field.dropFirst(8)), value > 0, value <= 3600 {
                seconds = value
            } else {
                throw CameraError(.replayInvalid, path: playlist,
                                  detail: "line \(number): '\(field)': expected crop=X,Y,WIDTH,HEIGHT or seconds=S (0 < S ≤ 3600)")
            }
        }
        return Entry(path: path, crop: crop, frames: max(1, Int((seconds * Double(fps)).rounded())))
    }

    mutating func next() throws(CameraError) -> ReplayItem {
        if let current, shown < entries[index - 1].frames {
            shown += 1
            return .image(current)
        }
        current = nil
        guard index < entries.count else { return .end }
        let entry = entries[index]
        index += 1
        guard let data = FileManager.default.contents(atPath: entry.path) else {
            return .skipped(reason: "\(entry.path): cannot be read")
        }
        do {
            var image = entry.path.lowercased().hasSuffix(".png") ? try ImageCodec.decodePNG(data) : try ImageCodec.decodeJPEG(data)
            if let crop = entry.crop { image = image.cropped(x: crop.x, y: crop.y, width: crop.width, height: crop.height) }
            current = image
            shown = 1
            return .image(image)
        } catch {
            return .skipped(reason: "\(entry.path): \(error.reason)")
        }
    }

    mutating func rewind() {
        index = 0
        shown = 0
        current = nil
    }
}
