import Testing
@testable import KioskApp

@Suite struct ConfirmationWindowTests {
    private func feed(_ verdicts: [FrameVerdict], required: Int = 2, window: Int = 3) -> [ConfirmationWindow.Outcome?] {
        var w = ConfirmationWindow(required: required, window: window)
        return verdicts.map { w.add($0) }
    }

    @Test func twoOfThreeConfirmsWithTheBestDistance() {
        let out = feed([.match(code: "E001", distance: 0.41), .unknown(distance: 0.7), .match(code: "E001", distance: 0.38)])
        #expect(out == [nil, nil, .employee(code: "E001", distance: 0.38)])
    }

    @Test func oneFrameNeverPunches() {
        #expect(feed([.match(code: "E001", distance: 0.3)]) == [nil])
    }

    @Test func alternatingPeopleAreNotConfirmed() {
        let out = feed([.match(code: "E001", distance: 0.4), .match(code: "E002", distance: 0.4),
                        .unknown(distance: nil), .match(code: "E001", distance: 0.4)])
        #expect(out == [nil, nil, nil, nil])
    }

    @Test func samePersonStandingIsReportedOnce() {
        let m = FrameVerdict.match(code: "E001", distance: 0.4)
        #expect(feed([m, m, m, m, m]) == [nil, .employee(code: "E001", distance: 0.4), nil, nil, nil])
    }

    @Test func leavingAndComingBackReportsAgain() {
        let m = FrameVerdict.match(code: "E001", distance: 0.4)
        let out = feed([m, m, .noFace, m, m])
        #expect(out == [nil, .employee(code: "E001", distance: 0.4), nil, nil, .employee(code: "E001", distance: 0.4)])
    }

    @Test func unknownIsConfirmedToo() {
        let out = feed([.unknown(distance: 0.8), .unknown(distance: 0.75)])
        #expect(out == [nil, .unknown])
    }

    @Test func noFaceBreaksTheRun() {
        let m = FrameVerdict.match(code: "E001", distance: 0.4)
        #expect(feed([m, .noFace, m]) == [nil, nil, nil])
    }

    @Test func oneOfOneConfirmsAtOnce() {
        #expect(feed([.match(code: "E002", distance: 0.2)], required: 1, window: 1) == [.employee(code: "E002", distance: 0.2)])
    }

    @Test func someoneHandledAnotherWayIsNotReportedUntilTheyLeave() {
        let e3 = FrameVerdict.match(code: "E003", distance: 0.4)
        var w = ConfirmationWindow(required: 2, window: 3)
        _ = w.add(e3)
        w.handled("E003")  // their badge, before their face was confirmed
        #expect([w.add(e3), w.add(e3), w.add(e3)] == [nil, nil, nil])
        _ = w.add(.noFace)
        #expect([w.add(e3), w.add(e3)] == [nil, .employee(code: "E003", distance: 0.4)], "back after leaving: reported again")
    }

    @Test func aHandledBadgeLeavesThePersonAlreadyReportedReported() {
        let e1 = FrameVerdict.match(code: "E001", distance: 0.4)
        var w = ConfirmationWindow(required: 2, window: 3)
        #expect([w.add(e1), w.add(e1)] == [nil, .employee(code: "E001", distance: 0.4)])
        w.handled("E003")  // someone else's badge while E001 still stands there
        #expect([w.add(e1), w.add(e1), w.add(e1)] == [nil, nil, nil], "E001 is not greeted twice")
        _ = w.add(.noFace)
        var u = ConfirmationWindow(required: 2, window: 3)
        #expect([u.add(.unknown(distance: 0.8)), u.add(.unknown(distance: 0.8))] == [nil, .unknown])
        u.handled("E003")  // the unknown face badges in: it is not called unknown again
        #expect([u.add(.unknown(distance: 0.8)), u.add(.unknown(distance: 0.8))] == [nil, nil])
    }
}
