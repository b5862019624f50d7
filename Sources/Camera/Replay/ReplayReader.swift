import Vocabulary

/// What a replay reader yields next.
enum ReplayItem: Sendable, Equatable {
    /// A decoded picture, in the file's own size.
    case image(RGBImage)
    /// A picture that could not be decoded; the reason is for logs, the capture goes on.
    case skipped(reason: String)
    /// Nothing more until `rewind()`.
    case end
}

/// A file or folder read frame by frame, synchronously; `ReplaySource` runs it on its capture thread.
protocol ReplayReader: Sendable {
    /// The next picture, a skipped one, or the end.
    ///
    /// - Throws: `CameraError` when the replay cannot go on (a Y4M file cut short, a file gone).
    mutating func next() throws(CameraError) -> ReplayItem
    /// Starts again from the first picture.
    mutating func rewind()
}
