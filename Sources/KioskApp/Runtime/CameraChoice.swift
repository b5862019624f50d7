import Foundation
import KioskConfig

/// Which device `[camera] device` means on this box.
enum CameraChoice {
    /// `auto` is the first V4L2 node when one exists, else the replay fallback; anything else as given.
    static func device(for camera: KioskConfiguration.Camera, videoNodes: [String] = videoNodes()) -> String {
        guard camera.device == "auto" else { return camera.device }
        if let first = videoNodes.first { return first }
        return "replay:" + camera.fallbackReplay
    }

    /// `/dev/video*`, in numeric order.
    static func videoNodes() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/dev")) ?? [])
            .filter { $0.hasPrefix("video") }
            .sorted { (Int($0.dropFirst(5)) ?? .max) < (Int($1.dropFirst(5)) ?? .max) }
            .map { "/dev/" + $0 }
    }
}
