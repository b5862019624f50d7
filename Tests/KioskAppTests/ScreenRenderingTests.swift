import Attendance
import Foundation
import KioskStore
import TerminalUI
import Testing
@testable import KioskApp
import Vocabulary

/// Each screen rendered off-screen from hand-made snapshots, at the smallest supported terminal (80×24)
/// and a larger one (120×40): the key texts must be where the house layout puts them.
@Suite struct ScreenRenderingTests {
    static let sizes = [(80, 24), (120, 40)]

    // MARK: - Check-in

    @Test(arguments: sizes)
    func checkInShowsHeaderPreviewMessageRecentAndKeys(width: Int, height: Int) {
        let canvas = ScreenFixtures.render(CheckInScreen(snapshot: ScreenFixtures.snapshot()), width: width, height: height)
        let lines = canvas.lines
        #expect(lines.count == height)
        // Header: name on the left, the clock at the right edge.
        #expect(lines[0].hasPrefix(" Puerta"))
        #expect(lines[0].trimmingCharacters(in: .whitespaces).hasSuffix("lun 30/11 08:03:12"))
        #expect(lines[0].contains("✓ Cámara 15 fps"))
        #expect(lines[0].contains("2 en local"))
        // Key bar on the last row.
        #expect(lines[height - 1].hasPrefix("F1Ayuda F2Supervisor F3Diagnóstico F4PIN"))
        #expect(lines[height - 1].contains("F10Salir"))
        // The message, with its mark, in the right pane near the top.
        let layout = ScreenLayout(size: canvas.size)
        let messageRow = lines.firstIndex { $0.contains("✓ Buenos días, Ana") }
        #expect(messageRow != nil)
        #expect((messageRow ?? 99) < 1 + layout.body.height / 3 + 1)
        let column = lines[messageRow ?? 0].range(of: "✓ Buenos").map { lines[messageRow ?? 0].distance(from: lines[messageRow ?? 0].startIndex, to: $0.lowerBound) }
        #expect((column ?? 0) >= layout.rightPane.x)
        // The preview fills the left pane with half blocks, the caption says who was recognised.
        let previewRows = (layout.body.y..<layout.body.maxY).filter { lines[$0].prefix(layout.leftPane.width).contains("▀") }
        #expect(previewRows.count >= 5)
        #expect(lines[layout.body.maxY - 1].contains("✓ Reconocido: E003"))
        // The last punches, newest first.
        let recentTitle = lines.firstIndex { $0.contains("Últimos fichajes") }
        let ana = lines.firstIndex { $0.contains("08:03 Ana Pérez") }
        let barack = lines.firstIndex { $0.contains("07:58 Barack Obama") }
        #expect(recentTitle != nil && ana != nil && barack != nil)
        #expect((recentTitle ?? 0) < (ana ?? 0) && (ana ?? 0) < (barack ?? 0))
        #expect(lines[ana ?? 0].contains("entrada") && lines[barack ?? 0].contains("salida"))
    }

