import Attendance
import BlockingWork
import FaceEngine
import Foundation
import KioskConfig
import KioskStore
import Vocabulary

/// The demo employees' faces, enrolled from the bootstrap photos so `make run` recognises them at once.
enum DemoFaces {
    /// Demo employee → photo in `[kiosk] demo_photos`.
    static let photos: [(code: String, photo: String)] = [
        ("E001", "obama.jpg"), ("E002", "astronaut.png"),
        // The live person of the demo replay (single_face.mp4), who blinks: greeted with liveness on.
        ("E003", "andres-perez.jpg"),
    ]

    /// The smallest face side, in pixels, a demo photo may have.
    static let photoMinimumFace = 80

    /// What the demo enrolment did.
    struct Outcome {
        var enrolled: [String] = []
        var kept: [String] = []
        var missingPhotos: [String] = []
        /// Photos the enrolment turned down, with the reason.
        var refused: [PhotoEnrolment.Refusal] = []

        func description(_ language: Language) -> String {
            var parts: [String] = []
            if !enrolled.isEmpty { parts.append(Bilingual(es: "inscritas ",
                                                           en: "enrolled ").text(language) + enrolled.joined(separator: ", ")) }
            if !kept.isEmpty { parts.append(Bilingual(es: "ya estaban ",
                                                       en: "kept ").text(language) + kept.joined(separator: ", ")) }
            if !missingPhotos.isEmpty {
                parts.append(Bilingual(es: "faltan fotos ",
                                        en: "missing photos ").text(language) + missingPhotos.joined(separator: ", "))
            }
            for refusal in refused {
                let name = URL(fileURLWithPath: refusal.photo).lastPathComponent
                parts.append(Bilingual(es: "rechazada \(name): ",
                                        en: "refused \(name): ").text(language) + refusal.reason.text(language))
            }
            return parts.joined(separator: "; ")
        }
    }

    /// Enrols each demo employee that has no template yet (idempotent).
    static func enrol(into store: KioskStore, models: FaceModels, configuration: KioskConfiguration) async throws -> Outcome {
        var outcome = Outcome()
        var pending: [(code: String, path: String)] = []
        for (code, photo) in photos {
            if try await store.templateCount(for: EmployeeCode(code)) > 0 {
                outcome.kept.append(code)
                continue
            }
            let path = URL(fileURLWithPath: configuration.kiosk.demoPhotos).appendingPathComponent(photo).path
            if FileManager.default.fileExists(atPath: path) {
                pending.append((code, path))
            } else {
                outcome.missingPhotos.append(photo)
            }
        }
        guard !pending.isEmpty else { return outcome }
        // min_face_px says how near a person stands at the door; a demo photo is a fixed portrait whose
        // face may be smaller than that (astronaut.png's is 93 px) and still gives a sharp 150 px chip.
        let minFace = min(configuration.recognition.minFacePx, Self.photoMinimumFace)
        let paths = pending.map(\.path)
        // One photo turned down must not keep the other demo employees out.
        let results = try await DedicatedThread.run(name: "demo-enrolment") { () throws -> [Result<[Float], PhotoEnrolment.Refusal>] in
            let enrolment = PhotoEnrolment(recognizer: try models.makeRecognizer(), minFacePixels: minFace, largestFaceOnly: true)
            return paths.map { path in
                do throws(PhotoEnrolment.Refusal) { return .success(try enrolment.embedding(of: path).values) } catch { return .failure(error) }
            }
        }
        // The same checks as any enrolment: a demo photo whose face is already someone else's is refused.
        let enrolment = FaceEnrolment(store: store, threshold: Float(configuration.recognition.threshold))
        for (item, result) in zip(pending, results) {
            switch result {
            case .success(let vector):
                let consent = BiometricConsent(textVersion: "demo", recordedBy: AuditEntry.systemActor)
                do {
                    _ = try await enrolment.enrol([vector], for: EmployeeCode(item.code), consent: consent, mode: .add,
                                                  source: "demo photo \(URL(fileURLWithPath: item.path).lastPathComponent)")
                    outcome.enrolled.append(item.code)
                } catch let refusal as EnrolmentRefusal {
                    outcome.refused.append(PhotoEnrolment.Refusal(photo: item.path, reason: refusal.reason))
                }
            case .failure(let refusal):
                outcome.refused.append(refusal)
            }
        }
        return outcome
    }
}
