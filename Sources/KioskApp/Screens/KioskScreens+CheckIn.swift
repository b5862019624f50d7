import Attendance
import TerminalUI

// MARK: - Check-in keys

extension KioskScreens {
    /// F1 help, F2 supervisor, F3 technician (straight to the PIN of a supervisor or technician just
    /// recognised), F4 PIN check-in, F10 quit (asked twice in the demo, a technician's PIN on a real door);
    /// Enter answers the short-stay question (the asked person's face, else their PIN), Esc declines it; the
    /// open dialog takes every key.
    mutating func handleCheckInKey(_ key: Key, context: TerminalContext) {
        if asksToQuit {
            asksToQuit = false
            if key == .function(10) { context.quit() }
            return
        }
        if showsHelp {
            showsHelp = false
            return
        }
        if shownWeek != nil {
            shownWeek = nil
            return
        }
        if var open = dialog {
            let action = open.handle(key)
            dialog = open
            switch action {
            case .none: break
            case .refused: context.ringBell()
            case .cancel: dialog = nil
            case .submit(let code, let pin): check(code: code, pin: pin, for: open.purpose)
            }
            return
        }
        let snapshot = runtime.snapshot()
        // A badge reader types its number and Enter; Enter then belongs to the badge.
        if snapshot.checkInMethods.contains(.badge) {
            let now = runtime.now()
            if case .character(let character) = key {
                wedge.type(character, at: now)
                return
            }
            if key == .enter, let number = wedge.enter(at: now) {
                let runtime = self.runtime
                Task { await runtime.punchWithBadge(number) }
                return
            }
        }
        if snapshot.shortStay != nil, key == .enter || key == .escape {
            if key == .escape {
                runtime.declineShortStay()
                return
            }
            let runtime = self.runtime
            let post = self.post
            Task {
                if case .needsPIN(let code) = await runtime.confirmShortStay() { post(.questionNeedsPIN(code)) }
            }
            return
        }
        switch key {
        case .function(1): showsHelp = true
        case .function(2): dialog = staffDialog(.supervisor, offer: snapshot.staffOffer)
        case .function(3): dialog = staffDialog(.technician, offer: snapshot.staffOffer)
        case .function(4):
            if snapshot.checkInMethods.contains(.pin) {
                dialog = CredentialDialog(purpose: .checkIn)
            } else {
                runtime.refusePINCheckIn()
            }
        case .function(5):
            guard snapshot.weekOffer != nil else { return }
            let runtime = self.runtime
            let post = self.post
            Task {
                do {
                    post(.weekLoaded(.success(try await runtime.offeredWeek())))
                } catch let failure as CheckInMessageFailure {
                    post(.weekLoaded(.failure(failure)))
                } catch {
                    post(.weekLoaded(.failure(CheckInMessageFailure(CheckInMessage(text: ScreenFailure(error).sentence(in: runtime.language), tone: .failure)))))
                }
            }
        case .function(10):
            // A real door closes only with a technician's PIN; the demo asks twice.
            if runtime.configuration.kiosk.demo {
                asksToQuit = true
            } else {
                dialog = CredentialDialog(purpose: .quit)
            }
        default: break
        }
    }

    /// The PIN dialog of a staff screen: straight to the PIN of the person just recognised when the key bar
    /// offers them that screen, else code then PIN.
    private func staffDialog(_ role: StaffRole, offer: StaffOffer?) -> CredentialDialog {
        if let offer, offer.roles.contains(role) {
            return CredentialDialog(purpose: .staff(role), code: offer.code)
        }
        return CredentialDialog(purpose: .staff(role))
    }

    /// Checks code and PIN off the UI thread; the answer comes back as an event.
    private func check(code: EmployeeCode, pin: String, for purpose: CredentialDialog.Purpose) {
        let runtime = self.runtime
        let post = self.post
        switch purpose {
        case .checkIn:
            Task {
                switch await runtime.verifyPIN(code: code, pin: pin) {
                case .success:
                    await runtime.punch(code, method: .pin)
                    post(.checkInPINFinished(nil))
                case .failure(let failure):
                    post(.checkInPINFinished(failure.message))
                }
            }
        case .staff(let role):
            Task { post(.staffVerified(role, await runtime.verifyStaff(code: code, pin: pin, as: role))) }
        case .confirmExit(let asked):
            Task {
                switch await runtime.verifyPIN(code: asked, pin: pin) {
                case .success:
                    await runtime.answerShortStayWithPIN(code: asked)
                    post(.exitAnswerFinished(nil))
                case .failure(let failure):
                    post(.exitAnswerFinished(failure.message))
                }
            }
        case .quit:
            Task { post(.quitVerified(await runtime.verifyStaff(code: code, pin: pin, as: .technician, action: "quit kiosk"))) }
        }
    }
}
