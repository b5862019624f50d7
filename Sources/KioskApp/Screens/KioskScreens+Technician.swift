import Attendance
import TerminalUI
import Vocabulary

// MARK: - Technician keys

extension KioskScreens {
    /// r runs the checks again, t tests recognition on the live frame, k reopens the camera, m reloads the
    /// models (load-once guard), p shows the start-up panel again, l shows the log, a acknowledges the
    /// alarms, s shows the sync detail, n syncs now, g opens the registration form, ↑/↓ scroll, c back to
    /// the checks, Esc back to check-in. While the registration form is open, the keys are its own.
    mutating func handleTechnicianKey(_ key: Key, state: inout TechnicianState, context: TerminalContext) {
        let runtime = self.runtime
        let post = self.post
        let language = runtime.language
        if case .register(var form) = state.view {
            switch form.handle(key, language: language) {
            case .none: state.view = .register(form)
            case .refused:
                state.view = .register(form)
                context.ringBell()
            case .cancel: state.view = .checks
            case .submit(let url, let code):
                state.view = .register(form)
                let technician = state.technician.code
                Task { post(.registrationFinished(await runtime.register(serverURL: url, code: code, by: technician))) }
            }
            return
        }
        switch key {
        case .escape:
            if state.view == .checks {
                mode = .checkIn
            } else {
                state.view = .checks
                state.scrollOffset = 0
            }
        case .character("r"), .character("R"):
            state.view = .checks
            runDiagnostics(&state)
        case .character("c"), .character("C"):
            state.view = .checks
            state.scrollOffset = 0
        case .character("t"), .character("T"):
            state.view = .recognitionTest(nil)
            Task { post(.recognitionTest(await runtime.testRecognition())) }
        case .character("l"), .character("L"):
            state.view = .log(nil)
            Task { post(.logTail(await runtime.logTail(lines: 200))) }
        case .character("a"), .character("A"):
            state.notice = Span(Bilingual(es: "Reconociendo alarmas…", en: "Acknowledging alarms…").text(language), role: .info)
            let technician = state.technician.code
            Task {
                do {
                    post(.alarmsAcknowledged(.success(try await runtime.acknowledgeAlarms(by: technician))))
                } catch {
                    post(.alarmsAcknowledged(.failure(ScreenFailure(error))))
                }
            }
        case .character("s"), .character("S"):
            state.view = .sync(nil)
            state.scrollOffset = 0
            Task { post(.syncDetail(await runtime.syncDetail())) }
        case .character("n"), .character("N"):
            guard !state.isSyncing else {
                context.ringBell()
                return
            }
            state.isSyncing = true
            state.notice = Span(Bilingual(es: "Sincronizando…", en: "Syncing…").text(language), role: .info)
            Task { post(.syncFinished(await runtime.syncNow())) }
        case .character("k"), .character("K"):
            state.notice = Span(Bilingual(es: "Reabriendo la cámara…", en: "Reopening the camera…").text(language), role: .info)
            let technician = state.technician.code
            Task { post(.technicianActionFinished(await runtime.reopenCamera(by: technician))) }
        case .character("m"), .character("M"):
            state.notice = Span(Bilingual(es: "Cargando los modelos…", en: "Loading the models…").text(language), role: .info)
            let technician = state.technician.code
            Task { post(.technicianActionFinished(await runtime.reloadModels(by: technician))) }
        case .character("p"), .character("P"):
            mode = .startupReview(state)
        case .character("g"), .character("G"):
            state.view = .register(RegistrationForm(serverURL: runtime.configuration.server.url.trimmingCharacters(in: .whitespaces)))
        case .up: state.scrollOffset = max(0, state.scrollOffset - 1)
        case .down: state.scrollOffset += 1
        case .pageUp: state.scrollOffset = max(0, state.scrollOffset - 10)
        case .pageDown: state.scrollOffset += 10
        default: break
        }
    }

    /// Runs the checks off the UI thread; the report comes back as an event.
    func runDiagnostics(_ state: inout TechnicianState) {
        state.isRunning = true
        let runtime = self.runtime
        let post = self.post
        Task { post(.diagnostics(await runtime.diagnostics())) }
    }
}
