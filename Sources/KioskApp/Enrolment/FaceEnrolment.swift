public import Attendance
import Foundation
public import KioskStore
public import Vocabulary

/// The one way a face enters the gallery — the camera at the kiosk, `kiosk enroll` photos and the demo
/// faces all store through it: one person per enrolment (every pair of descriptors agrees), no face under
/// two employee codes, and every outcome in the audit log with who did it.
///
/// For example:
/// ```swift
/// let enrolment = FaceEnrolment(store: store, threshold: 0.5)
/// let receipt = try await enrolment.enrol(vectors, for: EmployeeCode("E003"), consent: consent, mode: .add, source: "camera")
/// print(FaceEnrolment.summary(receipt, for: EmployeeCode("E003")).text(.es))
/// ```
public struct FaceEnrolment: Sendable {
    /// The kiosk database.
    public let store: KioskStore
    /// `[recognition] threshold`: a face this close to another employee's is theirs.
    public let threshold: Float
    /// Largest distance between two descriptors of one enrolment.
    public let agreementDistance: Float

    /// The consent text shown (and recorded by version) before a face is enrolled.
    public static let consentText = Bilingual(
        es: "Su cara se convertirá en una plantilla numérica cifrada, usada solo para fichar en esta empresa. No se guarda ninguna foto. Puede fichar siempre con código y PIN, y retirar su consentimiento cuando quiera: sus plantillas se borrarán.",
        en: "Your face becomes an encrypted numeric template, used only to check in at this company. No photo is kept. You can always check in with code and PIN instead, and withdraw consent at any time: your templates will be deleted.")
    /// Version of `consentText` stored with each consent.
    public static let consentVersion = "consent-2026-11"

    public init(store: KioskStore, threshold: Float, agreementDistance: Float = FrameAgreement.defaultMaxDistance) {
        self.store = store
        self.threshold = threshold
        self.agreementDistance = agreementDistance
    }

    /// Stores `vectors` as `code`'s templates when they are one person's and that face is nobody else's.
    ///
    /// - Parameters:
    ///   - mode: `add` keeps the employee's templates (the new face must match them); `replace` deletes them
    ///     on this kiosk.
    ///   - source: What the vectors came from, for the audit log.
    ///   - employee: Created or renamed together with the templates (nothing is left behind when refused).
    /// - Throws: ``EnrolmentRefusal`` saying why nothing was stored (audited with `consent.recordedBy`);
    ///   `StoreError`.
    public func enrol(_ vectors: [[Float]], for code: EmployeeCode, consent: BiometricConsent, mode: EnrolmentMode,
                      source: String, saving employee: Employee? = nil) async throws -> EnrolmentReceipt {
        precondition(vectors.count <= 16, "one enrolment stores at most 16 templates, got \(vectors.count)")
        var agreement = FrameAgreement(maxDistance: agreementDistance, maxDisagreements: 0)
        for vector in vectors { agreement.offer(vector) }
        if agreement.dropped > 0 {
            let refusal = Self.twoPeople(widest: agreement.widestPair, limit: agreementDistance)
            await recordRefusal(refusal, for: code, by: consent.recordedBy, source: source)
            throw refusal
        }
        let threshold = self.threshold
        let outcome = try await store.enrolTemplates(for: code, vectors: vectors, consent: consent, mode: mode, source: source,
                                                   saving: employee) { stored in
            GalleryConflict.check(vectors, for: code, against: stored, threshold: threshold, mode: mode)
        }
        switch outcome {
        case .success(let receipt):
            return receipt
        case .failure(.otherEmployee(let other, let distance)):
            let employee = try? await store.employee(other)
            let name = employee.map { " (\($0.name))" } ?? ""
            let d = GalleryConflict.format(distance), t = GalleryConflict.format(threshold)
            throw EnrolmentRefusal(Bilingual(
                es: "Esa cara ya está inscrita como \(other)\(name): distancia \(d) ≤ umbral \(t). No se guarda nada: una cara no puede fichar por dos personas.",
                en: "That face is already enrolled as \(other)\(name): distance \(d) ≤ threshold \(t). Nothing stored: one face cannot check in for two people."))
        case .failure(.differentFace(let distance)):
            let d = GalleryConflict.format(distance), t = GalleryConflict.format(threshold)
            throw EnrolmentRefusal(Bilingual(
                es: "La cara no coincide con las plantillas ya guardadas de \(code) (distancia \(d) > umbral \(t)). No se guarda nada: revise el código; para sustituirlas, borre antes sus biometrías o use kiosk enroll --replace.",
                en: "The face does not match \(code)'s stored templates (distance \(d) > threshold \(t)). Nothing stored: check the code; to replace them, delete their biometrics first or use kiosk enroll --replace."))
        }
    }

    /// Audits an enrolment refused before anything reached the store (frames of two people, photos refused).
    public func recordRefusal(_ refusal: EnrolmentRefusal, for code: EmployeeCode, by actor: EmployeeCode, source: String) async {
        _ = try? await store.appendAudit(actor: actor, action: "biometrics.enrol.refused", detail: "\(code) (\(source)): \(refusal.reason.en)")
    }

    /// The refusal for descriptors of more than one person.
    public static func twoPeople(widest: Float, limit: Float) -> EnrolmentRefusal {
        let w = GalleryConflict.format(widest), l = GalleryConflict.format(limit)
        return EnrolmentRefusal(Bilingual(
            es: "Dos personas distintas delante de la cámara (distancia \(w) > \(l) entre imágenes): no se guarda nada. Que se quede solo la persona que se inscribe.",
            en: "Two different people in front of the camera (distance \(w) > \(l) between frames): nothing stored. Only the person being enrolled should stay in view."))
    }

    /// What was stored, and what happened to the templates the employee had.
    public static func summary(_ receipt: EnrolmentReceipt, for code: EmployeeCode) -> Bilingual {
        let n = receipt.ids.count
        switch (receipt.mode, receipt.previous) {
        case (_, 0):
            return Bilingual(es: "\(n) plantillas de \(code) guardadas, cifradas, con el consentimiento",
                             en: "\(n) templates of \(code) stored, encrypted, with consent")
        case (.add, let previous):
            return Bilingual(es: "\(n) plantillas de \(code) añadidas a las \(previous) que tenía (ahora \(receipt.total))",
                             en: "\(n) templates of \(code) added to the \(previous) it had (now \(receipt.total))")
        case (.replace, let previous):
            return Bilingual(es: "\(n) plantillas de \(code) sustituyen a las \(previous) anteriores en este quiosco (el servidor conserva las suyas hasta que un administrador las borre)",
                             en: "\(n) templates of \(code) replace the \(previous) it had on this kiosk (the server keeps its copies until an administrator deletes them)")
        }
    }
}
