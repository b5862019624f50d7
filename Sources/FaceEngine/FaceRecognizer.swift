import CDlibFace
import Vocabulary

/// One worker's face pipeline: detection, landmarks, chip and descriptor, on private copies of the
/// loaded networks.
///
/// dlib's networks are not thread-safe, so a recognizer is not `Sendable`: make one per recognition thread
/// with ``FaceModels/makeRecognizer()`` and use it only there. For example:
///
/// ```swift
/// let models = try FaceModels.load(directory: "models")
/// let recognizer = try models.makeRecognizer()
/// let photo = try RGBImage(contentsOfFile: "ana.jpg")
/// let face = try photo.withView { try recognizer.largestFace(in: $0, settings: .photos) }
/// ```
public final class FaceRecognizer {
    let engine: OpaquePointer
    /// The models this recognizer copied; kept alive as long as the recognizer.
    public let models: FaceModels

    init(models: FaceModels, engine: OpaquePointer) {
        self.models = models
        self.engine = engine
    }

    deinit { fe_engine_free(engine) }

    /// The code that computes this recognizer's descriptors.
    public var descriptorBackend: DescriptorBackend { DescriptorBackend(fe_engine_descriptor_backend(engine)) }

    /// Finds faces, largest first, following `settings` (downscaled grey copy, upsampling, minimum size).
    ///
    /// - Throws: ``FaceEngineError`` `.dlibFailure` if dlib fails.
    public func detectFaces(in image: RGBImageView, settings: DetectionSettings) throws(FaceEngineError) -> [FaceBox] {
        try detectFaces(in: image, scale: settings.scale, upsample: settings.upsample)
            .filter { $0.width >= settings.minFacePixels }
    }

    /// Finds faces, largest first, on a grey copy of `image` scaled by `scale` (0 < scale <= 1) and upsampled
    /// `upsample` times (0...3); boxes are in `image`'s pixels.
    ///
    /// - Throws: ``FaceEngineError`` `.dlibFailure` if dlib fails.
    public func detectFaces(in image: RGBImageView, scale: Double, upsample: Int) throws(FaceEngineError) -> [FaceBox] {
        precondition(scale > 0 && scale <= 1, "scale \(scale) must be in (0, 1]")
        precondition((0...3).contains(upsample), "upsample \(upsample) must be in 0...3")
        let source = image.cImage
        var boxes = [fe_box](repeating: fe_box(), count: 16)
        var count: Int32 = 0
        while true {
            let capacity = Int32(boxes.count)
            try boxes.withUnsafeMutableBufferPointer { buffer throws(FaceEngineError) in
                try callDlib { fe_detect(engine, source, scale, Int32(upsample), buffer.baseAddress, capacity, &count, $0, $1) }
            }
            if Int(count) <= boxes.count { break }
            boxes = [fe_box](repeating: fe_box(), count: Int(count))
        }
        return boxes.prefix(Int(count)).map {
            FaceBox(left: Int($0.left), top: Int($0.top), right: Int($0.right), bottom: Int($0.bottom), score: $0.score)
        }
    }

    /// Places the five landmarks of the face in `box`.
    ///
    /// - Throws: ``FaceEngineError`` `.dlibFailure` if dlib fails.
    public func landmarks(in image: RGBImageView, box: FaceBox) throws(FaceEngineError) -> FaceLandmarks {
        var found = fe_landmarks()
        let source = image.cImage
        try callDlib { fe_landmarks_find(engine, source, box.cBox, &found, $0, $1) }
        let xs = withUnsafeBytes(of: found.x) { Array($0.bindMemory(to: Int32.self)) }
        let ys = withUnsafeBytes(of: found.y) { Array($0.bindMemory(to: Int32.self)) }
        return FaceLandmarks(box: box, points: zip(xs, ys).map { FacePoint(x: Int($0), y: Int($1)) })
    }

    /// Extracts the aligned 150 x 150 chip of the face at `landmarks`.
    ///
    /// - Throws: ``FaceEngineError`` `.dlibFailure` if dlib fails.
    public func chip(in image: RGBImageView, landmarks: FaceLandmarks) throws(FaceEngineError) -> FaceChip {
        var shape = landmarks.cLandmarks
        let source = image.cImage
        var pixels = [UInt8](repeating: 0, count: FaceChip.size * FaceChip.size * 3)
        try pixels.withUnsafeMutableBufferPointer { buffer throws(FaceEngineError) in
            try callDlib { fe_chip_extract(source, &shape, buffer.baseAddress, $0, $1) }
        }
        return FaceChip(image: RGBImage(width: FaceChip.size, height: FaceChip.size, pixels: pixels))
    }

    /// Computes the 128-D descriptor of an aligned chip.
    ///
    /// - Throws: ``FaceEngineError`` `.dlibFailure` if dlib fails.
    public func embedding(of chip: FaceChip) throws(FaceEngineError) -> Embedding {
        var values = [Float](repeating: 0, count: Embedding.length)
        try chip.image.pixels.withUnsafeBufferPointer { pixels throws(FaceEngineError) in
            try values.withUnsafeMutableBufferPointer { output throws(FaceEngineError) in
                try callDlib { fe_descriptor_compute(engine, pixels.baseAddress, output.baseAddress, $0, $1) }
            }
        }
        return Embedding(values: values)
    }

    /// Landmarks, chip and descriptor of the face in `box` (the box decides the landmarks, hence the result).
    ///
    /// - Throws: ``FaceEngineError`` `.dlibFailure` if dlib fails.
    public func embedding(in image: RGBImageView, box: FaceBox) throws(FaceEngineError) -> Embedding {
        try embedding(of: chip(in: image, landmarks: landmarks(in: image, box: box)))
    }

    /// The whole pipeline on one frame: the largest face at least `settings.minFacePixels` wide, described,
    /// or nil when there is none.
    ///
    /// - Throws: ``FaceEngineError`` `.dlibFailure` if dlib fails.
    public func largestFace(in image: RGBImageView, settings: DetectionSettings) throws(FaceEngineError) -> FaceObservation? {
        var watch = Stopwatch()
        let faces = try detectFaces(in: image, settings: settings)
        let detectSeconds = watch.seconds
        guard let box = faces.first else { return nil }
        watch = Stopwatch()
        let landmarks = try landmarks(in: image, box: box)
        let landmarksSeconds = watch.seconds
        watch = Stopwatch()
        let chip = try chip(in: image, landmarks: landmarks)
        let chipSeconds = watch.seconds
        watch = Stopwatch()
        let embedding = try embedding(of: chip)
        return FaceObservation(box: box, landmarks: landmarks, embedding: embedding, facesFound: faces.count,
                               detectSeconds: detectSeconds, landmarksSeconds: landmarksSeconds,
                               chipSeconds: chipSeconds, descriptorSeconds: watch.seconds)
    }
}
