public import Attendance
import KioskStore

/// A failed screen action, reduced to the sentence the screen shows (in the kiosk's language).
public struct ScreenFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong and, where known, what to do.
    public var message: String

    /// A failure with its sentence.
    public init(message: String) {
        self.message = message
    }

    /// The sentence for `error`: the store's and the runtime's errors carry their own wording.
    public init(_ error: any Error, language: Language) {
        switch error {
        case let failure as CheckInMessageFailure:
            message = [failure.message.text, failure.message.detail].compactMap { $0 }.joined(separator: ": ")
        case let failure as StoreError:
            message = failure.message(in: language)
        default:
            message = "\(error)"
        }
    }

    /// The sentence.
    public var description: String { message }
}
