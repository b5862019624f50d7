import Attendance
import FaceEngine
import Foundation
import KioskConfig
import KioskStore
import Logging
import Synchronization
import Vocabulary

/// What the runtime and every service of the door share: the configuration, the clock, the log, the
/// gallery, what the screens show (``KioskState``), and the change notification that makes the UI redraw.
final class DoorContext: Sendable {
    let configuration: KioskConfiguration
    /// Where the configuration came from, for diagnostics.
    let configurationSource: String
    let language: Language
    let timeZone: TimeZone
    /// The gallery recognition matches against; replaced whole when templates change.
    let gallery = GalleryStore()
    let logger: Logger
    /// The time now: `Date()` at the door, a controlled clock in tests (questions and offers expire by it).
    let clock: @Sendable () -> Date
    let state: Mutex<KioskState>
    private let changeHandler = CallbackSlot<Void>()

    init(configuration: KioskConfiguration, configurationSource: String, logger: Logger, clock: @escaping @Sendable () -> Date) {
        self.configuration = configuration
        self.configurationSource = configurationSource
        self.language = configuration.kiosk.displayLanguage
        self.timeZone = TimeZone(identifier: configuration.kiosk.timeZone) ?? .current
        self.logger = logger
        self.clock = clock
        self.state = Mutex(KioskState(confirmation: ConfirmationWindow(
            required: configuration.recognition.confirmFrames, window: configuration.recognition.confirmWindow),
            liveness: LivenessGate(settings: configuration.liveness.settings)))
    }

    /// Sets what to call (from any thread) when something on screen changed.
    func onChange(_ handler: @escaping @Sendable () -> Void) {
        changeHandler.set { _ in handler() }
    }

    /// Something on screen changed: the UI redraws.
    func changed() {
        changeHandler(())
    }

    /// Shows `message` on the check-in screen.
    func show(_ message: CheckInMessage) {
        state.withLock { $0.message = message }
        changed()
    }

    /// Today's date in the kiosk's zone.
    func today(now: Date) -> LocalDate {
        PunchRules(timeZone: timeZone).localDate(of: now)
    }

    /// Rebuilds the gallery from the store's templates (after seeds, an enrolment, a roster change).
    func reloadGallery(from store: KioskStore) async throws {
        let templates = try await store.loadActiveTemplates().compactMap { stored -> FaceTemplate? in
            guard stored.vector.count == Embedding.length else { return nil }
            return FaceTemplate(employeeCode: stored.employee.rawValue, embedding: Embedding(values: stored.vector))
        }
        gallery.replace(with: Gallery(templates: templates))
    }

    /// The message for an operation that needs the database when it did not open.
    func databaseUnavailable() -> CheckInMessageFailure {
        CheckInMessageFailure(CheckInMessage(text: Bilingual(es: "Base de datos no disponible",
                                                             en: "Database not available").text(language), tone: .failure))
    }
}

/// A part of the running door: reads the shared context through these names.
protocol DoorService {
    var door: DoorContext { get }
}

extension DoorService {
    var configuration: KioskConfiguration { door.configuration }
    var language: Language { door.language }
    var timeZone: TimeZone { door.timeZone }
    var logger: Logger { door.logger }
    var clock: @Sendable () -> Date { door.clock }
    func show(_ message: CheckInMessage) { door.show(message) }
    func changed() { door.changed() }
}
