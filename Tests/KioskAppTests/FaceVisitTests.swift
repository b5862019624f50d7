import Testing

@testable import KioskApp

/// The greeting's log line times a visit from the first frame with a face, and a frame without one starts over.
@Suite struct FaceVisitTests {
    @Test func timesTheGreetingFromTheFirstFrameWithAFace() throws {
        var visit = FaceVisit()
        visit.add(frameTime: 10.0, hasFace: false, confirmed: false)
        #expect(visit.appearedAt == nil, "nobody at the door")
        visit.add(frameTime: 10.1, hasFace: true, confirmed: false)
        visit.add(frameTime: 10.2, hasFace: true, confirmed: true)
        visit.add(frameTime: 10.3, hasFace: true, confirmed: true)
        let times = try #require(visit.greetingTimes(now: 10.35))
        #expect(abs(times.afterFace - 0.25) < 1e-9, "greeted 250 ms after the face appeared, not \(times.afterFace)")
        #expect(abs(times.recognisedAfter - 0.1) < 1e-9, "recognised on the second frame, 100 ms after it appeared")
    }

    @Test func aFrameWithoutAFaceEndsTheVisit() {
        var visit = FaceVisit()
        visit.add(frameTime: 1.0, hasFace: true, confirmed: true)
        visit.add(frameTime: 1.1, hasFace: false, confirmed: false)
        #expect(visit == FaceVisit(), "the visit is over")
        visit.add(frameTime: 5.0, hasFace: true, confirmed: false)
        #expect(visit.appearedAt == 5.0, "the next face starts a new visit")
        #expect(visit.greetingTimes(now: 5.5) == nil, "not recognised yet: no greeting time")
    }

    @Test func clocksThatDisagreeGiveNoFigure() {
        var visit = FaceVisit()
        visit.add(frameTime: 100.0, hasFace: true, confirmed: true)
        #expect(visit.greetingTimes(now: 50.0) == nil, "a greeting before the face appeared is a clock mismatch")
    }
}
