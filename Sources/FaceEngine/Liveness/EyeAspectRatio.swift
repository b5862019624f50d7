/// The eye aspect ratio (Soukupová and Čech, "Real-Time Eye Blink Detection using Facial Landmarks", 2016):
/// the two lid-to-lid heights over twice the corner-to-corner width. About 0.25–0.4 for an open eye, under
/// 0.15 for a closed one, whatever the face's size.
public enum EyeAspectRatio {
    /// The ratio of one eye given its six points in the 68-point order (corner, two upper lid, corner, two
    /// lower lid).
    public static func of(_ eye: [SIMD2<Double>]) -> Double {
        precondition(eye.count == 6, "an eye has 6 points, got \(eye.count)")
        func distance(_ a: SIMD2<Double>, _ b: SIMD2<Double>) -> Double { ((a - b) * (a - b)).sum().squareRoot() }
        let width = distance(eye[0], eye[3])
        guard width > 0 else { return 0 }
        return (distance(eye[1], eye[5]) + distance(eye[2], eye[4])) / (2 * width)
    }

    /// The mean of both eyes' ratios.
    public static func of(_ shape: FaceShape) -> Double {
        (of(shape.points(FaceShape.rightEye)) + of(shape.points(FaceShape.leftEye))) / 2
    }
}
