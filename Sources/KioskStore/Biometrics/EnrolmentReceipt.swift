public import Foundation

/// What an enrolment stored: the new templates, and what happened to the ones the employee already had.
public struct EnrolmentReceipt: Sendable, Hashable {
    /// The new templates' UUIDs.
    public var ids: [UUID]
    /// The mode it ran in.
    public var mode: EnrolmentMode
    /// Templates the employee had before (kept in `add` mode, deleted here in `replace` mode).
    public var previous: Int

    public init(ids: [UUID], mode: EnrolmentMode, previous: Int) {
        self.ids = ids
        self.mode = mode
        self.previous = previous
    }

    /// Templates the employee has now.
    public var total: Int { mode == .add ? previous + ids.count : ids.count }
}
