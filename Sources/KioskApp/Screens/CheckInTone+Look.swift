import TerminalUI

// MARK: - How a check-in message looks

extension CheckInMessage.Tone {
    /// "✓", "!" or "✗", written before the message so its colour always comes with a sign.
    var mark: String {
        switch self {
        case .success: "✓"
        case .attention: "!"
        case .failure: "✗"
        }
    }

    /// Green, yellow or red.
    var role: StyleRole {
        switch self {
        case .success: .ok
        case .attention: .warn
        case .failure: .error
        }
    }
}
