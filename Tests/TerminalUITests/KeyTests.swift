import Testing
@testable import TerminalUI

@Suite struct KeyTests {
    // ncurses key codes (curses.h): KEY_F0 = 0410, KEY_UP = 0403, KEY_RESIZE = 0632, …
    @Test(arguments: [
        (0o410 + 1, Key.function(1)), (0o410 + 10, .function(10)), (0o403, .up), (0o402, .down),
        (0o404, .left), (0o405, .right), (0o407, .backspace), (0o527, .enter), (0o632, .resize),
        (0o541, .backTab), (0o522, .pageDown), (0o777, .unknown(0o777)),
    ] as [(UInt32, Key)])
    func functionKeyCodes(code: UInt32, expected: Key) {
        #expect(Key.decode(code, isKeyCode: true) == expected)
    }

    @Test(arguments: [
        (10, Key.enter), (13, .enter), (27, .escape), (127, .backspace), (8, .backspace), (9, .tab),
        (0x35, .character("5")), (0xF1, .character("ñ")), (1, .unknown(1)),
    ] as [(UInt32, Key)])
    func characters(code: UInt32, expected: Key) {
        #expect(Key.decode(code, isKeyCode: false) == expected)
    }

    @Test func digitsAreRecognised() {
        #expect(Key.character("7").digit == 7)
        #expect(Key.character("a").digit == nil)
        #expect(Key.character("٣").digit == nil, "only ASCII digits type a PIN")
        #expect(Key.function(1).digit == nil)
    }
}
