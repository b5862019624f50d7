import Foundation
public import TerminalUI

/// A one-line text field being typed (employee code, name, time, reason): printable characters up to
/// `maximumLength`, Backspace deletes.
public struct TextEntry: Hashable, Sendable {
    /// Which characters the field takes.
    public enum Kind: Hashable, Sendable {
        /// Letters and digits, upper-cased (employee codes such as `E001`).
        case code
        /// Digits and ":" (a time such as `08:30`).
        case time
        /// Any printable text (names, reasons).
        case text
    }

    /// What the field takes.
    public let kind: Kind
    /// Most characters kept.
    public let maximumLength: Int
    /// The text typed so far.
    public private(set) var text: String

    /// An empty field (or one holding `text`).
    public init(_ kind: Kind, maximumLength: Int = 40, text: String = "") {
        self.kind = kind
        self.maximumLength = maximumLength
        self.text = String(text.prefix(maximumLength))
    }

    /// The text without surrounding spaces.
    public var trimmed: String { text.trimmingCharacters(in: .whitespaces) }

    /// Applies a typed character or Backspace; returns true when the key was for the field.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .backspace, .delete:
            if !text.isEmpty { text.removeLast() }
            return true
        case .character(let character):
            guard text.count < maximumLength, accepts(character) else { return true }
            text.append(kind == .code ? Character(character.uppercased()) : character)
            return true
        default:
            return false
        }
    }

    /// The field as shown: the text and a "_" where the next character goes.
    public var shown: String { text.count < maximumLength ? text + "_" : text }

    private func accepts(_ character: Character) -> Bool {
        switch kind {
        case .code: character.isASCII && (character.isLetter || character.isNumber || character == "-")
        case .time: character.isASCII && (character.isNumber || character == ":")
        case .text: !character.isNewline
        }
    }
}
