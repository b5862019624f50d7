import ArgumentParser
import Attendance
import FaceEngine
import Foundation
import KioskApp
import KioskStore

extension Kiosk {
    /// `kiosk enroll`: face templates from photos, with the person's consent.
    struct Enroll: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Enrol an employee's face from photos (templates stored encrypted; no photo is kept).",
            discussion: """
                Each photo must show exactly one face of at least [recognition] min_face_px pixels. \
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

        @Flag(help: "Print the consent text and exit.")
        var showConsent = false

        @Argument(help: "Photos (JPEG or PNG), one face each.")
        var photos: [String] = []

        func validate() throws {
            if showConsent { return }
            guard code != nil else { throw ValidationError("Missing --code: whose face is this?") }
            guard !photos.isEmpty else { throw ValidationError("Give at least one photo (JPEG or PNG).") }
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
                print(KioskRuntime.consentText.text(language))
                return
            }
            let code = EmployeeCode(code ?? "")
            let store = try await KioskStore.open(configuration)
            if let name {
                let existing = try await store.employee(code)
                try await store.saveEmployee(Employee(code: code, name: name, role: existing?.role ?? .colaborador))
            } else if try await store.employee(code) == nil {
                throw ValidationError(language == .es
                    ? "no existe el empleado \(code): añada --name \"Nombre Apellido\" para crearlo"
                    : "no employee \(code): add --name \"Full Name\" to create one")
            }
            let directory = configuration.recognition.modelsDir
            let minFace = configuration.recognition.minFacePx
            let photos = self.photos
            let vectors = try await DedicatedThread.run(name: "enrolment") { () throws -> [[Float]] in
                let enrolment = PhotoEnrolment(recognizer: try FaceModels.load(directory: directory).makeRecognizer(),
                                               minFacePixels: minFace,
                                               cnn: try CNNFaceModel.load(directory: directory).makeDetector())
                var vectors: [[Float]] = []
                var refusals: [PhotoEnrolment.Refusal] = []
                for photo in photos {
                    do throws(PhotoEnrolment.Refusal) {
                        vectors.append(try enrolment.embedding(of: photo).values)
                    } catch {
                        refusals.append(error)
                    }
                }
                guard refusals.isEmpty else {
                    throw ValidationError(refusals.map { "\($0.photo): \($0.reason.text(language))" }.joined(separator: "\n"))
                }
                return vectors
            }
            let consent = BiometricConsent(textVersion: KioskRuntime.consentVersion,
                                           recordedBy: recordedBy.map { EmployeeCode($0) } ?? AuditEntry.systemActor)
            _ = try await store.addTemplates(for: code, vectors: vectors, consent: consent)
            print(language == .es
                ? "\(vectors.count) plantilla(s) de \(code) guardada(s), cifradas, con su consentimiento."
                : "\(vectors.count) template(s) of \(code) stored, encrypted, with consent recorded.")
        }
    }
}
