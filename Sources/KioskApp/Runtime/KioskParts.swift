import Camera
import FaceEngine

/// The parts of the door that come and go while it runs: the start-up may not bring them up (no camera,
/// models missing), and the technician reopens the camera and reloads the models.
struct KioskParts: Sendable {
    /// The loaded face engine (recognition) and dlib's models (enrolment, the recognition test).
    var engine: LoadedModels?
    /// The 68-point predictor, loaded only with `[liveness] mode = on`.
    var shapes: FaceShapeModel?
    var source: (any FrameSource)?
    var recognition: RecognitionLoop?
}
