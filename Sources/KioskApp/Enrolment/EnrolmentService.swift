import Attendance
import BlockingWork
import Camera
import FaceEngine
import Foundation
import KioskStore
import Vocabulary

/// Face enrolment at the kiosk (supervisor screen): frames from the live camera through the quality gate,
/// stored through ``FaceEnrolment`` with the consent. Built once the database is open; the camera and the
/// models are handed in at each enrolment, as they are at that moment.
final class EnrolmentService: DoorService, Sendable {
    let door: DoorContext
    let store: KioskStore

    init(door: DoorContext, store: KioskStore) {
        self.door = door
        self.store = store
    }
}

extension EnrolmentService {
    /// Enrols a face from the live camera: `needed` frames of one person that pass the quality gate become
    /// templates, stored through ``FaceEnrolment`` (nobody else's face, the same face as the employee's
    /// stored templates) with the consent. Refusals are audited.
    ///
    /// - Parameters:
    ///   - employee: the person (created or renamed when `name` is given, only if the enrolment is stored).
    ///   - supervisor: who recorded the consent.
    ///   - update: called with progress after each frame looked at.
    /// - Returns: what was stored, in words.
    /// - Throws: `CheckInMessageFailure` saying why nothing was stored.
    func enrolFromCamera(
        models: FaceModels, source: any FrameSource,
        employee code: EmployeeCode, name: String?, supervisor: EmployeeCode, needed: Int, timeout: Duration,
        update: @escaping @Sendable (CameraEnrolment.Progress) -> Void
    ) async throws -> Bilingual {
        let existing = try await store.employee(code)
        var newEmployee: Employee?
        if let name, !name.isEmpty {
            newEmployee = Employee(code: code, name: name, role: existing?.role ?? .colaborador)
        } else if existing == nil {
            throw CheckInMessageFailure(CheckInMessage(text: Bilingual(es: "Empleado \(code) desconocido: indique su nombre",
                                                                       en: "Unknown employee \(code): give a name").text(language), tone: .failure))
        }
        let r = configuration.recognition
        let gate = EnrolmentQualityGate(minFacePixels: r.minFacePx)
        let settings = DetectionSettings(minFacePixels: r.minFacePx, upsample: r.upsample)
        let outcome = try await DedicatedThread.run(name: "enrolment") { () throws -> CameraEnrolment.Outcome in
            try CameraEnrolment(recognizer: try models.makeRecognizer(), settings: settings, gate: gate, needed: needed)
                .collect(from: source, timeout: timeout, update: update)
        }
        let enrolment = FaceEnrolment(store: store, threshold: Float(r.threshold))
        let vectors: [[Float]]
        switch outcome {
        case .collected(let collected):
            vectors = collected
        case .twoPeople(let agreement):
            let refusal = FaceEnrolment.twoPeople(widest: agreement.widestPair, limit: agreement.maxDistance)
            await enrolment.recordRefusal(refusal, for: code, by: supervisor,
                                          source: "camera, \(agreement.dropped) frames dropped of \(agreement.dropped + agreement.kept.count)")
            throw CheckInMessageFailure(CheckInMessage(text: refusal.reason.text(language), tone: .failure))
        case .timedOut(let accepted):
            let refusal = EnrolmentRefusal(Bilingual(es: "Inscripción incompleta: \(accepted) de \(needed) imágenes válidas",
                                                     en: "Enrolment incomplete: \(accepted) of \(needed) good frames"))
            await enrolment.recordRefusal(refusal, for: code, by: supervisor, source: "camera")
            throw CheckInMessageFailure(CheckInMessage(text: refusal.reason.text(language), tone: .failure))
        }
        let consent = BiometricConsent(textVersion: FaceEnrolment.consentVersion, recordedBy: supervisor)
        let receipt: EnrolmentReceipt
        do {
            receipt = try await enrolment.enrol(vectors, for: code, consent: consent, mode: .add, source: "camera", saving: newEmployee)
        } catch let refusal as EnrolmentRefusal {
            throw CheckInMessageFailure(CheckInMessage(text: refusal.reason.text(language), tone: .failure))
        }
        return FaceEnrolment.summary(receipt, for: code)
    }
}
