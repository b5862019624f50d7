import Camera
import FaceEngine
import KioskStore

/// The components the start-up brings up one by one; any may be missing when the kiosk runs degraded.
struct KioskParts: Sendable {
    var store: KioskStore?
    /// The loaded face engine (recognition) and dlib's models (enrolment, the recognition test).
    var engine: LoadedModels?
    /// The 68-point predictor, loaded only with `[liveness] mode = on`.
    var shapes: FaceShapeModel?
    var source: (any FrameSource)?
    var recognition: RecognitionLoop?
    var sync: SyncLink?
}
