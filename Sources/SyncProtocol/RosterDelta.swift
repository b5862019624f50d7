/// `GET /api/v1/roster?since=VERSION`: what changed for the kiosk's site since `since`, to apply in one
/// transaction; afterwards the kiosk stores ``version`` and asks with it next time.
///
/// `since=0` is a full roster. `lastPunches` lists the site employees' latest punches that changed since
/// `punchesSince` (all of them when it is 0); the kiosk sends ``punchesCursor`` as `punchesSince` next time.
public struct RosterDelta: Codable, Hashable, Sendable {
    /// The version asked for.
    public var since: Int64
    /// The version this delta brings the kiosk to.
    public var version: Int64
    /// The kiosk's site.
    public var site: String
    /// Employees added or changed.
    public var employees: [RosterEmployee]
    /// Templates added (templates are never changed, only added or deleted).
    public var templates: [RosterTemplate]
    /// Shifts added or changed.
    public var shifts: [RosterShift]
    /// Schedule lines added or changed.
    public var schedules: [RosterSchedule]
    /// Site employees' latest punches changed since ``punchesSince``; every one when it is 0, and then they
    /// replace what the kiosk has. A punch may come again in a later delta (applying it twice changes nothing).
    public var lastPunches: [RosterLastPunch]
    /// The punch cursor asked for.
    public var punchesSince: Int64
    /// The punch cursor to ask with next time.
    public var punchesCursor: Int64
    /// Things to delete, oldest first.
    public var deletions: [RosterDeletion]
    /// The site's holidays in the calendar window (from 62 days ago on), complete whenever sent: the kiosk
    /// replaces its own with them. Nil when nothing in the roster changed since `since` (every holiday or leave
    /// change takes a new roster version), or from a server that does not send them: the kiosk keeps what it has.
    public var holidays: [RosterHoliday]?
    /// The site's people's leave that is not cancelled and has not ended more than 62 days ago, complete whenever
    /// sent, like `holidays`.
    public var leave: [RosterLeave]?

    /// Makes a delta.
    public init(since: Int64, version: Int64, site: String, employees: [RosterEmployee], templates: [RosterTemplate],
                shifts: [RosterShift], schedules: [RosterSchedule], lastPunches: [RosterLastPunch],
                punchesSince: Int64 = 0, punchesCursor: Int64 = 0, deletions: [RosterDeletion], holidays: [RosterHoliday]? = nil,
                leave: [RosterLeave]? = nil) {
        self.since = since
        self.version = version
        self.site = site
        self.employees = employees
        self.templates = templates
        self.shifts = shifts
        self.schedules = schedules
        self.lastPunches = lastPunches
        self.punchesSince = punchesSince
        self.punchesCursor = punchesCursor
        self.deletions = deletions
        self.holidays = holidays
        self.leave = leave
    }
}
