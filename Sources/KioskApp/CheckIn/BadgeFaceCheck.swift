public import Attendance
public import FaceEngine
public import Foundation

/// Two-factor check-in (`[checkin] badge_face = true`): after a badge, the face in front of the camera is
/// compared with that one person's templates (1:1), never searched among everyone. `required` frames within
/// the threshold punch; `required` frames of a face beyond it refuse; nothing for `confirm_seconds` expires.
public struct BadgeFaceCheck: Sendable {
    /// What a frame made of the check.
    public enum Decision: Hashable, Sendable {
        case waiting
        /// The badge's owner: the nearest of their templates at this distance.
        case confirmed(distance: Double)
        /// Another face: the nearest of the owner's templates is this far.
        case refused(distance: Double)
    }

    public let code: EmployeeCode
    public let name: String
    public let until: Date
    /// The badge was read while a short-stay question waited for this same person: the punch answers it.
    public var answersQuestion = false
    private let templates: [Embedding]
    private let threshold: Float
    private let required: Int
    private var matches: [Float] = []
    private var mismatches: [Float] = []

    /// - Parameters:
    ///   - templates: the badge owner's face templates.
    ///   - threshold: `[recognition] threshold`.
    ///   - required: `[recognition] confirm_frames`.
    public init(code: EmployeeCode, name: String, templates: [Embedding], threshold: Float, required: Int, now: Date, confirmSeconds: Int) {
        self.code = code
        self.name = name
        self.templates = templates
        self.threshold = threshold
        self.required = max(1, required)
        self.until = now.addingTimeInterval(TimeInterval(confirmSeconds))
    }

    /// True once the face has not come in time.
    public func hasExpired(at now: Date) -> Bool {
        now >= until
    }

    /// Adds a frame's face descriptor (nil: no face in the frame).
    public mutating func add(_ embedding: Embedding?) -> Decision {
        guard let embedding, let nearest = templates.map({ embedding.distance(to: $0) }).min() else { return .waiting }
        if nearest <= threshold {
            matches.append(nearest)
            if matches.count >= required { return .confirmed(distance: Double(matches.min() ?? nearest)) }
        } else {
            mismatches.append(nearest)
            if mismatches.count >= required { return .refused(distance: Double(mismatches.min() ?? nearest)) }
        }
        return .waiting
    }
}
