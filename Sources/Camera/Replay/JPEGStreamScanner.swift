/// Finds the JPEG pictures in a concatenated (MJPEG) stream by walking JPEG markers, so an EXIF thumbnail
/// inside a picture is not mistaken for the end of it, and garbage is skipped up to the next start marker.
struct JPEGStreamScanner {
    /// One piece of the stream: a picture's byte range, and whether its marker structure was broken.
    struct Piece: Equatable {
        let range: Range<Int>
        let damaged: Bool
    }

    /// The next piece starting at or after `offset`, or nil when no start-of-image marker remains.
    static func piece(in bytes: UnsafeRawBufferPointer, from offset: Int) -> Piece? {
        guard let start = startOfImage(in: bytes, from: offset) else { return nil }
        var position = start + 2
        while true {
            guard position + 1 < bytes.count else { return Piece(range: start..<bytes.count, damaged: true) }
            guard bytes[position] == 0xFF else { return resynchronised(bytes, start: start, after: position) }
            let marker = bytes[position + 1]
            switch marker {
            case 0xFF:
                position += 1
            case 0xD9:
                return Piece(range: start..<position + 2, damaged: false)
            case 0xD8:
                return Piece(range: start..<position, damaged: true)
            case 0x01, 0xD0...0xD7:
                position += 2
            default:
                guard position + 3 < bytes.count else { return Piece(range: start..<bytes.count, damaged: true) }
                let length = Int(bytes[position + 2]) << 8 | Int(bytes[position + 3])
                guard length >= 2 else { return resynchronised(bytes, start: start, after: position + 2) }
                position += 2 + length
                if marker == 0xDA { position = endOfEntropyData(bytes, from: position) }
            }
        }
    }

    private static func startOfImage(in bytes: UnsafeRawBufferPointer, from offset: Int) -> Int? {
        var index = offset
        while index + 2 < bytes.count {
            if bytes[index] == 0xFF && bytes[index + 1] == 0xD8 && bytes[index + 2] == 0xFF { return index }
            index += 1
        }
        return nil
    }

    /// A broken picture runs up to the next start marker (or the end of the stream).
    private static func resynchronised(_ bytes: UnsafeRawBufferPointer, start: Int, after position: Int) -> Piece {
        Piece(range: start..<(startOfImage(in: bytes, from: position) ?? bytes.count), damaged: true)
    }

    /// Entropy-coded data ends at the first marker that is neither a stuffed 0xFF00 nor a restart marker.
    private static func endOfEntropyData(_ bytes: UnsafeRawBufferPointer, from offset: Int) -> Int {
        var index = offset
        while index + 1 < bytes.count {
            if bytes[index] == 0xFF {
                let next = bytes[index + 1]
                if next != 0x00 && next != 0xFF && !(0xD0...0xD7).contains(next) { return index }
            }
            index += 1
        }
        return bytes.count
    }
}
