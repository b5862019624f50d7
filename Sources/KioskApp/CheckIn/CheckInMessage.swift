public import Foundation

/// The large message line of the check-in screen.
public struct CheckInMessage: Hashable, Sendable {
    /// The colour (always paired with a word on screen).
    public enum Tone: Hashable, Sendable {
        /// Green: punched.
        case success
        /// Yellow: already recorded, asks to confirm.
        case attention
        /// Red: not recognised, refused.
        case failure
    }

    public var text: String
    /// A second line: the fix, or the keys to press.
    public var detail: String?
    public var tone: Tone
    public var shownAt: Date

    public init(text: String, detail: String? = nil, tone: Tone, shownAt: Date = Date()) {
        self.text = text
        self.detail = detail
        self.tone = tone
        self.shownAt = shownAt
    }
}
