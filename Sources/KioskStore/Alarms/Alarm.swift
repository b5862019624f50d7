public import Foundation
public import Attendance

/// An alarm that stays visible on the panel and in diagnostics until a technician acknowledges it.
public struct Alarm: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var kind: AlarmKind
    /// What happened and where (e.g. the moved-aside file), for the technician.
    public var detail: String
    public var raisedAt: Date
    /// The technician who acknowledged it, nil while open.
    public var acknowledgedBy: EmployeeCode?
    public var acknowledgedAt: Date?

    public init(id: Int64, kind: AlarmKind, detail: String, raisedAt: Date, acknowledgedBy: EmployeeCode? = nil, acknowledgedAt: Date? = nil) {
        self.id = id
        self.kind = kind
        self.detail = detail
        self.raisedAt = raisedAt
        self.acknowledgedBy = acknowledgedBy
        self.acknowledgedAt = acknowledgedAt
    }

    /// True until acknowledged.
    public var isOpen: Bool { acknowledgedAt == nil }
}
