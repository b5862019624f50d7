import CDlibFace

/// Where a face is, in the pixels of the image it was found in (right and bottom inclusive, as dlib's
/// rectangles), with the detector's score.
public struct FaceBox: Sendable, Hashable, Codable {
    /// First column of the face.
    public var left: Int
    /// First row of the face.
    public var top: Int
    /// Last column of the face.
    public var right: Int
    /// Last row of the face.
    public var bottom: Int
    /// The HOG detector's confidence (higher is surer; 0 for boxes given by hand).
    public var score: Double

    /// A box from its edges (inclusive).
    public init(left: Int, top: Int, right: Int, bottom: Int, score: Double = 0) {
        self.left = left
        self.top = top
        self.right = right
        self.bottom = bottom
        self.score = score
    }

    /// Width in pixels.
    public var width: Int { right - left + 1 }
    /// Height in pixels.
    public var height: Int { bottom - top + 1 }
    /// Area in pixels.
    public var area: Int { width * height }
}

extension FaceBox {
    /// The value as CDlibFace's struct.
    var cBox: fe_box {
        fe_box(left: Int32(clamping: left), top: Int32(clamping: top), right: Int32(clamping: right),
               bottom: Int32(clamping: bottom), score: score)
    }
}
