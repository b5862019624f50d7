import Attendance
import TerminalUI

// MARK: - Check-in keys

extension KioskScreens {
    /// F1 help, F2 supervisor, F3 technician, F4 PIN check-in, F10 quit (asked twice); Enter/Esc answer
    /// the short-stay question; the open dialog takes every key.
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
        if snapshot.shortStay != nil, key == .enter || key == .escape {
            let runtime = self.runtime
            let confirm = key == .enter
            Task { await runtime.answerShortStay(confirm: confirm) }
            return
        }
        switch key {
        case .function(1): showsHelp = true
        case .function(2): dialog = CredentialDialog(purpose: .staff(.supervisor))
        case .function(3): dialog = CredentialDialog(purpose: .staff(.technician))
        case .function(4): dialog = CredentialDialog(purpose: .checkIn)
        case .function(10): asksToQuit = true
        default: break
        }
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
        }
    }
}
