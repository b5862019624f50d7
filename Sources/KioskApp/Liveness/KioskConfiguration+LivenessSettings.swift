import FaceEngine
import KioskConfig

extension KioskConfiguration.Liveness {
    /// The liveness settings, or nil with `mode = off`.
    var settings: LivenessSettings? { isOn ? LivenessSettings(windowSeconds: Double(windowSeconds)) : nil }
}
