public import Attendance
import BlockingWork
import FaceEngine
import Foundation
import KioskStore

extension KioskRuntime {
    /// The consent text shown (and recorded by version) before a face is enrolled.
    public static let consentText = Bilingual(
        es: "Su cara se convertirá en una plantilla numérica cifrada, usada solo para fichar en esta empresa. No se guarda ninguna foto. Puede fichar siempre con código y PIN, y retirar su consentimiento cuando quiera: sus plantillas se borrarán.",
        en: "Your face becomes an encrypted numeric template, used only to check in at this company. No photo is kept. You can always check in with code and PIN instead, and withdraw consent at any time: your templates will be deleted.")
    /// Version of `consentText` stored with each consent.
    public static let consentVersion = "consent-2026-11"

    /// Enrols a face from the live camera: `needed` frames of one person that pass the quality gate become
    /// templates, stored through ``FaceEnrolment`` (nobody else's face, the same face as the employee's
    /// stored templates) with the consent, and added to the gallery at once. Refusals are audited.
    ///
    /// - Parameters:
    ///   - employee: the person (created or renamed when `name` is given, only if the enrolment is stored).
    ///   - supervisor: who recorded the consent.
    ///   - update: called with progress after each frame looked at.
    /// - Returns: what was stored, in words.
    /// - Throws: `CheckInMessageFailure` saying why nothing was stored.
    public func enrolFromCamera(
        employee code: EmployeeCode, name: String?, supervisor: EmployeeCode, needed: Int = 5, timeout: Duration = .seconds(30),
        update: @escaping @Sendable (CameraEnrolment.Progress) -> Void
    ) async throws -> Bilingual {
        guard let store = services?.store else { throw door.databaseUnavailable() }
        let (models, source) = parts.withLock { ($0.engine?.dlib, $0.source) }
        guard let models, let source else {
            throw CheckInMessageFailure(CheckInMessage(text: text("Sin cámara o sin modelos: no se puede inscribir", "No camera or no models: cannot enrol"), tone: .failure))
        }
        let existing = try await store.employee(code)
        var newEmployee: Employee?
        if let name, !name.isEmpty {
            newEmployee = Employee(code: code, name: name, role: existing?.role ?? .colaborador)
        } else if existing == nil {
            throw CheckInMessageFailure(CheckInMessage(text: text("Empleado \(code) desconocido: indique su nombre", "Unknown employee \(code): give a name"), tone: .failure))
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
        let consent = BiometricConsent(textVersion: Self.consentVersion, recordedBy: supervisor)
        let receipt: EnrolmentReceipt
        do {
            receipt = try await enrolment.enrol(vectors, for: code, consent: consent, mode: .add, source: "camera", saving: newEmployee)
        } catch let refusal as EnrolmentRefusal {
            throw CheckInMessageFailure(CheckInMessage(text: refusal.reason.text(language), tone: .failure))
        }
        try await refreshGallery()
        return FaceEnrolment.summary(receipt, for: code)
    }

    /// The technician's recognition test on the live frame: the best and runner-up candidates.
    public func testRecognition() async -> [Bilingual] {
        let (models, source, shapes) = parts.withLock { ($0.engine?.dlib, $0.source, $0.shapes) }
        guard let models, let source, let frame = source.latest() else {
            return [Bilingual(es: "sin cámara o sin modelos", en: "no camera or no models")]
        }
        let r = configuration.recognition
        let livenessSettings = configuration.liveness.settings
        let settings = DetectionSettings(minFacePixels: r.minFacePx, upsample: r.upsample)
        let gallery = self.gallery.gallery
        let policy = MatchPolicy(threshold: Float(r.threshold), margin: Float(r.margin))
        do {
            return try await DedicatedThread.run(name: "recognition-test") { () throws -> [Bilingual] in
                let recognizer = try models.makeRecognizer()
                guard let face = try RecognitionLoop.recognise(frame, with: recognizer, settings: settings) else {
                    return [Bilingual(es: "ninguna cara de al menos \(r.minFacePx) px en la imagen", en: "no face of at least \(r.minFacePx) px in the frame")]
                }
                var lines = [Bilingual(es: "cara \(face.box.width)×\(face.box.height) px, \(String(format: "%.0f", face.totalSeconds * 1000)) ms",
                                       en: "face \(face.box.width)×\(face.box.height) px, \(String(format: "%.0f", face.totalSeconds * 1000)) ms")]
                guard let match = gallery.nearest(to: face.embedding) else {
                    return lines + [Bilingual(es: "galería vacía", en: "empty gallery")]
                }
                lines.append(Bilingual(es: "1. \(match.employeeCode) distancia \(String(format: "%.3f", match.distance))",
                                       en: "1. \(match.employeeCode) distance \(String(format: "%.3f", match.distance))"))
                if let runner = match.runnerUpCode, let d = match.runnerUpDistance {
                    lines.append(Bilingual(es: "2. \(runner) distancia \(String(format: "%.3f", d)), margen \(String(format: "%.3f", d - match.distance))",
                                           en: "2. \(runner) distance \(String(format: "%.3f", d)), margin \(String(format: "%.3f", d - match.distance))"))
                }
                let decision: Bilingual = switch policy.decide(match) {
                case .accepted(let code, _): Bilingual(es: "decisión: \(code)", en: "decision: \(code)")
                default: Bilingual(es: "decisión: no reconocido (umbral \(r.threshold), margen \(r.margin))", en: "decision: unknown (threshold \(r.threshold), margin \(r.margin))")
                }
                return lines + [decision] + LivenessTest.lines(source: source, first: frame, recognizer: recognizer, shapes: shapes,
                                                               settings: livenessSettings, detection: settings)
            }
        } catch {
            return [Bilingual(es: "fallo: \(error)", en: "failed: \(error)")]
        }
    }
}
