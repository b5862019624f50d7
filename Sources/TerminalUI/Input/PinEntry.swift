/// The state of a PIN being typed: digits only, up to `maximumLength`, Backspace deletes, Enter submits
/// once `minimumLength` digits are in, Esc cancels.
///
/// The digits never appear in `description`, so logging the state or an outcome does not leak the PIN.
///
/// ```swift
/// switch entry.handle(key) {
/// case .submitted(let pin): verify(pin)   // off the UI thread: the KDF is slow
/// case .cancelled: closePad()
/// case .incomplete: context.ringBell()
/// case .editing: break
/// }
/// ```
public struct PinEntry: Hashable, Sendable, CustomStringConvertible {
    /// What a key did to the entry.
    public enum Outcome: Hashable, Sendable, CustomStringConvertible {
        /// A digit was added or removed, or the key was ignored.
        case editing
        /// Enter with fewer than `minimumLength` digits.
        case incomplete
        /// Enter with enough digits: the PIN typed. The entry is cleared.
        case submitted(String)
        /// Esc. The entry is cleared.
        case cancelled

        /// The outcome with the PIN masked.
        public var description: String {
            switch self {
            case .editing: "editing"
            case .incomplete: "incomplete"
            case .submitted(let pin): "submitted(\(String(repeating: "*", count: pin.count)))"
            case .cancelled: "cancelled"
            }
        }
    }

    /// Fewest digits Enter accepts.
    public let minimumLength: Int
    /// Most digits kept; further digits are ignored.
    public let maximumLength: Int
    private var digits: String = ""

    /// Creates an empty entry.
    public init(minimumLength: Int = 4, maximumLength: Int = 8) {
        precondition(minimumLength >= 1 && maximumLength >= minimumLength,
                     "PinEntry needs 1 <= minimumLength <= maximumLength, got \(minimumLength)...\(maximumLength)")
        self.minimumLength = minimumLength
        self.maximumLength = maximumLength
    }

    /// Digits typed so far.
    public var count: Int { digits.count }

    /// Applies one key.
    public mutating func handle(_ key: Key) -> Outcome {
        if let digit = key.digit {
            if digits.count < maximumLength { digits.append(String(digit)) }
            return .editing
        }
        switch key {
        case .backspace, .delete:
            if !digits.isEmpty { digits.removeLast() }
            return .editing
        case .enter:
            guard digits.count >= minimumLength else { return .incomplete }
            defer { digits = "" }
            return .submitted(digits)
        case .escape:
            digits = ""
            return .cancelled
        default:
            return .editing
        }
    }

    /// Forgets the digits typed (after a wrong PIN).
    public mutating func clear() {
        digits = ""
    }

    /// "PinEntry(3 digits)" — never the digits themselves.
    public var description: String { "PinEntry(\(digits.count) digits)" }
}
