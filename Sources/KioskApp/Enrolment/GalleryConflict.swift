public import Attendance
import Foundation
public import KioskStore

/// What stands in the way of storing an enrolment, found by comparing its descriptors with every template
/// stored: the face is another employee's, or (adding to an employee's templates) not the face already
/// enrolled under that code. Pure arithmetic, run inside the store's write transaction.
public enum GalleryConflict: Error, Hashable, Sendable, CustomStringConvertible {
    /// The face matches `employee`'s templates within the threshold.
    case otherEmployee(EmployeeCode, distance: Float)
    /// The employee's stored templates are a different face (nearest at `distance`).
    case differentFace(distance: Float)

    /// The conflict, if any, of `vectors` (one person's) for `code` against `stored`.
    ///
    /// - Parameters:
    ///   - threshold: `[recognition] threshold`: at this distance recognition would punch one as the other.
    ///   - mode: In `add` mode the new face must also match the employee's own templates (a new face under
    ///     an existing code would take over that person's check-ins); `replace` drops them instead.
    public static func check(_ vectors: [[Float]], for code: EmployeeCode, against stored: [StoredTemplate], threshold: Float,
                             mode: EnrolmentMode) -> GalleryConflict? {
        var nearestOther: (code: EmployeeCode, distance: Float)?
        var nearestOwn: Float?
        for template in stored {
            for vector in vectors {
                let distance = FrameAgreement.distance(vector, template.vector)
                if template.employee == code {
                    nearestOwn = min(nearestOwn ?? .infinity, distance)
                } else if distance < nearestOther?.distance ?? .infinity {
                    nearestOther = (template.employee, distance)
                }
            }
        }
        if let nearestOther, nearestOther.distance <= threshold { return .otherEmployee(nearestOther.code, distance: nearestOther.distance) }
        if mode == .add, let nearestOwn, nearestOwn > threshold { return .differentFace(distance: nearestOwn) }
        return nil
    }

    public var description: String {
        switch self {
        case .otherEmployee(let code, let distance): "the face is already enrolled as \(code) (distance \(Self.format(distance)))"
        case .differentFace(let distance): "the face does not match the employee's stored templates (nearest \(Self.format(distance)))"
        }
    }

    static func format(_ value: Float) -> String { String(format: "%.3f", value) }
}
