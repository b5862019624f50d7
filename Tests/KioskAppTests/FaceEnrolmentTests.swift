import Attendance
import BlockingWork
import Camera
import FaceEngine
import Foundation
import KioskConfig
import KioskStore
import Logging
import TestEnvironment
import Testing
@testable import KioskApp
import Vocabulary

/// Enrolment integrity with the real models and the bootstrap photos (obama.jpg, obama2.jpg and obama3.jpg are
/// one man; biden.jpg another).
@Suite("Enrolment integrity", .serialized, .timeLimit(.minutes(20)))
struct FaceEnrolmentTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let models = root.appendingPathComponent("models").path
    static func photo(_ name: String) -> String { root.appendingPathComponent("assets/photos/\(name)").path }

    /// Why the tests cannot run here (files scripts/bootstrap fetches are missing), nil when they can.
    static var missing: String? {
        let needed = ["obama.jpg", "obama2.jpg", "obama3.jpg", "biden.jpg"].map(photo)
            + [models + "/dlib_face_recognition_resnet_model_v1.dat", models + "/shape_predictor_5_face_landmarks.dat"]
        let absent = needed.filter { !FileManager.default.fileExists(atPath: $0) }
        return absent.isEmpty ? nil : "run scripts/bootstrap first; missing \(absent.joined(separator: ", "))"
    }

    /// A temporary folder, removed at the end.
    final class Folder: Sendable {
        let path = NSTemporaryDirectory() + "face-enrolment-" + UUID().uuidString
        init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    static func openStore(_ folder: Folder) async throws -> KioskStore {
        let store = try await KioskStore.open(path: folder.path + "/kiosk.sqlite",
                                              options: StoreOptions(timeZone: TimeZone(identifier: "UTC")!))
        try await store.saveEmployee(Employee(code: EmployeeCode("E001"), name: "Barack Obama", role: .colaborador))
        try await store.saveEmployee(Employee(code: EmployeeCode("E003"), name: "Ana Pérez", role: .colaborador))
        return store
    }

    /// Descriptors of photos, through the same photo enrolment `kiosk enroll` uses.
    static func descriptors(_ photos: [String]) async throws -> (vectors: [[Float]], refusals: [PhotoEnrolment.Refusal]) {
        let paths = photos.map(photo)
        return try await DedicatedThread.run(name: "test-enrolment") {
            PhotoEnrolment(recognizer: try FaceModels.load(directory: models).makeRecognizer(), minFacePixels: 80).embeddings(of: paths)
        }
    }

    static let supervisor = BiometricConsent(textVersion: "test", recordedBy: EmployeeCode("S001"))

    @Test("E001's face enrolled as E003 is refused naming E001; E001 enrolled again adds to E001's templates",
          .needs(.bootstrapAssets, missing: missing))
    func oneFaceNeverUnderTwoCodes() async throws {
        let folder = try Folder()
        let store = try await Self.openStore(folder)
        let enrolment = FaceEnrolment(store: store, threshold: 0.5)
        let obama = try await Self.descriptors(["obama.jpg"]).vectors
        let first = try await enrolment.enrol(obama, for: EmployeeCode("E001"), consent: Self.supervisor, mode: .add, source: "test")
        #expect(first.ids.count == 1 && first.previous == 0)

        let obama2 = try await Self.descriptors(["obama2.jpg"]).vectors
        let refusal = await #expect(throws: EnrolmentRefusal.self) {
            try await enrolment.enrol(obama2, for: EmployeeCode("E003"), consent: Self.supervisor, mode: .add, source: "test")
        }
        #expect(refusal?.reason.es.contains("E001 (Barack Obama)") == true, "\(String(describing: refusal))")
        #expect(refusal?.reason.en.contains("distance 0.") == true)
        #expect(try await store.templateCount(for: EmployeeCode("E003")) == 0)
        #expect(try await store.recentAudit().first?.action == "biometrics.enrol.refused")
        #expect(try await store.recentAudit().first?.actor == EmployeeCode("S001"))

        // Replacing E003's (empty) templates does not help: the face is still E001's.
        await #expect(throws: EnrolmentRefusal.self) {
            try await enrolment.enrol(obama2, for: EmployeeCode("E003"), consent: Self.supervisor, mode: .replace, source: "test")
        }

        let again = try await enrolment.enrol(obama2, for: EmployeeCode("E001"), consent: Self.supervisor, mode: .add, source: "test")
        #expect(again.mode == .add && again.previous == 1 && again.total == 2)
        #expect(FaceEnrolment.summary(again, for: EmployeeCode("E001")).en.contains("added to the 1"))
        let identities = Set(try await store.loadActiveTemplates().map(\.employee))
        #expect(identities == [EmployeeCode("E001")], "one identity for one face")

        let replaced = try await enrolment.enrol(try await Self.descriptors(["obama3.jpg"]).vectors, for: EmployeeCode("E001"),
                                                 consent: Self.supervisor, mode: .replace, source: "test")
        #expect(replaced.previous == 2 && replaced.total == 1)
        #expect(try await store.templateCount(for: EmployeeCode("E001")) == 1)
        #expect(try await store.recentAudit().first?.action == "biometrics.replace")
    }

    @Test("a different face added to an employee's templates is refused", .needs(.bootstrapAssets, missing: missing))
    func aDifferentFaceUnderAnExistingCodeIsRefused() async throws {
        let folder = try Folder()
        let store = try await Self.openStore(folder)
        let enrolment = FaceEnrolment(store: store, threshold: 0.5)
        _ = try await enrolment.enrol(try await Self.descriptors(["obama.jpg"]).vectors, for: EmployeeCode("E001"),
                                      consent: Self.supervisor, mode: .add, source: "test")
        let biden = try await Self.descriptors(["biden.jpg"]).vectors
        let refusal = await #expect(throws: EnrolmentRefusal.self) {
            try await enrolment.enrol(biden, for: EmployeeCode("E001"), consent: Self.supervisor, mode: .add, source: "test")
        }
        #expect(refusal?.reason.en.contains("does not match E001's stored templates") == true, "\(String(describing: refusal))")
        #expect(try await store.templateCount(for: EmployeeCode("E001")) == 1)
    }

    @Test("photos of two people in one enrolment are refused, each named with its reason", .needs(.bootstrapAssets, missing: missing))
    func photosOfTwoPeopleAreRefused() async throws {
        let refusals = try await Self.descriptors(["obama.jpg", "obama2.jpg", "biden.jpg"]).refusals
        #expect(refusals.map(\.photo) == [Self.photo("biden.jpg")])
        #expect(refusals.first?.reason.en.contains("not the same person as the other photos") == true)
        let even = try await Self.descriptors(["obama.jpg", "biden.jpg"]).refusals
        #expect(even.count == 2 && even.allSatisfy { $0.reason.en.contains("different people") })
    }

    @Test("a blurred or too small photo is refused with the reason", .needs(.bootstrapAssets, missing: missing))
    func blurredOrSmallPhotosAreRefused() async throws {
        let path = Self.photo("obama.jpg")
        let reasons = try await DedicatedThread.run(name: "test-quality") { () throws -> [String] in
            let enrolment = PhotoEnrolment(recognizer: try FaceModels.load(directory: Self.models).makeRecognizer(), minFacePixels: 80)
            let original = try RGBImage(contentsOfFile: path)
            // Out of focus at the same size: down to a sixth and back up (bilinear) leaves no fine detail.
            let shrunk = try original.withView { try $0.resized(width: original.width / 6, height: original.height / 6) }
            let blurred = try shrunk.withView { try $0.resized(width: original.width, height: original.height) }
            // An eighth of the size: the face is about 40 px.
            let small = try original.withView { try $0.resized(width: original.width / 8, height: original.height / 8) }
            return [blurred, small, original].map { image in
                do throws(PhotoEnrolment.Refusal) {
                    _ = try enrolment.embedding(of: image, named: "test.jpg")
                    return "accepted"
                } catch {
                    return error.reason.en
                }
            }
        }
        #expect(reasons[0].hasPrefix("face blurred: sharpness"), "\(reasons[0])")
        #expect(reasons[1].contains("no face of at least 80 px") || reasons[1].hasPrefix("face too small"), "\(reasons[1])")
        #expect(reasons[2] == "accepted", "the original passes the same gate")
    }

    @Test("a camera enrolment whose replay switches person mid-way is refused and stores nothing",
          .needs(.bootstrapAssets, missing: missing))
    func cameraReplaySwitchingPersonIsRefused() async throws {
        let folder = try Folder()
        let frames = folder.path + "/frames"
        try FileManager.default.createDirectory(atPath: frames, withIntermediateDirectories: true)
        // Obama's three photos, then Biden steps in and stays (a frame a second: the enrolment sees each one
        // unless a frame takes it over a second).
        let sequence = ["obama.jpg", "obama2.jpg", "obama3.jpg"] + Array(repeating: "biden.jpg", count: 6)
        for (index, name) in sequence.enumerated() {
            try FileManager.default.copyItem(atPath: Self.photo(name), toPath: frames + "/" + String(format: "%02d", index) + "-" + name)
        }
        let store = try await Self.openStore(folder)
        var configuration = KioskConfiguration()
        configuration.kiosk.language = "en"
        let runtime = KioskRuntime(configuration: configuration, configurationSource: "test", logger: Logger(label: "test"))
        let models = try FaceModels.load(directory: Self.models)
        let source = try ReplaySource(path: frames, width: 1280, height: 1024, fps: 1, loop: false, holdFrames: 1)
        runtime.attach(store)
        runtime.devices.parts.withLock {
            $0.engine = LoadedModels(finding: models, dlib: models, detail: Bilingual(es: "", en: ""))
            $0.source = source
        }
        source.start()
        defer { source.stop() }
        let failure = await #expect(throws: CheckInMessageFailure.self) {
            _ = try await runtime.enrolFromCamera(employee: EmployeeCode("E009"), name: "Nueva Persona", supervisor: EmployeeCode("S001"),
                                                  timeout: .seconds(30)) { _ in }
        }
        #expect(failure?.message.text.contains("Two different people in front of the camera") == true, "\(String(describing: failure))")
        #expect(try await store.employee(EmployeeCode("E009")) == nil, "the new employee is not created")
        #expect(try await store.loadActiveTemplates().isEmpty, "nothing stored")
        let audit = try await store.recentAudit().first
        #expect(audit?.action == "biometrics.enrol.refused" && audit?.actor == EmployeeCode("S001"))
    }
}
