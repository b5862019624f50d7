/// Something the kiosk must delete: an employee who no longer belongs to its site, a schedule line, a shift,
/// or a face template (consent withdrawn, person left).
public struct RosterDeletion: Codable, Hashable, Sendable {
    /// What kind of thing is deleted.
    public enum Kind: String, Codable, Hashable, Sendable {
        /// `key` is the employee code.
        case employee
        /// `key` is the template UUID.
        case template
        /// `key` is `CODE/WEEKDAY/SHIFT`.
        case schedule
        /// `key` is the shift name.
        case shift
    }

    /// What kind of thing is deleted.
    public var kind: Kind
    /// Which one (see ``Kind``).
    public var key: String
    /// The roster version of the deletion.
    public var version: Int64

    /// Makes a deletion.
    public init(kind: Kind, key: String, version: Int64) {
        self.kind = kind
        self.key = key
        self.version = version
    }

    /// The key of a schedule line deletion.
    public static func scheduleKey(employeeCode: String, weekday: Int, shiftName: String) -> String {
        "\(employeeCode)/\(weekday)/\(shiftName)"
    }
}
