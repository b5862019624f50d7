/// The parts the runtime is built from that a test replaces with scripted ones: the model loader and the
/// camera (dlib's models and V4L2 or replay sources at the door).
public struct KioskSeams: Sendable {
    /// Loads the face models (the model-load phase, the technician's reload).
    public var models: any ModelLoading
    /// Opens the camera (the camera phase, the technician's reopen).
    public var cameras: any CameraOpening

    public init(models: any ModelLoading = DlibModelLoader(), cameras: any CameraOpening = SystemCameras()) {
        self.models = models
        self.cameras = cameras
    }
}
