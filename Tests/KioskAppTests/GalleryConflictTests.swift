import Attendance
import Foundation
import KioskStore
import Testing
@testable import KioskApp

@Suite struct GalleryConflictTests {
    private func vector(_ axis: Int, _ offset: Float) -> [Float] {
        var v = [Float](repeating: 0, count: 128)
        v[axis] = offset
        return v
    }

    private func template(_ code: String, _ vector: [Float]) -> StoredTemplate {
        StoredTemplate(id: UUID(), employee: EmployeeCode(code), vector: vector)
    }

    @Test func aFaceWithinTheThresholdOfAnotherEmployeeIsTheirs() {
        let stored = [template("E001", vector(0, 1)), template("E002", vector(1, 1))]
        let conflict = GalleryConflict.check([vector(0, 1.3)], for: EmployeeCode("E003"), against: stored, threshold: 0.5, mode: .add)
        guard case .otherEmployee(let code, let distance)? = conflict else {
            Issue.record("expected a conflict with E001, got \(String(describing: conflict))")
            return
        }
        #expect(code == EmployeeCode("E001"))
        #expect(abs(distance - 0.3) < 1e-5)
    }

    @Test func aFaceFartherThanTheThresholdFromEveryoneIsNew() {
        let stored = [template("E001", vector(0, 1))]
        #expect(GalleryConflict.check([vector(0, 1.6)], for: EmployeeCode("E003"), against: stored, threshold: 0.5, mode: .add) == nil)
    }

    @Test func theSamePersonEnrolledAgainIsNoConflict() {
        let stored = [template("E001", vector(0, 1))]
        #expect(GalleryConflict.check([vector(0, 1.2)], for: EmployeeCode("E001"), against: stored, threshold: 0.5, mode: .add) == nil)
    }

    @Test func addingADifferentFaceToAnEmployeeIsRefusedButReplacingIsNot() {
        let stored = [template("E001", vector(0, 1))]
        let conflict = GalleryConflict.check([vector(1, 1)], for: EmployeeCode("E001"), against: stored, threshold: 0.5, mode: .add)
        guard case .differentFace(let distance)? = conflict else {
            Issue.record("expected a different-face refusal, got \(String(describing: conflict))")
            return
        }
        #expect(abs(distance - Float(2).squareRoot()) < 1e-5)
        #expect(GalleryConflict.check([vector(1, 1)], for: EmployeeCode("E001"), against: stored, threshold: 0.5, mode: .replace) == nil)
    }

    @Test func anotherEmployeesFaceIsRefusedEvenWhenReplacing() {
        let stored = [template("E001", vector(0, 1)), template("E002", vector(1, 1))]
        let conflict = GalleryConflict.check([vector(1, 1.1)], for: EmployeeCode("E001"), against: stored, threshold: 0.5, mode: .replace)
        guard case .otherEmployee(let code, _)? = conflict else {
            Issue.record("expected a conflict with E002, got \(String(describing: conflict))")
            return
        }
        #expect(code == EmployeeCode("E002"))
    }
}
