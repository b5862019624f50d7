public import Foundation
public import Attendance
public import Vocabulary

/// The result of checking a person's PIN.
public enum PINVerification: Hashable, Sendable {
    /// Correct; the person's wrong-try count is reset.
    case ok
    /// Wrong; this many tries are left before the person is locked.
    case wrong(triesLeft: Int)
    /// Too many wrong tries: this person (only) is locked until then.
    case lockedUntil(Date)
    /// The person has no PIN yet (`kiosk pin set --code CODE`).
    case noPINSet
    /// No active employee has this code.
    case unknownEmployee

    /// The message for the PIN pad, e.g. "Bloqueado hasta las 08:35".
    ///
    /// - Parameters:
    ///   - language: Spanish or English.
    ///   - timeZone: The kiosk's zone, for "locked until HH:MM".
    public func message(in language: Language, timeZone: TimeZone) -> String {
        switch (self, language) {
        case (.ok, .es): return "PIN correcto"
        case (.ok, .en): return "PIN correct"
        case (.wrong(let left), .es): return "PIN incorrecto. Quedan \(left) intentos."
        case (.wrong(let left), .en): return "Wrong PIN. \(left) tries left."
        case (.lockedUntil(let date), .es): return "Demasiados intentos: bloqueado hasta las \(Self.clock(date, timeZone)). Pruebe después o avise a un supervisor."
        case (.lockedUntil(let date), .en): return "Too many tries: locked until \(Self.clock(date, timeZone)). Try later or ask a supervisor."
        case (.noPINSet, .es): return "No tiene PIN. Pida a un supervisor que se lo asigne (kiosk pin set --code CÓDIGO)."
        case (.noPINSet, .en): return "No PIN set. Ask a supervisor to set one (kiosk pin set --code CODE)."
        case (.unknownEmployee, .es): return "Código desconocido o dado de baja. Revise el código."
        case (.unknownEmployee, .en): return "Unknown or inactive code. Check the code."
        }
    }

    private static func clock(_ date: Date, _ timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return LocalTime(hour: c.hour ?? 0, minute: c.minute ?? 0).description
    }
}
