import CNcurses

// MARK: - Decoding ncurses input

extension Key {
    /// Decodes what `wget_wch` returned.
    ///
    /// - Parameters:
    ///   - code: the wide character (for `OK`) or the `KEY_*` code (for `KEY_CODE_YES`).
    ///   - isKeyCode: true when `wget_wch` returned `KEY_CODE_YES`.
    static func decode(_ code: UInt32, isKeyCode: Bool) -> Key {
        if isKeyCode { return decodeKeyCode(Int32(bitPattern: code)) }
        switch code {
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 9: return .tab
        default:
            guard code >= 0x20, let scalar = Unicode.Scalar(code) else { return .unknown(Int32(bitPattern: code)) }
            return .character(Character(scalar))
        }
    }

    private static func decodeKeyCode(_ code: Int32) -> Key {
        for n in 1...12 where code == cn_key_f(Int32(n)) { return .function(n) }
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_IC: return .insert
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        default: return .unknown(code)
        }
    }
}
