public import Attendance

/// An exit sooner than `min_work_minutes` after the entry, waiting for the person to confirm (a passer-by
/// must not check out by walking past).
public struct ShortStayQuestion: Hashable, Sendable {
    public var code: EmployeeCode
    public var name: String
    public var minutesSinceEntry: Int
    public var method: PunchMethod
    public var matchDistance: Double?
}
