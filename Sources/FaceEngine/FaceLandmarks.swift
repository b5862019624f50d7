import CDlibFace

/// The five landmarks dlib's small shape predictor places on a face (two corners of each eye, then the
/// base of the nose), with the box they were found in.
public struct FaceLandmarks: Sendable, Hashable {
    /// The face box the predictor started from.
    public let box: FaceBox
    /// The five points, in dlib's order.
    public let points: [FacePoint]

    /// Landmarks from a box and its five points.
    ///
    /// - Precondition: `points.count == 5`.
    public init(box: FaceBox, points: [FacePoint]) {
        precondition(points.count == 5, "the 5-point predictor gives 5 landmarks, got \(points.count)")
        self.box = box
        self.points = points
    }
}

extension FaceLandmarks {
    /// The value as CDlibFace's struct.
    var cLandmarks: fe_landmarks {
        var shape = fe_landmarks()
        shape.box = box.cBox
        shape.x = (Int32(clamping: points[0].x), Int32(clamping: points[1].x), Int32(clamping: points[2].x),
                   Int32(clamping: points[3].x), Int32(clamping: points[4].x))
        shape.y = (Int32(clamping: points[0].y), Int32(clamping: points[1].y), Int32(clamping: points[2].y),
                   Int32(clamping: points[3].y), Int32(clamping: points[4].y))
        return shape
    }
}
