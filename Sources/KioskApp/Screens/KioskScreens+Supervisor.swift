import Attendance
import TerminalUI
import Vocabulary

// MARK: - Supervisor keys

extension KioskScreens {
    /// ←/→ day, ↑/↓ row, s shift filter, t status filter, ? the selected row's explanation, c correction,
    /// r review queue of doubtful punches, e enrolment, F5 CSV, Esc back; an open form takes every key, and
    /// any key closes the explanation.
    mutating func handleSupervisorKey(_ key: Key, state: inout SupervisorState, context: TerminalContext) {
        let language = runtime.language
        if var form = state.correction {
            let action = form.handle(key, language: language)
            state.correction = form
            switch action {
            case .none: break
            case .refused: context.ringBell()
            case .cancel: state.correction = nil
            case .loadPunches: loadPunches(of: form.employee.code, on: form.date)
            case .submit(let correction, let reason):
                save(correction, reason: reason, employee: form.employee.code, supervisor: state.supervisor.code)
            }
            return
        }
        if var queue = state.review {
            let action = queue.handle(key, language: language)
            state.review = queue
            switch action {
            case .none: break
            case .refused: context.ringBell()
            case .close: state.review = nil
            case .confirm(let punch): review(punch, voidReason: nil, by: state.supervisor.code)
            case .void(let punch, let reason): review(punch, voidReason: reason, by: state.supervisor.code)
            }
            return
        }
        if var form = state.enrolment {
            let action = form.handle(key)
            state.enrolment = form
            switch action {
            case .none: break
            case .refused: context.ringBell()
            case .close: state.enrolment = nil
            case .start(let code, let name): enrol(code, name: name, supervisor: state.supervisor.code)
            }
            return
        }
        if state.explaining {
            state.explaining = false
            return
        }
        switch key {
        case .escape:
            mode = .checkIn
        case .left:
            state.date = state.date.adding(days: -1)
            reload(&state)
        case .right:
            guard state.date < runtime.today() else { context.ringBell(); return }
            state.date = state.date.adding(days: 1)
            reload(&state)
        case .up: state.move(by: -1)
        case .down: state.move(by: 1)
        case .pageUp: state.move(by: -10)
        case .pageDown: state.move(by: 10)
        case .character("s"), .character("S"): state.cycleShift()
        case .character("t"), .character("T"): state.cycleStatus()
        case .character("?"):
            guard state.selectedRecord != nil else { context.ringBell(); return }
            state.explaining = true
        case .character("c"), .character("C"):
            guard let record = state.selectedRecord else { context.ringBell(); return }
            state.correction = CorrectionForm(employee: record.employee, date: state.date, timeZone: runtime.timeZone)
        case .character("r"), .character("R"):
            state.review = ReviewQueue(timeZone: runtime.timeZone)
            loadReviewQueue()
        case .character("e"), .character("E"):
            state.enrolment = EnrolmentForm()
        case .function(5):
            state.notice = Span(Bilingual(es: "Exportando…", en: "Exporting…").text(language), role: .info)
            export(state.date, by: state.supervisor.code)
        default:
            break
        }
    }

    /// Reads the day of `state` again (after a day change or a correction).
    func reload(_ state: inout SupervisorState) {
        state.isLoading = true
        state.selected = 0
        state.scrollOffset = 0
        loadDay(state.date)
    }

    /// Reads `date`'s records off the UI thread.
    func loadDay(_ date: LocalDate) {
        let runtime = self.runtime
        let post = self.post
        Task {
            do {
                post(.daySummary(date, .success(try await runtime.daySummary(for: date))))
            } catch {
                post(.daySummary(date, .failure(ScreenFailure(error))))
            }
        }
    }

    /// Enrolments made here that the server refused: the supervisor sees them on opening the screen (they stay
    /// in diagnostics until a technician acknowledges them).
    func loadSupervisorAlarms() {
        let runtime = self.runtime
        let post = self.post
        Task {
            if let alarms = try? await runtime.openAlarms(of: .enrolmentRejected), !alarms.isEmpty { post(.supervisorAlarms(alarms)) }
        }
    }

    private func loadPunches(of code: EmployeeCode, on date: LocalDate) {
        let runtime = self.runtime
        let post = self.post
        Task {
            do {
                post(.punchesLoaded(code, .success(try await runtime.punches(of: code, on: date))))
            } catch {
                post(.punchesLoaded(code, .failure(ScreenFailure(error))))
            }
        }
    }

    private func save(_ correction: Correction.Action, reason: String, employee: EmployeeCode, supervisor: EmployeeCode) {
        let runtime = self.runtime
        let post = self.post
        Task {
            do {
                try await runtime.correct(employee: employee, action: correction, reason: reason, by: supervisor)
                post(.correctionFinished(.success(employee)))
            } catch {
                post(.correctionFinished(.failure(ScreenFailure(error))))
            }
        }
    }

    /// Reads the doubtful punches waiting for review off the UI thread.
    func loadReviewQueue() {
        let runtime = self.runtime
        let post = self.post
        Task {
            do {
                post(.reviewQueueLoaded(.success(try await runtime.punchesToReview())))
            } catch {
                post(.reviewQueueLoaded(.failure(ScreenFailure(error))))
            }
        }
    }

    /// Confirms `punch`, or voids it when there is a reason.
    private func review(_ punch: Punch, voidReason: String?, by supervisor: EmployeeCode) {
        let runtime = self.runtime
        let post = self.post
        Task {
            do {
                if let voidReason {
                    try await runtime.voidReviewed(punch, reason: voidReason, by: supervisor)
                    post(.reviewFinished(.success(Bilingual(es: "✓ Fichaje de \(punch.employee) anulado", en: "✓ \(punch.employee)'s punch voided"))))
                } else {
                    try await runtime.confirmReviewed(punch, by: supervisor)
                    post(.reviewFinished(.success(Bilingual(es: "✓ Fichaje de \(punch.employee) confirmado",
                                                            en: "✓ \(punch.employee)'s punch confirmed"))))
                }
            } catch {
                post(.reviewFinished(.failure(ScreenFailure(error))))
            }
        }
    }

    private func export(_ date: LocalDate, by supervisor: EmployeeCode) {
        let runtime = self.runtime
        let post = self.post
        Task {
            do {
                post(.exported(.success(try await runtime.exportDay(date, by: supervisor))))
            } catch {
                post(.exported(.failure(ScreenFailure(error))))
            }
        }
    }

    private func enrol(_ code: EmployeeCode, name: String?, supervisor: EmployeeCode) {
        let runtime = self.runtime
        let post = self.post
        Task {
            do {
                let stored = try await runtime.enrolFromCamera(employee: code, name: name, supervisor: supervisor) { progress in
                    post(.enrolmentProgress(progress))
                }
                post(.enrolmentFinished(.success(stored)))
            } catch {
                post(.enrolmentFinished(.failure(ScreenFailure(error))))
            }
        }
    }
}
