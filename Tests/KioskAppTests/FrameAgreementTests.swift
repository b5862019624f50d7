import Testing
@testable import KioskApp

@Suite struct FrameAgreementTests {
    /// A 128-D vector `offset` along axis `axis` from the origin (distances are easy to read).
    private func vector(_ axis: Int, _ offset: Float) -> [Float] {
        var v = [Float](repeating: 0, count: 128)
        v[axis] = offset
        return v
    }

    @Test func framesOfOnePersonAreAllKept() {
        var agreement = FrameAgreement(maxDistance: 0.45, maxDisagreements: 2)
        for i in 0..<5 {
            let kept = agreement.offer(vector(i, 0.1))
            #expect(kept)
        }
        // Every pair is 0.1·√2 ≈ 0.14 apart.
        #expect(agreement.kept.count == 5)
        #expect(agreement.dropped == 0)
        #expect(!agreement.tooManyDisagreements)
    }

    @Test func aSecondPersonSteppingInIsDroppedAndCountedUntilTheEnrolmentMustStop() {
        var agreement = FrameAgreement(maxDistance: 0.45, maxDisagreements: 2)
        let ana = (0..<3).map { vector($0, 0.1) }
        let luis = (3..<6).map { axis -> [Float] in
            var v = vector(axis, 0.1)
            v[100] = 1.0
            return v
        }
        for frame in ana { agreement.offer(frame) }
        #expect(agreement.kept.count == 3)
        let firstKept = agreement.offer(luis[0])
        #expect(!firstKept, "1.0 away from Ana's frames")
        #expect(agreement.dropped == 1 && !agreement.tooManyDisagreements, "one stray frame is only dropped")
        let secondKept = agreement.offer(luis[1])
        #expect(!secondKept)
        #expect(agreement.dropped == 2)
        #expect(agreement.tooManyDisagreements, "Luis seen twice: two people")
        #expect(agreement.kept == ana)
    }

    @Test func strayFramesOfDifferentPeopleStopTheEnrolmentOnlyPastTheLimit() {
        var agreement = FrameAgreement(maxDistance: 0.45, maxDisagreements: 2)
        for i in 0..<3 { agreement.offer(vector(i, 0.1)) }
        // Three passers-by, each far from Ana and from each other.
        for axis in [100, 110, 120] {
            var stray = vector(3, 0.1)
            stray[axis] = 1.0
            agreement.offer(stray)
        }
        #expect(agreement.dropped == 3)
        #expect(agreement.tooManyDisagreements)
    }

    @Test func aWrongFirstFrameDoesNotBlockThePersonWhoStays() {
        var agreement = FrameAgreement(maxDistance: 0.45, maxDisagreements: 2)
        var stranger = vector(0, 0.1)
        stranger[127] = 1.0
        agreement.offer(stranger)
        for i in 1..<6 { agreement.offer(vector(i, 0.1)) }
        #expect(agreement.kept.count == 5)
        #expect(agreement.dropped == 1)
        #expect(!agreement.keptIndices.contains(0))
    }

    @Test func theKeptFramesAgreePairwiseNotJustWithTheFirst() {
        // b and c are each within 0.45 of a, but 0.6 apart: they cannot both be kept.
        let a = vector(0, 0)
        let b = vector(0, 0.3)
        let c = vector(0, -0.3)
        #expect(FrameAgreement.largestAgreeingGroup([a, b, c], maxDistance: 0.45).count == 2)
        #expect(FrameAgreement.largestAgreeingGroup([a, b, c], maxDistance: 0.6) == [0, 1, 2])
    }
}
