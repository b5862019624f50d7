public import Foundation
public import Attendance

/// What the server's roster brings the kiosk, in the store's own terms (the sync client maps the wire
/// delta onto it): apply it with ``KioskStore/applyRoster(_:now:)`` in one transaction.
///
/// Everything listed is current on the server for this kiosk's site; ``deletions`` are applied first, so an
/// item deleted and later re-added arrives as added.
public struct RosterUpdate: Sendable, Hashable {
    /// An employee added or changed on the server.
    public struct Employee: Sendable, Hashable {
        /// Badge code.
        public var code: EmployeeCode
        /// Full name.
        public var name: String
        /// The role's name as the server spells it (`COLABORADOR`, `SUPERVISOR`, …); an unknown one reads as
        /// a colaborador.
        public var role: String
        /// False when the person left or is suspended.
        public var active: Bool
        /// The PIN hash in text form (`$pbkdf2-sha256$i=…`), nil when the server has none.
        public var pinHash: String?
        /// True while the person's biometric consent stands on the server.
        public var biometricConsent: Bool
        /// The badge number the server gives them; it wins over a local one (taken from whoever holds it
        /// here). Nil leaves the kiosk's own (`kiosk badge set`) as it is.
        public var badge: String?

        /// Makes an employee entry.
        public init(code: EmployeeCode, name: String, role: String, active: Bool, pinHash: String?, biometricConsent: Bool,
                    badge: String? = nil) {
            self.code = code
            self.name = name
            self.role = role
            self.active = active
            self.pinHash = pinHash
            self.biometricConsent = biometricConsent
            self.badge = badge
        }
    }

    /// A face template from the server (enrolled at any door of the site).
    ///
    /// `description` never shows the vector (special-category data).
    public struct Template: Sendable, Hashable, CustomStringConvertible {
        /// The template's UUID (the enrolling kiosk's own id).
        public var id: UUID
        /// Whose face.
        public var employee: EmployeeCode
        /// The 128-D descriptor.
        public var vector: [Float]

        /// Makes a template entry.
        public init(id: UUID, employee: EmployeeCode, vector: [Float]) {
            self.id = id
            self.employee = employee
            self.vector = vector
        }

        public var description: String { "RosterUpdate.Template(\(vector.count)-D, redacted)" }
    }

    /// Something the server deleted for this site.
    public enum Deletion: Sendable, Hashable {
        /// The employee left the site: deactivated here (punches keep referring to them), schedules and
        /// acknowledged templates removed.
        case employee(EmployeeCode)
        /// A face template (consent withdrawn, person left); a local enrolment the server has not
        /// acknowledged is kept.
        case template(UUID)
        /// A schedule line.
        case schedule(employee: EmployeeCode, weekday: Weekday, shiftName: String)
        /// A shift, with the schedule lines that name it.
        case shift(String)
    }

    /// The roster version this update brings the kiosk to.
    public var version: Int64
    /// Employees added or changed.
    public var employees: [Employee]
    /// Templates added.
    public var templates: [Template]
    /// Shifts added or changed.
    public var shifts: [Shift]
    /// Schedule lines added or changed.
    public var schedules: [Schedule]
    /// Site employees' latest punches from any door: every one when ``lastPunchesComplete`` (they replace what
    /// was stored), otherwise those changed since the kiosk's last pull (they update it).
    public var lastPunches: [SiteLastPunch]
    /// Whether ``lastPunches`` is the whole site's list.
    public var lastPunchesComplete: Bool
    /// The server's cursor after these punches, stored and sent with the next pull.
    public var lastPunchCursor: Int64
    /// Things to delete, oldest first.
    public var deletions: [Deletion]
    /// Items the mapping could not read (a bad time, weekday or descriptor), counted in the report.
    public var unreadable: Int
    /// The site's holidays and its people's leave, complete: replaces what was stored. Nil keeps it (a
    /// server that does not send a calendar).
    public var calendar: DayCalendar?

    /// Makes an update.
    public init(version: Int64, employees: [Employee] = [], templates: [Template] = [], shifts: [Shift] = [],
                schedules: [Schedule] = [], lastPunches: [SiteLastPunch] = [], lastPunchesComplete: Bool = true,
                lastPunchCursor: Int64 = 0, deletions: [Deletion] = [], unreadable: Int = 0, calendar: DayCalendar? = nil) {
        self.version = version
        self.employees = employees
        self.templates = templates
        self.shifts = shifts
        self.schedules = schedules
        self.lastPunches = lastPunches
        self.lastPunchesComplete = lastPunchesComplete
        self.lastPunchCursor = lastPunchCursor
        self.deletions = deletions
        self.unreadable = unreadable
        self.calendar = calendar
    }
}
