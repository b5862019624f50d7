import Camera
import KioskConfig
import Testing
@testable import KioskApp
import Vocabulary

@Suite("ScreenFailure's words")
struct ScreenFailureTests {
    @Test func aLocalizedErrorKeepsBothLanguagesAndItsFix() {
        let error = ConfigError(.outOfRange, file: "kiosk.conf", line: 9, key: "camera.fps", found: "500")
        let failure = ScreenFailure(error)
        #expect(failure.code == .configuration)
        #expect(failure.message(in: .es) == error.message(in: .es))
        #expect(failure.message(in: .en) == error.message(in: .en))
        #expect(failure.fix(in: .es) == error.fix(in: .es))
        #expect(failure.sentence(in: .es).hasSuffix(error.fix(in: .es)!))
    }

    @Test func theCodeSaysWhichRoomFailed() {
        #expect(ScreenFailure(CameraError(.busy, path: "/dev/video0")).code == .camera)
        #expect(ScreenFailure(Bilingual(es: "sin base de datos", en: "no database")).code == .refused)
        let wrapped = ScreenFailure(CameraError(.busy, path: "/dev/video0"))
        #expect(ScreenFailure(wrapped) == wrapped)
    }

    @Test func aCheckInRefusalReadsAsTheRuntimeWroteIt() {
        let refusal = CheckInMessageFailure(CheckInMessage(text: "PIN incorrecto", detail: "quedan 2 intentos", tone: .failure))
        let failure = ScreenFailure(refusal)
        #expect(failure.sentence(in: .es) == "PIN incorrecto: quedan 2 intentos")
        #expect(failure.fix(in: .es) == nil)
    }

    struct Leaky: Error, CustomStringConvertible { var description: String { "employee E042 at /var/lib/asistencia/kiosk.sqlite" } }

    @Test func descriptionsDoNotLeakWhatTheMessageQuotes() {
        let camera = ScreenFailure(CameraError(.busy, path: "/dev/video0"))
        #expect(camera.description == "ScreenFailure.camera")
        #expect(camera.debugDescription.contains("/dev/video0"))
        let unknown = ScreenFailure(Leaky())
        #expect(unknown.code == .unexpected)
        for language in Language.allCases {
            #expect(!unknown.sentence(in: language).contains("E042"))
            #expect(!unknown.sentence(in: language).contains("/var/lib"))
            #expect(unknown.fix(in: language)?.contains("kiosk diagnose") == true)
        }
    }
}
