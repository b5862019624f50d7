import Foundation
import KioskConfig
import Testing
@testable import KioskApp

@Suite struct CameraChoiceTests {
    @Test func explicitDeviceIsKept() {
        var camera = KioskConfiguration.Camera()
        camera.device = "/dev/video3"
        #expect(CameraChoice.device(for: camera) == "/dev/video3")
        camera.device = "replay:/srv/clip.y4m"
        #expect(CameraChoice.device(for: camera) == "replay:/srv/clip.y4m")
    }

    @Test func autoPicksTheFirstWebcam() {
        let camera = KioskConfiguration.Camera()
        #expect(CameraChoice.device(for: camera, videoNodes: ["/dev/video0", "/dev/video1"]) == "/dev/video0")
    }

    @Test func autoWithoutWebcamUsesTheReplay() {
        var camera = KioskConfiguration.Camera()
        camera.fallbackReplay = "/srv/demo"
        #expect(CameraChoice.device(for: camera, videoNodes: []) == "replay:/srv/demo")
    }
}
