/// A schedule line (horario: employee × weekday × shift) as the roster carries it.
public struct RosterSchedule: Codable, Hashable, Sendable {
    /// Whose schedule.
    public var employeeCode: String
    /// ISO weekday, Monday = 1 … Sunday = 7.
    public var weekday: Int
    /// The shift worked that day.
    public var shiftName: String
    /// Minutes after the start still on time.
    public var entryToleranceMinutes: Int
    /// Minutes before the end that are not an early leave.
    public var exitToleranceMinutes: Int
    /// Minutes required that day, nil for the shift's length.
    public var requiredMinutes: Int?

    /// Makes a roster schedule line.
    public init(employeeCode: String, weekday: Int, shiftName: String, entryToleranceMinutes: Int,
                exitToleranceMinutes: Int, requiredMinutes: Int?) {
        self.employeeCode = employeeCode
        self.weekday = weekday
        self.shiftName = shiftName
        self.entryToleranceMinutes = entryToleranceMinutes
        self.exitToleranceMinutes = exitToleranceMinutes
        self.requiredMinutes = requiredMinutes
    }
}
