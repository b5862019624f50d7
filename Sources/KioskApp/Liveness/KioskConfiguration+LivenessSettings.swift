public import FaceEngine
public import KioskConfig

extension KioskConfiguration.Liveness {
    /// The liveness settings, or nil with `mode = off` (the door and the soak benchmark read them).
    public var settings: LivenessSettings? { isOn ? LivenessSettings(windowSeconds: Double(windowSeconds)) : nil }
}
