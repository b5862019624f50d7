public import Attendance
import FaceEngine
public import Vocabulary

// MARK: - Enrolment: the supervisor's camera enrolment, answered by the enrolment service

extension KioskRuntime {
    /// Enrols a face from the live camera (``EnrolmentService``) and adds it to the gallery at once.
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
        guard let enrolment = services?.enrolment else { throw door.databaseUnavailable() }
        let (models, source) = devices.parts.withLock { ($0.engine?.dlib, $0.source) }
        guard let models, let source else {
            throw CheckInMessageFailure(CheckInMessage(text: Bilingual(es: "Sin cámara o sin modelos: no se puede inscribir",
                                                                       en: "No camera or no models: cannot enrol").text(language), tone: .failure))
        }
        let summary = try await enrolment.enrolFromCamera(models: models, source: source, employee: code, name: name, supervisor: supervisor,
                                                          needed: needed, timeout: timeout, update: update)
        try await refreshGallery()
        return summary
    }
}
