import Camera
import FaceEngine
import KioskStore

/// The components the start-up brings up one by one; any may be missing when the kiosk runs degraded.
struct KioskParts: Sendable {
    var store: KioskStore?
    var models: FaceModels?
    var source: (any FrameSource)?
    var recognition: RecognitionLoop?
    var sync: SyncLink?
}
