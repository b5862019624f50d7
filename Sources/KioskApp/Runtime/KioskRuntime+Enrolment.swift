public import Attendance
import FaceEngine
import Foundation
import KioskStore

extension KioskRuntime {
    /// Progress of an enrolment at the kiosk, for the supervisor's screen.
    public struct EnrolmentProgress: Hashable, Sendable {
        public var accepted: Int
        public var needed: Int
        /// What the person should do now, when the last frame was turned down.
        public var advice: Bilingual?
    }

    /// The consent text shown (and recorded by version) before a face is enrolled.
    public static let consentText = Bilingual(
        es: "Su cara se convertirá en una plantilla numérica cifrada, usada solo para fichar en esta empresa. No se guarda ninguna foto. Puede fichar siempre con código y PIN, y retirar su consentimiento cuando quiera: sus plantillas se borrarán.",
        en: "Your face becomes an encrypted numeric template, used only to check in at this company. No photo is kept. You can always check in with code and PIN instead, and withdraw consent at any time: your templates will be deleted.")
    /// Version of `consentText` stored with each consent.
    public static let consentVersion = "consent-2026-11"

    /// Enrols a face from the live camera: `needed` frames that pass the quality gate become templates,
    /// stored with the consent and added to the gallery at once.
    ///
    /// - Parameters:
    ///   - employee: the person (created or renamed when `name` is given).
    ///   - supervisor: who recorded the consent.
    ///   - update: called with progress after each frame looked at.
    public func enrolFromCamera(
        employee code: EmployeeCode, name: String?, supervisor: EmployeeCode, needed: Int = 5, timeout: Duration = .seconds(30),
        update: @escaping @Sendable (EnrolmentProgress) -> Void
    ) async throws -> Int {
        let store = try requireStore()
        let (models, source) = parts.withLock { ($0.models, $0.source) }
        guard let models, let source else {
            throw CheckInMessageFailure(CheckInMessage(text: text("Sin cámara o sin modelos: no se puede inscribir", "No camera or no models: cannot enrol"), tone: .failure))
        }
        if let name, !name.isEmpty {
            let existing = try await store.employee(code)
            try await store.saveEmployee(Employee(code: code, name: name, role: existing?.role ?? .colaborador))
        } else if try await store.employee(code) == nil {
            throw CheckInMessageFailure(CheckInMessage(text: text("Empleado \(code) desconocido: indique su nombre", "Unknown employee \(code): give a name"), tone: .failure))
        }
        let gate = EnrolmentQualityGate(minFacePixels: configuration.recognition.minFacePx)
        let settings = DetectionSettings(minFacePixels: configuration.recognition.minFacePx, upsample: configuration.recognition.upsample)
        let vectors = try await DedicatedThread.run(name: "enrolment") { () throws -> [[Float]] in
            let recognizer = try models.makeRecognizer()
            var accepted: [[Float]] = []
            var seen: UInt64 = 0
            let deadline = ContinuousClock.now + timeout
            while accepted.count < needed, ContinuousClock.now < deadline {
                guard let frame = source.waitForFrame(newerThan: seen, timeout: .seconds(1)) else { continue }
                seen = frame.sequence
                let outcome = try frame.pixels.withUnsafeBytes { bytes throws -> (EnrolmentQualityGate.Rejection?, [Float]?) in
                    let view = RGBImageView(bytes: bytes, width: frame.width, height: frame.height, bytesPerRow: frame.stride)
                    guard let box = try recognizer.detectFaces(in: view, settings: settings).first else { return (.noFace, nil) }
                    let landmarks = try recognizer.landmarks(in: view, box: box)
                    if let rejection = gate.rejection(for: landmarks, in: view) { return (rejection, nil) }
                    let chip = try recognizer.chip(in: view, landmarks: landmarks)
                    return (nil, try recognizer.embedding(of: chip, jitters: PhotoFaceFinder.enrolmentJitters).values)
                }
                if let vector = outcome.1 { accepted.append(vector) }
                update(EnrolmentProgress(accepted: accepted.count, needed: needed, advice: outcome.0?.advice))
            }
            return accepted
        }
        guard vectors.count == needed else {
            throw CheckInMessageFailure(CheckInMessage(
                text: text("Inscripción incompleta: \(vectors.count) de \(needed) imágenes válidas", "Enrolment incomplete: \(vectors.count) of \(needed) good frames"),
                tone: .failure))
        }
        let consent = BiometricConsent(textVersion: Self.consentVersion, recordedBy: supervisor)
        _ = try await store.addTemplates(for: code, vectors: vectors, consent: consent)
        _ = try? await store.appendAudit(actor: supervisor, action: "enrol face", detail: "\(code): \(vectors.count) templates")
        try await refreshGallery()
        return vectors.count
    }

    /// The technician's recognition test on the live frame: the best and runner-up candidates.
    public func testRecognition() async -> [Bilingual] {
        let (models, source) = parts.withLock { ($0.models, $0.source) }
        guard let models, let source, let frame = source.latest() else {
            return [Bilingual(es: "sin cámara o sin modelos", en: "no camera or no models")]
        }
        let r = configuration.recognition
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
                return lines + [decision]
            }
        } catch {
            return [Bilingual(es: "fallo: \(error)", en: "failed: \(error)")]
        }
    }
}
