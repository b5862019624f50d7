public import Foundation

/// Whether a punch opens (entrada) or closes (salida) a stretch of work. Raw values are the wire names.
public enum PunchKind: String, CaseIterable, Codable, Sendable {
    case entry = "IN"
    case exit = "OUT"
}

/// How the person was identified.
public enum PunchMethod: String, CaseIterable, Codable, Sendable {
    case face
    case pin
    /// Added by a supervisor's correction.
    case manual
    /// A badge (RFID card or barcode) read at the door by a keyboard-wedge reader.
    case badge
}

/// Remarks the rules attach to a punch; a flagged punch is stored, never refused.
public struct PunchFlags: OptionSet, Hashable, Codable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Outside every shift window of the employee (or no schedule that day).
    public static let outsideWindow = PunchFlags(rawValue: 1 << 0)
    /// An entry after start + tolerance.
    public static let late = PunchFlags(rawValue: 1 << 1)
    /// An exit before end − tolerance.
    public static let earlyLeave = PunchFlags(rawValue: 1 << 2)
    /// An exit with no open entry before it.
    public static let exitWithoutEntry = PunchFlags(rawValue: 1 << 3)
    /// The person confirmed an exit sooner than `min_work_minutes` after the entry.
    public static let confirmedShortStay = PunchFlags(rawValue: 1 << 4)
    /// The identification was doubtful (match distance near the threshold, a runner-up nearly as close, or weak
    /// liveness evidence): recorded as usual and sent to the supervisors' review queue.
    public static let doubtful = PunchFlags(rawValue: 1 << 5)
}

/// One recorded punch. Never edited or deleted: corrections are new records (`Correction`).
public struct Punch: Hashable, Codable, Sendable, Identifiable {
    /// Globally unique; the server de-duplicates on it.
    public var id: UUID
    /// The kiosk that recorded it.
    public var kioskID: String
    /// Per-kiosk, strictly increasing.
    public var sequence: Int64
    public var employee: EmployeeCode
    /// The instant, in UTC.
    public var instant: Date
    /// The day the punch belongs to in the kiosk's time zone (a night shift's exit belongs to the day the
    /// shift started).
    public var localDate: LocalDate
    public var kind: PunchKind
    public var method: PunchMethod
    /// Face-match distance when `method == .face`.
    public var matchDistance: Double?
    /// The `Shift.name` the punch was assigned to, nil when outside every window.
    public var shiftName: String?
    public var flags: PunchFlags

    public init(
        id: UUID = UUID(),
        kioskID: String,
        sequence: Int64,
        employee: EmployeeCode,
        instant: Date,
        localDate: LocalDate,
        kind: PunchKind,
        method: PunchMethod,
        matchDistance: Double? = nil,
        shiftName: String? = nil,
        flags: PunchFlags = []
    ) {
        self.id = id
        self.kioskID = kioskID
        self.sequence = sequence
        self.employee = employee
        self.instant = instant
        self.localDate = localDate
        self.kind = kind
        self.method = method
        self.matchDistance = matchDistance
        self.shiftName = shiftName
        self.flags = flags
    }
}
