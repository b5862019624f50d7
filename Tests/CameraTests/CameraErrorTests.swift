import Glibc
import Testing
@testable import Camera

@Suite("Camera errors")
struct CameraErrorTests {
    @Test func errnoMapsToThePlainWordsCase() {
        let cases: [(Int32, CameraError.Code)] = [
            (ENOENT, .deviceMissing), (EACCES, .permissionDenied), (EBUSY, .busy), (ENOTTY, .notCaptureDevice),
            (ENODEV, .deviceLost), (EIO, .deviceLost), (EINVAL, .deviceFailure),
        ]
        for (number, code) in cases {
            #expect(CameraError.from(errno: number, path: "/dev/video0", doing: "open").code == code)
        }
    }

    @Test func everyMessageSaysWhatToDoInBothLanguages() {
        let fixes: [(CameraError.Code, String, String)] = [
            (.deviceMissing, "kiosk diagnose", "kiosk diagnose"),
            (.permissionDenied, "add the kiosk user to the video group", "añada el usuario del quiosco al grupo video"),
            (.busy, "used by another program", "la usa otro programa"),
            (.notCaptureDevice, "not a video capture device", "no es un dispositivo de captura"),
            (.noUsableFormat, "no usable format", "ningún formato utilizable"),
        ]
        for (code, english, spanish) in fixes {
            let error = CameraError(code, path: "/dev/video0", detail: "open: detail")
            #expect(error.message(in: .en).contains(english), "\(code)")
            #expect(error.message(in: .es).contains(spanish), "\(code)")
            #expect(error.message(in: .en).contains("/dev/video0") && error.message(in: .es).contains("/dev/video0"))
            #expect(error.description == error.message(in: .en))
            #expect(error.debugDescription.contains("CameraErrorTests.swift"))
        }
    }
}
