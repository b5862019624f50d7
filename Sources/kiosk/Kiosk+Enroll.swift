import ArgumentParser
import Attendance
import BlockingWork
import FaceEngine
import Foundation
import KioskApp
import KioskStore
import Vocabulary

extension Kiosk {
    /// `kiosk enroll`: face templates from photos, with the person's consent.
    struct Enroll: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Enrol an employee's face from photos (templates stored encrypted; no photo is kept).",
            discussion: """
                Each photo must show exactly one face of at least [recognition] min_face_px pixels that passes \
                the camera's quality gate (sharp, looking straight at the camera), and all photos must show the \
                same person. The face must not be enrolled under another code already (within [recognition] \
                threshold); added to an employee's stored templates it must match them. A refused photo is \
                named with its reason and nothing is stored. Without --replace the new templates are added to \
                the employee's; with --replace the employee's templates on this kiosk are deleted and replaced \
                (the server keeps its copies until an administrator deletes them). \
                Face templates are biometric data: --consent confirms the person accepted the consent text \
                (kiosk enroll --show-consent prints it); the PIN stays available as the non-biometric way.
                """
        )

        @OptionGroup var options: ConfigOptions

        @Option(help: "Employee code, e.g. E001.")
        var code: String?

        @Option(help: "Full name; creates the employee, or renames an existing one.")
        var name: String?

        @Flag(help: "The person has read and accepted the consent text.")
        var consent = false

        @Option(help: "Code of the supervisor who collected the consent (default: the command line).")
        var recordedBy: String?

        @Flag(help: "Delete the employee's templates on this kiosk and keep only the new ones (default: add to them).")
        var replace = false

        @Flag(help: "Print the consent text and exit.")
        var showConsent = false

        @Argument(help: "Photos (JPEG or PNG), one face each.")
        var photos: [String] = []

        func validate() throws {
            if showConsent { return }
            guard code != nil else { throw ValidationError("Missing --code: whose face is this?") }
            guard !photos.isEmpty else { throw ValidationError("Give at least one photo (JPEG or PNG).") }
            guard photos.count <= PhotoEnrolment.maxPhotos else {
                throw ValidationError("\(photos.count) photos: give at most \(PhotoEnrolment.maxPhotos) per enrolment.")
            }
            guard consent else {
                throw ValidationError("""
                    Face templates are biometric data (GDPR art. 9): enrol only with the person's consent. \
                    Show them the text (kiosk enroll --show-consent), then add --consent. \
                    Without consent they check in with code and PIN.
                    """)
            }
        }

        func run() async throws {
            let configuration = try options.load()
            let language = configuration.kiosk.displayLanguage
            if showConsent {
                print(FaceEnrolment.consentText.text(language))
                return
            }
            let code = EmployeeCode(code ?? "")
            let store = try await KioskStore.open(configuration)
            let existing = try await store.employee(code)
            var newEmployee: Employee?
            if let name {
                newEmployee = Employee(code: code, name: name, role: existing?.role ?? .colaborador)
            } else if existing == nil {
                throw ValidationError(Bilingual(es: "no existe el empleado \(code): añada --name \"Nombre Apellido\" para crearlo",
                                                en: "no employee \(code): add --name \"Full Name\" to create one").text(language))
            }
            let recordedBy = recordedBy.map { EmployeeCode($0) } ?? AuditEntry.systemActor
            let enrolment = FaceEnrolment(store: store, threshold: Float(configuration.recognition.threshold))
            let source = "photos " + self.photos.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", ")
            let directory = configuration.recognition.modelsDir
            let minFace = configuration.recognition.minFacePx
            let photos = self.photos
            let (vectors, refusals) = try await DedicatedThread.run(name: "enrolment") { () throws -> ([[Float]], [PhotoEnrolment.Refusal]) in
                PhotoEnrolment(recognizer: try FaceModels.load(directory: directory).makeRecognizer(), minFacePixels: minFace,
                               cnn: try CNNFaceModel.load(directory: directory).makeDetector())
                    .embeddings(of: photos)
            }
            if !refusals.isEmpty {
                let text = refusals.map { "\($0.photo): \($0.reason.text(language))" }.joined(separator: "\n")
                await enrolment.recordRefusal(EnrolmentRefusal(Bilingual(es: text, en: refusals.map(\.description).joined(separator: "; "))),
                                              for: code, by: recordedBy, source: source)
                throw EnrollFailure(message: text + Bilingual(es: "\nNo se ha guardado nada.",
                                                               en: "\nNothing stored.").text(language))
            }
            let consent = BiometricConsent(textVersion: FaceEnrolment.consentVersion, recordedBy: recordedBy)
            do {
                let receipt = try await enrolment.enrol(vectors, for: code, consent: consent, mode: replace ? .replace : .add,
                                                        source: source, saving: newEmployee)
                print(FaceEnrolment.summary(receipt, for: code).text(language))
            } catch let refusal as EnrolmentRefusal {
                throw EnrollFailure(message: refusal.reason.text(language))
            }
        }
    }
}

/// `kiosk enroll` stored nothing: the message says why (the tool exits with status 1).
struct EnrollFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
