public import Foundation

/// What a keyboard-wedge badge reader (USB RFID or barcode) types at the check-in screen: the badge's
/// letters and digits in a quick burst, then Enter. Characters further apart than ``maximumGap`` start a
/// new number, so a stray key pressed long ago never becomes part of one.
public struct BadgeWedge: Sendable {
    /// A reader types a whole number in well under this; a person's stray keys are further apart.
    public static let maximumGap: TimeInterval = 1

    /// The characters typed so far.
    public private(set) var typed = ""
    private var lastKeyAt: Date?

    public init() {}

    /// A character from the keyboard; only ASCII letters and digits are kept.
    public mutating func type(_ character: Character, at now: Date) {
        guard character.isASCII, character.isLetter || character.isNumber else { return }
        if let last = lastKeyAt, now.timeIntervalSince(last) > Self.maximumGap { typed = "" }
        typed.append(character)
        lastKeyAt = now
    }

    /// True while a number is being typed (Enter then belongs to the badge, not to a question).
    public func isTyping(at now: Date) -> Bool {
        guard let last = lastKeyAt, !typed.isEmpty else { return false }
        return now.timeIntervalSince(last) <= Self.maximumGap
    }

    /// Enter: the number typed, if it came in one burst; the buffer empties either way.
    public mutating func enter(at now: Date) -> String? {
        defer {
            typed = ""
            lastKeyAt = nil
        }
        return isTyping(at: now) ? typed : nil
    }
}
