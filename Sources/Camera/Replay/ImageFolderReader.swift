import Foundation
import Vocabulary

/// The JPEG and PNG images of a folder in name order, each shown for `holdFrames` frames.
struct ImageFolderReader: ReplayReader {
    let folder: String
    let files: [String]
    let holdFrames: Int
    private var index = 0
    private var shown = 0
    private var current: RGBImage?

    /// Lists the folder's images.
    ///
    /// - Throws: `CameraError` `.replayUnreadable` when the folder cannot be listed, `.replayEmpty` when it
    ///   holds no `.jpg`, `.jpeg` or `.png` file.
    init(folder: String, holdFrames: Int) throws(CameraError) {
        precondition(holdFrames > 0, "An image must be held for at least one frame, got \(holdFrames)")
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw CameraError(.replayUnreadable, path: folder, detail: "\(error.localizedDescription)")
        }
        let images = names.filter { ["jpg", "jpeg", "png"].contains(($0 as NSString).pathExtension.lowercased()) }
        guard !images.isEmpty else {
            throw CameraError(.replayEmpty, path: folder, detail: "no .jpg, .jpeg or .png file among \(names.count) entries")
        }
        self.folder = folder
        self.files = images.sorted().map { (folder as NSString).appendingPathComponent($0) }
        self.holdFrames = holdFrames
    }

    mutating func next() throws(CameraError) -> ReplayItem {
        if let current, shown < holdFrames {
            shown += 1
            return .image(current)
        }
        current = nil
        guard index < files.count else { return .end }
        let path = files[index]
        index += 1
        guard let data = FileManager.default.contents(atPath: path) else {
            return .skipped(reason: "\(path): cannot be read")
        }
        do {
            let image = path.lowercased().hasSuffix(".png") ? try ImageCodec.decodePNG(data) : try ImageCodec.decodeJPEG(data)
            current = image
            shown = 1
            return .image(image)
        } catch {
            return .skipped(reason: "\(path): \(error.reason)")
        }
    }

    mutating func rewind() {
        index = 0
        shown = 0
        current = nil
    }
}
