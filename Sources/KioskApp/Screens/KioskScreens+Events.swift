import Attendance
import TerminalUI
import Vocabulary

// MARK: - Answers from other threads

extension KioskScreens {
    /// Applies an answer to the screen that asked for it; an answer for a screen already closed is dropped.
    mutating func handleEvent(_ event: KioskEvent, context: TerminalContext) {
        let language = runtime.language
        switch event {
        case .refresh:
            break
        case .checkInPINFinished(let refusal):
            guard dialog?.purpose == .checkIn else { return }
            if let refusal {
                dialog?.refuse(refusal.text)
                context.ringBell()
            } else {
                dialog = nil
            }
        case .questionNeedsPIN(let code):
            guard case .checkIn = mode, dialog == nil else { return }
            dialog = CredentialDialog(purpose: .confirmExit(code), code: code)
        case .exitAnswerFinished(let refusal):
            guard case .confirmExit = dialog?.purpose else { return }
            if let refusal {
                dialog?.refuse(refusal.text)
                context.ringBell()
            } else {
                dialog = nil
            }
        case .weekLoaded(let result):
            guard case .checkIn = mode else { return }
            switch result {
            case .success(let week): shownWeek = (week, runtime.now().addingTimeInterval(WeekView.shownSeconds))
            case .failure(let failure): runtime.show(failure.message)
            }
        case .quitVerified(let result):
            guard dialog?.purpose == .quit else { return }
            switch result {
            case .success(let technician):
                logger.info("kiosk closed by a technician", metadata: ["technician": "\(technician.code)"])
                context.quit()
            case .failure(let failure):
                dialog?.refuse(failure.message.text)
                context.ringBell()
            }
        case .staffVerified(let role, let result):
            guard dialog?.purpose == .staff(role) else { return }
            switch result {
            case .success(let employee):
                dialog = nil
                switch role {
                case .supervisor:
                    let state = SupervisorState(supervisor: employee, date: runtime.today())
                    mode = .supervisor(state)
                    loadDay(state.date)
                    loadSupervisorAlarms()
                case .technician:
                    var state = TechnicianState(technician: employee)
                    runDiagnostics(&state)
                    mode = .technician(state)
                }
            case .failure(let failure):
                dialog?.refuse(failure.message.text)
                context.ringBell()
            }
        case .technicianActionFinished(let what):
            guard case .technician(var state) = mode else { return }
            state.notice = Span(what.text(language), role: .info)
            runDiagnostics(&state)
            mode = .technician(state)
        case .diagnostics(let report):
            updateTechnician { $0.report = report; $0.isRunning = false }
        case .recognitionTest(let lines):
            updateTechnician { if case .recognitionTest = $0.view { $0.view = .recognitionTest(lines) } }
        case .logTail(let lines):
            updateTechnician { if case .log = $0.view { $0.view = .log(lines) } }
        case .syncDetail(let lines):
            updateTechnician { if case .sync = $0.view { $0.view = .sync(lines) } }
        case .syncFinished(let result):
            updateTechnician { state in
                state.isSyncing = false
                switch result {
                case .success(let summary): state.notice = Span(summary.text(language), role: .ok)
                case .failure(let failure): state.notice = Span("✗ " + failure.sentence(in: language), role: .error)
                }
            }
            refreshSyncDetail()
        case .registrationFinished(let result):
            updateTechnician { state in
                switch result {
                case .success(let summary):
                    state.notice = Span(summary.text(language), role: .ok)
                    state.view = .sync(nil)
                case .failure(let failure):
                    if case .register(var form) = state.view {
                        form.refuse(failure.sentence(in: language))
                        state.view = .register(form)
                    } else {
                        state.notice = Span("✗ " + failure.sentence(in: language), role: .error)
                    }
                }
            }
            refreshSyncDetail()
        case .alarmsAcknowledged(let result):
            guard case .technician(var state) = mode else { return }
            switch result {
            case .success(let count):
                state.notice = Span(Bilingual(es: "✓ \(count) alarma(s) reconocida(s)",
                                              en: "✓ \(count) alarm(s) acknowledged").text(language), role: .ok)
                runDiagnostics(&state)
            case .failure(let failure):
                state.notice = Span("✗ " + failure.sentence(in: language), role: .error)
            }
            mode = .technician(state)
        default:
            handleSupervisorEvent(event)
        }
    }

