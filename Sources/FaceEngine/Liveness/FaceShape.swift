/// The 68 landmarks dlib's large shape predictor places on a face (iBUG 300-W's layout: jaw 0–16, brows
/// 17–26, nose 27–35, eyes 36–47, mouth 48–67), in image pixels.
public struct FaceShape: Sendable, Hashable {
    /// Number of landmarks.
    public static let count = 68
    /// The points, in the predictor's order.
    public let points: [SIMD2<Double>]

    /// A shape from its 68 points.
    ///
    /// - Precondition: `points.count == 68`.
    public init(points: [SIMD2<Double>]) {
        precondition(points.count == Self.count, "a 68-point shape has 68 points, got \(points.count)")
        self.points = points
    }

    /// Indices of the right eye (the subject's; on the left of the picture), as the EAR reads them: corner,
    /// upper lid, upper lid, corner, lower lid, lower lid.
    public static let rightEye = Array(36...41)
    /// Indices of the left eye, in the same order.
    public static let leftEye = Array(42...47)
    /// Brows, nose and the four eye corners: the points that move least with a blink or speech, which
    /// ``LivenessTracker`` aligns frames on.
    public static let stable = Array(17...35) + [36, 39, 42, 45]
    /// Everything but the jaw line, whose points slide along the contour: the points whose motion the
    /// plane's homography must explain.
    public static let inner = Array(17...67)

    /// Distance between the two eye centres, the shape's scale.
    public var interocularDistance: Double {
        let right = Self.rightEye.reduce(SIMD2<Double>.zero) { $0 + points[$1] } / 6
        let left = Self.leftEye.reduce(SIMD2<Double>.zero) { $0 + points[$1] } / 6
        return ((left - right) * (left - right)).sum().squareRoot()
    }

    /// The points at `indices`.
    public func points(_ indices: [Int]) -> [SIMD2<Double>] { indices.map { points[$0] } }
}
