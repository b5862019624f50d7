/// What ``KioskStore/applyRoster(_:now:)`` changed, for the log and the tests.
public struct RosterApplyReport: Sendable, Hashable {
    /// The roster version now stored.
    public var version: Int64
    /// Employees inserted or updated.
    public var employees = 0
    /// Templates stored (already-known ids are not counted).
    public var templatesAdded = 0
    /// Templates deleted.
    public var templatesDeleted = 0
    /// Template deletions not applied because the template is a local enrolment the server has not
    /// acknowledged yet.
    public var unacknowledgedKept = 0
    /// Employees deactivated by an employee deletion.
    public var employeesDeactivated = 0
    /// Shifts and schedule lines inserted, updated or deleted.
    public var shiftsAndSchedules = 0
    /// PIN hashes replaced.
    public var pinsUpdated = 0
    /// Badges the server gave an employee (a different number from the one stored here, or none before).
    public var badgesSet = 0
    /// Badges taken from another employee here because the server gave that number to someone else.
    public var badgesTakenFromOthers = 0
    /// Items skipped: unreadable, naming an employee or shift this kiosk does not have, a PIN hash in a
    /// format this kiosk cannot check, or a badge number that is not 4 to 32 letters and digits.
    public var skipped = 0

    /// An empty report for `version`.
    public init(version: Int64) { self.version = version }

    /// True when recognition must reload its gallery (templates or employees changed).
    public var changesGallery: Bool {
        employees > 0 || templatesAdded > 0 || templatesDeleted > 0 || employeesDeactivated > 0
    }
}
