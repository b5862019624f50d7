import Attendance
@testable import KioskApp
import TerminalUI
import Testing
import Vocabulary

@Suite("The technician's sync detail and registration form")
struct TechnicianSyncViewTests {
    static func technician() -> TechnicianState {
        TechnicianState(technician: Employee(code: EmployeeCode("T001"), name: "T", role: .tecnico))
    }

    @Test func syncDetailViewShowsEachLineAndTheKeys() {
        var state = Self.technician()
        state.view = .sync([Bilingual(es: "Cola: 3 fichajes y 1 otros por enviar", en: "Queue: 3 punches and 1 others to send"),
                            Bilingual(es: "Plantilla aplicada: versión 42", en: "Roster applied: version 42")])
        let lines = ScreenFixtures.render(TechnicianScreen(snapshot: ScreenFixtures.snapshot(), state: state), width: 80, height: 24).lines
        #expect(lines.contains { $0.contains("Sincronización con el servidor central") })
        #expect(lines.contains { $0.contains("Cola: 3 fichajes y 1 otros por enviar") })
        #expect(lines.contains { $0.contains("Plantilla aplicada: versión 42") })
        #expect(lines[23].contains("sSincro nAhora gRegistrar"), "the key bar fits 80 columns: \(lines[23])")
        #expect(lines[23].contains("EscVolver"))
    }

    @Test("the form moves between its fields, refuses an empty code, sends URL and code once, and takes a refusal")
    func registrationFormKeys() {
        var form = RegistrationForm(serverURL: "")
        #expect(!form.isOnCode, "no configured URL: the cursor starts on the server")
        for character in "https://a.example" { _ = form.handle(.character(character), language: .en) }
        #expect(form.handle(.enter, language: .en) == .none)
        #expect(form.isOnCode)
        #expect(form.handle(.enter, language: .es) == .refused)
        #expect(form.message?.contains("código de registro") == true)
        for character in "1234-5678-9012" { _ = form.handle(.character(character), language: .en) }
        #expect(form.handle(.enter, language: .en) == .submit(serverURL: "https://a.example", code: "1234-5678-9012"))
        #expect(form.isSending)
        #expect(form.handle(.escape, language: .en) == .refused, "no cancel while the server answers")
        form.refuse("the server refused the registration code")
        #expect(!form.isSending)
        #expect(form.lines(.en).contains { $0.0.contains("✗ the server refused the registration code") })
        #expect(form.handle(.escape, language: .en) == .cancel)
    }

    @Test func registrationFormStartsOnTheCodeWhenTheServerIsConfigured() {
        var state = Self.technician()
        state.view = .register(RegistrationForm(serverURL: "https://asistencia.example.org"))
        let lines = ScreenFixtures.render(TechnicianScreen(snapshot: ScreenFixtures.snapshot(), state: state), width: 80, height: 24).lines
        #expect(lines.contains { $0.contains("Registrar este quiosco") })
        #expect(lines.contains { $0.contains("Servidor: https://asistencia.example.org") })
        #expect(lines.contains { $0.contains("Código: _") }, "\(lines.joined(separator: "\n"))")
    }
}