    @Test func checkInMessageColourComesWithItsMarkAndFadesToTheInvitation() throws {
        let refused = CheckInMessage(text: "No reconocido", detail: "Acérquese o pulse F4", tone: .failure, shownAt: ScreenFixtures.date(8, 3, 10))
        let screen = CheckInScreen(snapshot: ScreenFixtures.snapshot(message: refused))
        #expect(screen.banner.role == .error)
        #expect(screen.banner.text == "✗ No reconocido")
        let canvas = ScreenFixtures.render(screen, width: 80, height: 24)
        let row = try #require(canvas.lines.firstIndex { $0.contains("✗ No reconocido") })
        let x = canvas.row(row).distance(from: canvas.row(row).startIndex, to: try #require(canvas.row(row).range(of: "✗")).lowerBound)
        #expect(canvas[x, row].style.role == .error)
        #expect(canvas.lines.contains { $0.contains("Acérquese o pulse F4") })

        let old = CheckInMessage(text: "Buenos días, Ana", tone: .success, shownAt: ScreenFixtures.date(8, 0))
        let idle = CheckInScreen(snapshot: ScreenFixtures.snapshot(message: old))
        #expect(idle.banner.text == "Mire a la cámara para fichar")
        #expect(idle.banner.role == .info)
    }

    @Test func shortStayQuestionStaysAndSaysWhichKeys() {
        let question = CheckInMessage(text: "Ana — entraste hace 2 min: ¿registrar la salida?",
                                      detail: "Enter = registrar la salida · Esc = no, sigo trabajando",
                                      tone: .attention, shownAt: ScreenFixtures.date(7, 50))
        let shortStay = ShortStayQuestion(code: EmployeeCode("E003"), name: "Ana Pérez", minutesSinceEntry: 2, method: .face, matchDistance: 0.3,
                                          askedAt: ScreenFixtures.now.addingTimeInterval(-3.5), confirmSeconds: 10)
        let screen = CheckInScreen(snapshot: ScreenFixtures.snapshot(message: question, shortStay: shortStay))
        #expect(screen.banner.role == .warn)
        #expect(screen.banner.detail == "caduca en 7 s · Enter = registrar la salida · Esc = no, sigo trabajando")
        let text = ScreenFixtures.render(screen, width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains("! Ana — entraste hace 2 min"))
        #expect(text.contains("caduca en 7 s · Enter"))
    }

    @Test(arguments: sizes)
    func checkInWithoutCameraOffersThePIN(width: Int, height: Int) {
        let snapshot = ScreenFixtures.snapshot(message: nil, withCamera: false)
        let canvas = ScreenFixtures.render(CheckInScreen(snapshot: snapshot), width: width, height: height)
        let lines = canvas.lines
        let layout = ScreenLayout(size: canvas.size)
        #expect(lines[0].contains("✗ Sin cámara"))
        let left = lines.map { String($0.prefix(layout.leftPane.width)) }.joined(separator: "\n")
        #expect(left.contains("✗ Sin imagen de cámara"))
        #expect(left.contains("Fiche con F4"))
        #expect(!left.contains("▀"))
        #expect(lines.contains { $0.contains("Pulse F4 para fichar con código y PIN") })
        #expect(lines[height - 1].contains("F4PIN"))
    }

    @Test func checkInSpeaksEnglish() {
        let snapshot = ScreenFixtures.snapshot(language: .en, message: CheckInMessage(text: "Good morning, Ana — in 08:03, on time", tone: .success, shownAt: ScreenFixtures.now))
        let lines = ScreenFixtures.render(CheckInScreen(snapshot: snapshot), width: 80, height: 24).lines
        #expect(lines[23].hasPrefix("F1Help  F2Supervisor F3Diagnostics F4PIN"))
        #expect(lines[23].contains("F10Quit"))
        #expect(lines[0].trimmingCharacters(in: .whitespaces).hasSuffix("Mon 30/11 08:03:12"))
        #expect(lines.contains { $0.contains("Last punches") })
        #expect(lines.contains { $0.contains("✓ Good morning, Ana") })
        #expect(lines.contains { $0.contains("✓ Recognised: E003") })
    }

    @Test func pinDialogIsDrawnOverTheCheckInScreen() {
        var dialog = CredentialDialog(purpose: .checkIn)
        for key in [Key.character("e"), .character("0"), .character("0"), .character("1")] { _ = dialog.handle(key) }
        var text = ScreenFixtures.render(CheckInScreen(snapshot: ScreenFixtures.snapshot(), dialog: dialog), width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains("Fichar con código y PIN"))
        #expect(text.contains("E001_"))

        _ = dialog.handle(.enter)
        for digit in "1234" { _ = dialog.handle(.character(digit)) }
        text = ScreenFixtures.render(CheckInScreen(snapshot: ScreenFixtures.snapshot(), dialog: dialog), width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains("PIN de E001"))
        #expect(text.contains("● ● ● ● _"))
        #expect(!text.contains("1234"))

        #expect(dialog.handle(.enter) == .submit(code: EmployeeCode("E001"), pin: "1234"))
        dialog.refuse("PIN incorrecto. Quedan 4 intentos.")
        text = ScreenFixtures.render(CheckInScreen(snapshot: ScreenFixtures.snapshot(), dialog: dialog), width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains("✗ PIN incorrecto. Quedan 4 intentos."))
    }

    @Test func helpListsTheKeys() {
        let text = ScreenFixtures.render(CheckInScreen(snapshot: ScreenFixtures.snapshot(), showsHelp: true), width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains("F4   fichar con código de empleado y PIN"))
        #expect(text.contains("F10  cerrar el quiosco"))
    }

    // MARK: - Start-up panel

    @Test(arguments: sizes)
    func startupPanelListsThePhasesInDesignOrder(width: Int, height: Int) {
        let outcomes: [StartupPhase: PhaseOutcome] = [
            .camera: .degraded(Bilingual(es: "sin cámara en /dev/video0", en: "no camera at /dev/video0"),
                               fix: Bilingual(es: "fichaje solo con PIN (F4)", en: "PIN check-in only (F4)")),
            .sync: .failed(Bilingual(es: "servidor inalcanzable", en: "server unreachable"), fix: Bilingual(es: "revise la red", en: "check the network")),
        ]
        let snapshot = ScreenFixtures.snapshot(startup: ScreenFixtures.startupLines(outcomes: outcomes))
        let lines = ScreenFixtures.render(StartupPanel(snapshot: snapshot), width: width, height: height).lines
        let titles = StartupPhase.allCases.map { $0.title.es }
        let rows = titles.map { title in lines.firstIndex { $0.contains(title) } }
        #expect(rows.allSatisfy { $0 != nil }, "every phase is on the panel: \(lines.joined(separator: "\n"))")
        let found = rows.compactMap { $0 }
        #expect(found == found.sorted(), "phases in the design's order")
        #expect(lines[found[2]].contains("Carga de modelos") && lines[found[3]].contains("Limpieza de memoria") && lines[found[4]].contains("Datos iniciales"))
        #expect(lines[found[0]].contains("✓ correcto"))
        #expect(lines[found[0]].contains("0.25 s"))
        #expect(lines[found[5]].contains("! degradado"))
        #expect(lines[found[6]].contains("✗ fallido"))
        let text = lines.joined(separator: "\n")
        #expect(text.contains("→ fichaje solo con PIN (F4)"))
        #expect(text.contains("→ revise la red"))
        #expect(text.contains("servidor inalcanzable"))
        #expect(text.contains("✗ Arranque con fallos"))
        #expect(lines[height - 1].contains("EnterContinuar"))
    }

    @Test func startupPanelShowsRunningPhaseAndNoticesProminently() throws {
        let notices = [Bilingual(es: "PIN inicial de S001: 482913 — anótelo, no se volverá a mostrar", en: "First PIN of S001: 482913"),
                       Bilingual(es: "PIN inicial de T001: 105577 — anótelo, no se volverá a mostrar", en: "First PIN of T001: 105577")]
        let snapshot = ScreenFixtures.snapshot(startupFinished: false, startup: ScreenFixtures.startupLines(running: .modelLoad), notices: notices)
        let canvas = ScreenFixtures.render(StartupPanel(snapshot: snapshot), width: 80, height: 24)
        let lines = canvas.lines
        let text = lines.joined(separator: "\n")
        let modelRow = try #require(lines.firstIndex { $0.contains("Carga de modelos") }, "\(text)")
        #expect(lines[modelRow].contains("… en curso"))
        #expect(lines[modelRow].contains("1.5 s"))
        #expect(text.contains("verificando SHA-256"))
        #expect(lines.first { $0.contains("Limpieza de memoria") }?.contains("· pendiente") == true)
        #expect(text.contains("! Anote estos PIN"))
        let pinRow = try #require(lines.firstIndex { $0.contains("PIN inicial de S001: 482913") }, "\(text)")
        let x = lines[pinRow].distance(from: lines[pinRow].startIndex, to: try #require(lines[pinRow].range(of: "PIN inicial")).lowerBound)
        #expect(canvas[x, pinRow].style.role == .warn)
        #expect(text.contains("PIN inicial de T001: 105577"))
        #expect(text.contains("Arrancando…"))
        #expect(!lines[23].contains("Continuar"))
    }

    // MARK: - Supervisor

    @Test(arguments: sizes)
    func supervisorDayTableShowsEachEmployeeWithStatusWordAndTotals(width: Int, height: Int) {
        var state = SupervisorState(supervisor: Employee(code: EmployeeCode("S001"), name: "Supervisora Demo", role: .supervisor), date: ScreenFixtures.today)
        state.show(ScreenFixtures.summary())
        let canvas = ScreenFixtures.render(SupervisorScreen(snapshot: ScreenFixtures.snapshot(), state: state), width: width, height: height)
        let lines = canvas.lines
        #expect(lines[0].contains("Supervisor"))
        #expect(lines[1].contains("lun 30/11/2026"))
        #expect(lines[1].contains("Turno: todos") && lines[1].contains("Estado: todos"))
        #expect(lines[2].contains("Empleado") && lines[2].contains("Entra") && lines[2].contains("Trab."))
        let obama = lines.first { $0.contains("E001 Barack Obama") } ?? ""
        #expect(obama.contains("07:58") && obama.contains("17:02") && obama.contains("✓ a tiempo") && obama.contains("9:04"))
        let collins = lines.first { $0.contains("E002 Eileen Collins") } ?? ""
        #expect(collins.contains("! tarde") && collins.contains("25"))
        #expect(lines.contains { $0.contains("E003 Ana Pérez") && $0.contains("✗ ausente") })
        #expect(lines.contains { $0.contains("E004 Luis Gómez") && $0.contains("● dentro") })
        #expect(lines[height - 3].contains("Total 4") && lines[height - 3].contains("tarde 1") && lines[height - 3].contains("retraso 25 min"))
        #expect(lines[height - 1].contains("F5CSV"))
        #expect(lines[height - 1].contains("EscVolver"))
    }

    @Test func supervisorFiltersCycleAndTotalsFollowThem() {
        var state = SupervisorState(supervisor: Employee(code: EmployeeCode("S001"), name: "S"), date: ScreenFixtures.today)
        state.show(ScreenFixtures.summary())
        state.cycleShift()
        #expect(state.shiftFilter == "Completo")
        #expect(state.visibleRecords.map(\.employee.code.rawValue) == ["E001", "E002"])
        state.cycleShift()
        #expect(state.shiftFilter == "Mañana")
        state.cycleShift()
        #expect(state.shiftFilter == nil)
        state.cycleStatus()
        #expect(state.statusFilter == .onTime)
        #expect(state.visibleRecords.map(\.employee.code.rawValue) == ["E001"])
        let screen = SupervisorScreen(snapshot: ScreenFixtures.snapshot(), state: state)
        #expect(screen.totalsLine == "Total 1 · trabajado 9:04 · a tiempo 1")
        state.move(by: 5)
        #expect(state.selected == 0)
    }

    @Test func correctionNeedsAValidTimeAndAReason() {
        let employee = Employee(code: EmployeeCode("E002"), name: "Eileen Collins")
        var form = CorrectionForm(employee: employee, date: ScreenFixtures.today, timeZone: ScreenFixtures.zone)
        #expect(form.handle(.character("2"), language: .es) == .none)
        for c in "25:99" { _ = form.handle(.character(c), language: .es) }
        #expect(form.handle(.enter, language: .es) == .refused)
        #expect(form.lines(language: .es).contains { $0.0.contains("Hora no válida: '25:99'") })
        for _ in 0..<5 { _ = form.handle(.backspace, language: .es) }
        for c in "17:05" { _ = form.handle(.character(c), language: .es) }
        #expect(form.handle(.enter, language: .es) == .none)
        #expect(form.handle(.enter, language: .es) == .refused, "an empty reason is refused")
        #expect(form.lines(language: .es).contains { $0.0.contains("El motivo es obligatorio") })
        for c in "olvidó fichar" { _ = form.handle(.character(c), language: .es) }
        let typed = form
        let expected = Correction.Action.add(kind: .exit, instant: ScreenFixtures.date(17, 5))
        #expect(form.handle(.enter, language: .es) == .submit(expected, reason: "olvidó fichar"))

        var void = CorrectionForm(employee: employee, date: ScreenFixtures.today, timeZone: ScreenFixtures.zone)
        #expect(void.handle(.character("3"), language: .es) == .loadPunches)
        let text = ScreenFixtures.render(SupervisorScreen(snapshot: ScreenFixtures.snapshot(), state: {
            var state = SupervisorState(supervisor: Employee(code: EmployeeCode("S001"), name: "S"), date: ScreenFixtures.today)
            state.show(ScreenFixtures.summary())
            state.correction = typed
            return state
        }()), width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains("Corrección"))
        #expect(text.contains("Añadir salida a las 17:05"))
        #expect(text.contains("Motivo (obligatorio): olvidó fichar_"))
    }

    @Test func enrolmentShowsTheConsentTextBeforeTheCamera() {
        var form = EnrolmentForm()
        for c in "e005" { _ = form.handle(.character(c)) }
        _ = form.handle(.enter)
        for c in "Rosa Díaz" { _ = form.handle(.character(c)) }
        _ = form.handle(.enter)
        var canvas = Canvas(size: Size(width: 80, height: 24))
        form.render(in: Rect(x: 0, y: 1, width: 80, height: 22), on: &canvas, language: .es)
        let text = canvas.lines.joined(separator: " ")
        #expect(text.contains("Lea esto a E005"))
        #expect(text.contains("plantilla numérica cifrada"))
        #expect(text.contains("Enter = acepta el consentimiento"))
        #expect(form.handle(.enter) == .start(EmployeeCode("E005"), name: "Rosa Díaz"))
        form.progress(accepted: 2, needed: 5, advice: "mire de frente")
        canvas = Canvas(size: Size(width: 80, height: 24))
        form.render(in: Rect(x: 0, y: 1, width: 80, height: 22), on: &canvas, language: .es)
        #expect(canvas.lines.contains { $0.contains("2 de 5 imágenes válidas") })
        #expect(canvas.lines.contains { $0.contains("40%") })
    }

    // MARK: - Technician

    @Test(arguments: sizes)
    func technicianScreenShowsEachCheckWithItsFix(width: Int, height: Int) {
        var state = TechnicianState(technician: Employee(code: EmployeeCode("T001"), name: "Técnico Demo", role: .tecnico))
        state.isRunning = false
        state.report = DiagnosticReport(checks: [
            DiagnosticCheck(id: "camera", title: Bilingual(es: "Cámara", en: "Camera"), verdict: .failed,
                            detail: Bilingual(es: "no hay /dev/video0", en: "no /dev/video0"),
                            fix: Bilingual(es: "conecte la webcam USB", en: "plug in the USB webcam")),
            DiagnosticCheck(id: "models", title: Bilingual(es: "Modelos", en: "Models"), verdict: .ok,
                            detail: Bilingual(es: "3 ficheros, SHA-256 ok", en: "3 files, SHA-256 ok")),
            DiagnosticCheck(id: "disk", title: Bilingual(es: "Disco", en: "Disk"), verdict: .warning,
                            detail: Bilingual(es: "92 % lleno", en: "92 % full"), fix: Bilingual(es: "libere espacio", en: "free some space")),
        ])
        let lines = ScreenFixtures.render(TechnicianScreen(snapshot: ScreenFixtures.snapshot(), state: state), width: width, height: height).lines
        #expect(lines[0].contains("Diagnóstico: Técnico Demo"))
        let camera = lines.firstIndex { $0.contains("✗ Cámara: no hay /dev/video0") }
        #expect(camera != nil)
        #expect(lines[(camera ?? 0) + 1].contains("→ conecte la webcam USB"))
        #expect(lines.contains { $0.contains("✓ Modelos: 3 ficheros, SHA-256 ok") })
        #expect(lines.contains { $0.contains("! Disco: 92 % lleno") })
        #expect(lines.contains { $0.contains("✗ 1 comprobación(es) fallida(s)") })
        #expect(lines[height - 1].hasPrefix("rRepetir tPrueba lLog aAlarmas"))
    }

    @Test func technicianRecognitionTestAndLogViews() {
        var state = TechnicianState(technician: Employee(code: EmployeeCode("T001"), name: "T"))
        state.view = .recognitionTest([Bilingual(es: "1. E001 distancia 0.312", en: "1. E001 distance 0.312")])
        var lines = ScreenFixtures.render(TechnicianScreen(snapshot: ScreenFixtures.snapshot(), state: state), width: 80, height: 24).lines
        #expect(lines.contains { $0.contains("Prueba de reconocimiento") })
        #expect(lines.contains { $0.contains("1. E001 distancia 0.312") })
        state.view = .log((1...60).map { "line \($0)" })
        lines = ScreenFixtures.render(TechnicianScreen(snapshot: ScreenFixtures.snapshot(), state: state), width: 80, height: 24).lines
        #expect(lines.contains { $0.contains("line 60") }, "the log shows its end")
        #expect(!lines.contains { $0.contains("line 1 ") || $0.hasSuffix("line 1") })
    }
}
