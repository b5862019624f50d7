import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An MJPEG stream file: JPEG pictures one after another. A corrupt picture is skipped, the rest play on.
struct MJPEGStreamReader: ReplayReader {
    let path: String
    private let data: Data
    private var offset = 0
    /// Bytes from the start whose mapped pages were handed back (see ``releasePlayed(before:)``).
    private var released = 0

    /// Maps the file.
    ///
    /// - Throws: `CameraError` `.replayUnreadable` when the file cannot be read, `.replayEmpty` when it
    ///   holds no JPEG start marker at all.
    init(path: String) throws(CameraError) {
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw CameraError(.replayUnreadable, path: path, detail: error.localizedDescription)
        }
        let hasPicture = data.withUnsafeBytes { JPEGStreamScanner.piece(in: $0, from: 0) != nil }
        guard hasPicture else {
            throw CameraError(.replayEmpty, path: path, detail: "no JPEG start marker in \(data.count) bytes")
        }
        self.path = path
    }

    mutating func next() throws(CameraError) -> ReplayItem {
        let start = offset
        guard let piece = data.withUnsafeBytes({ JPEGStreamScanner.piece(in: $0, from: start) }) else { return .end }
        offset = piece.range.upperBound
        releasePlayed(before: piece.range.lowerBound)
        if piece.damaged {
            return .skipped(reason: "bytes \(piece.range.lowerBound)..<\(piece.range.upperBound): broken JPEG markers")
        }
        do {
            return .image(try ImageCodec.decodeJPEG(data[piece.range]))
        } catch {
            return .skipped(reason: "bytes \(piece.range.lowerBound)..<\(piece.range.upperBound): \(error.reason)")
        }
    }

    mutating func rewind() {
        releasePlayed(before: data.count)
        offset = 0
        released = 0
    }

    /// Unmaps the pages of the pictures already played, before `start` (the picture about to be decoded), every
    /// 128 kB: a looping replay would otherwise keep the whole file resident in the kiosk (11 MB for the demo).
    /// The file stays in the page cache; the next loop maps it back picture by picture.
    private mutating func releasePlayed(before start: Int) {
        #if canImport(Glibc)
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let end = start / page * page
        guard end - released >= 128 << 10 else { return }
        let from = released
        data.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress, Int(bitPattern: base) % page == 0 else { return }
            _ = madvise(UnsafeMutableRawPointer(mutating: base + from), end - from, MADV_DONTNEED)
        }
        released = end
        #endif
    }
}
