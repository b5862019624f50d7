import Camera
import Foundation
import KioskConfig
import Logging
import Testing
@testable import KioskApp
import Vocabulary

/// A failed start-up phase reaches the panel as its error's message and fix, in the kiosk's language.
@Suite struct StartupFailureDisplayTests {
    static let badKey = ConfigError(.unknownKey, file: "/etc/asistencia/kiosk.conf", line: 12, key: "recognition.treshold",
                                    suggestion: "threshold")

    @Test func aThrownLocalizedErrorBecomesMessageAndFix() async {
        var sequence = StartupSequence(logger: Logger(label: "test"))
        sequence.on(.configuration) { _ in throw Self.badKey }
        let outcomes = await sequence.run(progress: StartupProgress())
        let outcome = outcomes[.configuration]
        #expect(outcome?.verdict == .failed)
        #expect(outcome?.detail == Self.badKey.bilingualMessage)
        #expect(outcome?.detail.es.contains("/etc/asistencia/kiosk.conf:12") == true)
        #expect(outcome?.fix?.es == Self.badKey.fix(in: .es))
        #expect(outcome?.fix?.en == Self.badKey.fix(in: .en))
    }

    @Test func anErrorWhoseMessageHoldsTheFixGetsTheDiagnoseHint() async {
        var sequence = StartupSequence(logger: Logger(label: "test"))
        sequence.on(.camera) { _ in throw CameraError(.deviceMissing, path: "/dev/video7") }
        let outcome = await sequence.run(progress: StartupProgress())[.camera]
        #expect(outcome?.detail.es.hasPrefix("No hay ninguna cámara en /dev/video7") == true)
        #expect(outcome?.detail.en.hasPrefix("No camera at /dev/video7") == true)
        #expect(outcome?.fix?.es.contains("kiosk diagnose") == true)
    }

    struct Opaque: Error, CustomStringConvertible { var description: String { "secret-token-123 at /root/.token" } }

    @Test func anErrorWithoutWordsForPeopleShowsNoDebugText() async {
        var sequence = StartupSequence(logger: Logger(label: "test"))
        sequence.on(.sync) { _ in throw Opaque() }
        let outcome = await sequence.run(progress: StartupProgress())[.sync]
        #expect(outcome?.verdict == .failed)
        #expect(outcome?.detail.es.contains("Fallo inesperado") == true)
        #expect(outcome?.detail.en.contains("secret-token-123") == false)
        #expect(outcome?.detail.es.contains("/root/.token") == false)
        #expect(outcome?.fix?.en.contains("kiosk diagnose") == true)
    }

    @Test(arguments: [Language.es, .en])
    func thePanelShowsTheFailedPhasesMessageAndFix(language: Language) {
        let outcomes: [StartupPhase: PhaseOutcome] = [.configuration: .failed(Self.badKey)]
        let snapshot = ScreenFixtures.snapshot(language: language, startup: ScreenFixtures.startupLines(outcomes: outcomes))
        let text = ScreenFixtures.render(StartupPanel(snapshot: snapshot), width: 100, height: 30).lines.joined(separator: "\n")
        let title = Bilingual(es: "clave desconocida 'recognition.treshold'", en: "unknown key 'recognition.treshold'").text(language)
        #expect(text.contains("/etc/asistencia/kiosk.conf:12: " + title), "\(text)")
        let fixStart = Bilingual(es: "→ Corrija el nombre de la clave", en: "→ Correct the key's name").text(language)
        #expect(text.contains(fixStart), "\(text)")
        let other = language == .es ? Language.en : .es
        #expect(!text.contains(Self.badKey.fix(in: other)!.prefix(20)), "only the kiosk's language: \(text)")
    }

    @Test func aLongFailureMessageWrapsInsteadOfBeingCut() {
        let outcomes: [StartupPhase: PhaseOutcome] = [.camera: .failed(CameraError(.permissionDenied, path: "/dev/video0"))]
        let snapshot = ScreenFixtures.snapshot(language: .en, startup: ScreenFixtures.startupLines(outcomes: outcomes))
        let text = ScreenFixtures.render(StartupPanel(snapshot: snapshot), width: 60, height: 30).lines
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        // The part of the message past the first line (the group to join) is still on the panel.
        #expect(text.contains("usermod"), "\(text)")
    }
}
