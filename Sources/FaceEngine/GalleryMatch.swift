/// The result of a 1:N search: the nearest employee and the runner-up employee, each at the distance of
/// its nearest template.
public struct GalleryMatch: Sendable, Hashable {
    /// The nearest employee's code.
    public let employeeCode: String
    /// Distance to that employee's nearest template.
    public let distance: Float
    /// The second-nearest employee's code (nil when the gallery has one employee).
    public let runnerUpCode: String?
    /// Distance to the runner-up's nearest template (nil when the gallery has one employee).
    public let runnerUpDistance: Float?

    /// A match from its parts.
    public init(employeeCode: String, distance: Float, runnerUpCode: String?, runnerUpDistance: Float?) {
        self.employeeCode = employeeCode
        self.distance = distance
        self.runnerUpCode = runnerUpCode
        self.runnerUpDistance = runnerUpDistance
    }
}
