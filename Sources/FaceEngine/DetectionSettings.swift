/// How faces are searched for: the smallest face wanted and the HOG upsampling.
///
/// dlib's HOG window finds faces of about 80 pixels and more at upsample 0, so the detector reads a grey
/// copy scaled by `80 / (minFacePixels * 2^upsample)` (at most 1): a door camera sees big faces, and a
/// smaller image is faster. Faces narrower than `minFacePixels` are dropped.
public struct DetectionSettings: Sendable, Hashable {
    /// Face side the HOG detector finds at upsample 0, in pixels of the image it reads.
    public static let detectorWindow = 80.0

    /// Smallest face kept, in pixels of the original image (0 keeps every face, at full resolution).
    public var minFacePixels: Int
    /// How many times the detector's input is doubled (0...3); each step costs about 4x the time.
    public var upsample: Int

    /// Settings for the kiosk (defaults: `recognition.min_face_px` 100, `recognition.upsample` 0).
    ///
    /// - Precondition: `minFacePixels >= 0` and `upsample` is in 0...3.
    public init(minFacePixels: Int = 100, upsample: Int = 0) {
        precondition(minFacePixels >= 0, "minFacePixels \(minFacePixels) must not be negative")
        precondition((0...3).contains(upsample), "upsample \(upsample) must be in 0...3")
        self.minFacePixels = minFacePixels
        self.upsample = upsample
    }

    /// Settings for enrolment photos and accuracy runs: every face, upsampled once as face_recognition does.
    public static let photos = DetectionSettings(minFacePixels: 0, upsample: 1)

    /// The factor applied to the image before detection, in 0.1...1.
    public var scale: Double {
        guard minFacePixels > 0 else { return 1 }
        let wanted = DetectionSettings.detectorWindow / (Double(minFacePixels) * Double(1 << upsample))
        return min(1, max(0.1, wanted))
    }
}
