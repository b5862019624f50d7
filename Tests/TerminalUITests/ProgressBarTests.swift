import Testing
import TerminalUI

@Suite struct ProgressBarTests {
    private func render(_ fraction: Double, width: Int = 15) -> Canvas {
        var canvas = Canvas(size: Size(width: width, height: 1))
        ProgressBar(fraction: fraction, role: .ok).render(in: canvas.bounds, on: &canvas)
        return canvas
    }

    @Test func emptyHalfAndFull() {
        #expect(render(0).row(0) == "░░░░░░░░░░   0%")
        #expect(render(0.5).row(0) == "█████░░░░░  50%")
        #expect(render(1).row(0) == "██████████ 100%")
    }

    @Test func filledCellsUseTheRoleAndEmptyCellsAreMuted() {
        let canvas = render(0.5)
        #expect(canvas[0, 0].style.role == .ok)
        #expect(canvas[4, 0].style.role == .ok)
        #expect(canvas[5, 0].style.role == .muted)
    }

    @Test func partialCellShowsEighths() {
        #expect(render(0.25).row(0) == "██▌░░░░░░░  25%")
    }

    @Test func outOfRangeIsClamped() {
        #expect(render(1.7).row(0) == render(1).row(0))
        #expect(render(-2).row(0) == render(0).row(0))
        #expect(render(.nan).row(0) == render(0).row(0))
    }

    @Test func withoutPercentageTheBarUsesTheWholeWidth() {
        var canvas = Canvas(size: Size(width: 4, height: 1))
        ProgressBar(fraction: 0.5, showsPercentage: false).render(in: canvas.bounds, on: &canvas)
        #expect(canvas.row(0) == "██░░")
    }
}
