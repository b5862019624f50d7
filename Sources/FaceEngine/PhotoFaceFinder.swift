/// The photo and enrolment pipeline's face search: HOG on the colour image (upsampled once, twice for a
/// small photo), then dlib's CNN detector when HOG finds nothing. Slower than the door's grey, downscaled
/// path and meant for photos: enrolment, seeds, accuracy runs.
///
/// For example:
///
/// ```swift
/// let finder = PhotoFaceFinder(recognizer: recognizer, cnn: try CNNFaceModel.load(directory: "models").makeDetector())
/// if let found = try photo.withView({ try finder.largestFace(in: $0) }) { print(found.detector, found.box) }
/// ```
public struct PhotoFaceFinder {
    /// Which step of the search found the faces.
    public enum Detector: String, Sendable, Codable, CaseIterable {
        /// HOG on the colour image, upsampled once (face_recognition's default).
        case hog
        /// HOG on the colour image upsampled twice (small photos only).
        case hogUpsampled
        /// The CNN (MMOD) detector.
        case cnn
    }

    /// Faces found by one step, largest first.
    public struct Faces {
        /// The boxes, largest first (never empty).
        public let boxes: [FaceBox]
        /// The step that found them.
        public let detector: Detector
    }

    /// Photos up to this many pixels are searched with HOG at upsample 1; larger ones (whose faces are
    /// large) at upsample 0, which is four times cheaper.
    public static let upsampleOnceMaxPixels = 2_500_000
    /// Photos up to this many pixels get a second HOG pass at upsample 2 before the CNN.
    public static let upsampleTwiceMaxPixels = 400_000
    /// The CNN reads the photo resized to about this many pixels (at most doubled): its cost grows with
    /// the pixels, and a face in a larger photo is large enough at this size.
    public static let cnnPixels = 1_000_000.0

    /// Jittered passes per enrolment template, chosen with `kiosk bench --identification --jitters N` on the
    /// dev set (README, "Recognition accuracy"): each pass costs one descriptor.
    public static let enrolmentJitters = 10

    /// The recognizer whose HOG detector runs first (used on the calling thread).
    public let recognizer: FaceRecognizer
    /// The CNN fallback; nil searches with HOG only.
    public let cnn: CNNFaceDetector?

    /// A finder with `recognizer`'s HOG and, when given, the CNN fallback.
    public init(recognizer: FaceRecognizer, cnn: CNNFaceDetector?) {
        self.recognizer = recognizer
        self.cnn = cnn
    }

    /// The faces of `image`, from the first step that finds any, or nil when none does.
    ///
    /// - Throws: ``FaceEngineError`` `.dlibFailure` if dlib fails.
    public func faces(in image: RGBImageView) throws(FaceEngineError) -> Faces? {
        let pixels = image.width * image.height
        let first = try recognizer.detectFacesInColour(in: image, upsample: pixels <= PhotoFaceFinder.upsampleOnceMaxPixels ? 1 : 0)
        if !first.isEmpty { return Faces(boxes: first, detector: .hog) }
        if pixels <= PhotoFaceFinder.upsampleTwiceMaxPixels {
            let second = try recognizer.detectFacesInColour(in: image, upsample: 2)
            if !second.isEmpty { return Faces(boxes: second, detector: .hogUpsampled) }
        }
        guard let cnn else { return nil }
        let scale = min(2, (PhotoFaceFinder.cnnPixels / Double(pixels)).squareRoot())
        let third = try cnn.detectFaces(in: image, scale: scale)
        return third.isEmpty ? nil : Faces(boxes: third, detector: .cnn)
    }

    /// The largest face of `image` and the step that found it, or nil.
    ///
    /// - Throws: ``FaceEngineError`` `.dlibFailure` if dlib fails.
    public func largestFace(in image: RGBImageView) throws(FaceEngineError) -> (box: FaceBox, detector: Detector)? {
        try faces(in: image).map { ($0.boxes[0], $0.detector) }
    }

    /// The descriptor of the face in `box`: one pass when `jitters` is 1, else the mean of `jitters`
    /// jittered passes seeded by `seed` (enrolment templates).
    ///
    /// - Throws: ``FaceEngineError`` `.dlibFailure` if dlib fails.
    public func embedding(in image: RGBImageView, box: FaceBox, jitters: Int = 1,
                          seed: UInt64 = FaceRecognizer.defaultJitterSeed) throws(FaceEngineError) -> Embedding {
        let chip = try recognizer.chip(in: image, landmarks: recognizer.landmarks(in: image, box: box))
        return jitters <= 1 ? try recognizer.embedding(of: chip) : try recognizer.embedding(of: chip, jitters: jitters, seed: seed)
    }
}
