import Attendance
import BlockingWork
import FaceEngine
import Foundation
import KioskStore
import Testing

@testable import KioskApp

/// Jittered enrolment templates go through the same encrypted storage as every other template.
@Suite struct JitteredTemplateStorageTests {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    @Test func jitteredTemplatesAreDeterministicAndStoredEncrypted() async throws {
        let photo = Self.root + "/assets/photos/obama.jpg"
        let (jittered, again, plain) = try await DedicatedThread.run(name: "jitter-test") { () throws -> ([Float], [Float], [Float]) in
            let recognizer = try FaceModels.load(directory: Self.root + "/models").makeRecognizer()
            let enrolment = PhotoEnrolment(recognizer: recognizer, minFacePixels: 80)
            let single = PhotoEnrolment(recognizer: recognizer, minFacePixels: 80, jitters: 1)
            return (try enrolment.embedding(of: photo).values, try enrolment.embedding(of: photo).values,
                    try single.embedding(of: photo).values)
        }
        #expect(PhotoFaceFinder.enrolmentJitters > 1, "enrolment jitters its templates")
        #expect(jittered == again, "the same photo gives the same jittered template (seeded)")
        #expect(jittered != plain)

        let folder = NSTemporaryDirectory() + "jittered-templates-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try await KioskStore.open(path: folder + "/kiosk.sqlite")
        try await store.saveEmployee(Employee(code: EmployeeCode("E900"), name: "Ana Prueba"))
        try await store.addTemplates(for: EmployeeCode("E900"), vectors: [jittered],
                                     consent: BiometricConsent(textVersion: "test", recordedBy: EmployeeCode("S001")))
        let loaded = try await store.loadActiveTemplates()
        #expect(loaded.map(\.vector) == [jittered], "the template opens with the key file")
        // At rest: neither the database nor its WAL holds a run of the template's bytes.
        let plainBytes = jittered.withUnsafeBufferPointer { Data(buffer: $0) }
        for file in ["kiosk.sqlite", "kiosk.sqlite-wal"] {
            guard let contents = FileManager.default.contents(atPath: folder + "/" + file) else { continue }
            #expect(contents.range(of: plainBytes.prefix(16)) == nil, "\(file) holds the template in clear")
            #expect(contents.range(of: plainBytes.suffix(16)) == nil, "\(file) holds the template in clear")
        }
    }
}