    private mutating func handleSupervisorEvent(_ event: KioskEvent) {
        guard case .supervisor(var state) = mode else { return }
        let language = runtime.language
        switch event {
        case .daySummary(let date, let result):
            guard date == state.date else { return }
            switch result {
            case .success(let summary): state.show(summary)
            case .failure(let failure):
                state.isLoading = false
                state.notice = Span("✗ " + failure.sentence(in: language), role: .error)
            }
        case .exported(let result):
            switch result {
            case .success(let path): state.notice = Span(Bilingual(es: "✓ CSV escrito: ", en: "✓ CSV written: ").text(language) + path, role: .ok)
            case .failure(let failure): state.notice = Span("✗ CSV: " + failure.sentence(in: language), role: .error)
            }
        case .punchesLoaded(let code, let result):
            guard state.correction?.employee.code == code else { return }
            switch result {
            case .success(let punches): state.correction?.show(punches: punches, language: language)
            case .failure(let failure): state.correction?.fail(failure.sentence(in: language))
            }
        case .reviewQueueLoaded(let result):
            switch result {
            case .success(let punches): state.review?.show(punches: punches)
            case .failure(let failure): state.review?.fail(Span("✗ " + failure.sentence(in: language), role: .error))
            }
        case .reviewFinished(let result):
            guard state.review != nil else { break }
            switch result {
            case .success(let done): state.review?.finish(Span(done.text(language), role: .ok))
            case .failure(let failure): state.review?.finish(Span("✗ " + failure.sentence(in: language), role: .error))
            }
            loadReviewQueue()
            // A void changes the day's records.
            reload(&state)
        case .correctionFinished(let result):
            switch result {
            case .success(let code):
                state.correction = nil
                state.notice = Span(Bilingual(es: "✓ Corrección guardada para \(code)",
                                              en: "✓ Correction saved for \(code)").text(language), role: .ok)
                reload(&state)
            case .failure(let failure):
                state.correction?.fail(failure.sentence(in: language))
            }
        case .enrolmentProgress(let progress):
            let dropped = progress.dropped > 0
                ? Bilingual(es: "\(progress.dropped) descartadas (otra persona)",
                            en: "\(progress.dropped) dropped (someone else)").text(language) : nil
            let advice = [progress.advice?.text(language), dropped].compactMap { $0 }.joined(separator: " · ")
            state.enrolment?.progress(accepted: progress.accepted, needed: progress.needed, advice: advice.isEmpty ? nil : advice)
        case .enrolmentFinished(let result):
            switch result {
            case .success(let stored):
                state.enrolment?.finish(stored.text(language), succeeded: true)
            case .failure(let failure):
                state.enrolment?.finish(failure.sentence(in: language), succeeded: false)
            }
        case .supervisorAlarms(let alarms):
            guard let first = alarms.first else { break }
            let more = alarms.count > 1 ? Bilingual(es: " (y \(alarms.count - 1) más)", en: " (and \(alarms.count - 1) more)").text(language) : ""
            state.notice = Span("⚠ " + first.kind.title(in: language) + ": " + first.detail + more, role: .error)
        default:
            break
        }
        mode = .supervisor(state)
    }

    /// Reads the sync detail again when the technician is looking at it.
    private func refreshSyncDetail() {
        guard case .technician(let state) = mode, case .sync = state.view else { return }
        let runtime = self.runtime
        let post = self.post
        Task { post(.syncDetail(await runtime.syncDetail())) }
    }

    private mutating func updateTechnician(_ change: (inout TechnicianState) -> Void) {
        guard case .technician(var state) = mode else { return }
        change(&state)
        mode = .technician(state)
    }
}
