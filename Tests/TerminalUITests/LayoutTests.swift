import Testing
import TerminalUI

@Suite struct LayoutTests {
    @Test func standardLayoutAt80x24() {
        let layout = ScreenLayout(size: Size(width: 80, height: 24))
        #expect(layout.header == Rect(x: 0, y: 0, width: 80, height: 1))
        #expect(layout.body == Rect(x: 0, y: 1, width: 80, height: 22))
        #expect(layout.keyBar == Rect(x: 0, y: 23, width: 80, height: 1))
        #expect(layout.leftPane == Rect(x: 0, y: 1, width: 36, height: 22))
        #expect(layout.rightPane == Rect(x: 37, y: 1, width: 43, height: 22))
        #expect(ScreenLayout.fits(Size(width: 80, height: 24)))
        #expect(!ScreenLayout.fits(Size(width: 79, height: 24)))
    }

    @Test func standardLayoutAt120x40() {
        let layout = ScreenLayout(size: Size(width: 120, height: 40))
        #expect(layout.keyBar == Rect(x: 0, y: 39, width: 120, height: 1))
        #expect(layout.leftPane == Rect(x: 0, y: 1, width: 54, height: 38))
        #expect(layout.rightPane == Rect(x: 55, y: 1, width: 65, height: 38))
    }

    @Test func tinyTerminalGivesEmptyRectanglesNotACrash() {
        let layout = ScreenLayout(size: Size(width: 3, height: 1))
        #expect(layout.header.height == 1)
        #expect(layout.body.isEmpty)
        #expect(layout.keyBar.isEmpty)
    }

    @Test func splitsClampAndCentre() {
        let rect = Rect(x: 2, y: 3, width: 10, height: 6)
        #expect(rect.splitTop(2) == (Rect(x: 2, y: 3, width: 10, height: 2), Rect(x: 2, y: 5, width: 10, height: 4)))
        #expect(rect.splitBottom(9).bottom == rect)
        #expect(rect.splitRight(3).right == Rect(x: 9, y: 3, width: 3, height: 6))
        #expect(rect.splitHorizontally(fraction: 0.5, gap: 1).right == Rect(x: 8, y: 3, width: 4, height: 6))
        #expect(rect.centered(width: 4, height: 2) == Rect(x: 5, y: 5, width: 4, height: 2))
        #expect(rect.inset(horizontal: 6, vertical: 1).isEmpty)
        #expect(rect.intersection(Rect(x: 0, y: 0, width: 3, height: 4)) == Rect(x: 2, y: 3, width: 1, height: 1))
    }
}
