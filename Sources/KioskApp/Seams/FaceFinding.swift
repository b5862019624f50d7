public import Camera
public import FaceEngine

/// Finds the largest face of a frame and describes it. Each recognition worker owns one: dlib's networks
/// are not thread-safe.
public protocol FaceFinder {
    /// The largest face of `frame` of at least `settings.minFacePixels`, searched first around `lastBox`.
    func largestFace(in frame: Frame, settings: DetectionSettings, near lastBox: FaceBox?) throws -> (box: FaceBox, embedding: Embedding)?
}

/// The loaded face engine as the recognition loop meets it: it makes one ``FaceFinder`` per worker, copies of
/// the one set of networks loaded (never a second load). dlib's ``FaceModels`` in the kiosk; scripted in tests.
public protocol FaceFinding: Sendable {
    /// A finder for one worker's thread.
    func makeFinder() throws -> any FaceFinder
}

extension FaceModels: FaceFinding {
    public func makeFinder() throws -> any FaceFinder {
        try makeRecognizer()
    }
}

extension FaceRecognizer: FaceFinder {
    public func largestFace(in frame: Frame, settings: DetectionSettings, near lastBox: FaceBox?) throws -> (box: FaceBox, embedding: Embedding)? {
        try frame.image.withView { view in
            if let lastBox, let region = FaceRegion(around: lastBox, frameWidth: frame.width, frameHeight: frame.height),
               let face = try largestFace(
                   in: view.cropped(x: region.x, y: region.y, width: region.width, height: region.height), settings: settings) {
                return (region.toFrame(face.box), face.embedding)
            }
            return try largestFace(in: view, settings: settings).map { ($0.box, $0.embedding) }
        }
    }
}
