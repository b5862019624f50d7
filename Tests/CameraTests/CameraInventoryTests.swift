import Testing
@testable import Camera

@Suite("Camera listing")
struct CameraInventoryTests {
    @Test func noCameraIsSaidPlainly() {
        let report = CameraInventory.report([])
        #expect(report.en.hasPrefix("No camera found: this machine has no /dev/video* device."))
        #expect(report.es.hasPrefix("No se encontró ninguna cámara"))
    }

    @Test func aNodeThatCannotBeOpenedIsListedWithItsProblem() {
        let cameras = CameraInventory.scan(devicePaths: ["/dev/video-not-here"])
        #expect(cameras.count == 1)
        #expect(cameras.first?.problem?.code == .deviceMissing)
        #expect(CameraInventory.report(cameras).en.contains("/dev/video-not-here: No camera at"))
    }

    @Test func scanListsOnlyVideoNodes() {
        #expect(CameraInventory.scan().allSatisfy { $0.path.hasPrefix("/dev/video") })
    }
}
