public import Attendance
public import Foundation

/// A line of the check-in screen's "last punches" list.
public struct RecentPunch: Hashable, Sendable {
    public var name: String
    public var kind: PunchKind
    public var method: PunchMethod
    public var instant: Date

    public init(name: String, kind: PunchKind, method: PunchMethod, instant: Date) {
        self.name = name
        self.kind = kind
        self.method = method
        self.instant = instant
    }
}
