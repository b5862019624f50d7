/// A schedule line (horario): on this weekday, this employee works this shift.
public struct Schedule: Hashable, Codable, Sendable {
    public var employee: EmployeeCode
    public var weekday: Weekday
    /// The `Shift.name` worked that day.
    public var shiftName: String
    /// An entry up to this many minutes after the shift's start is on time (default 15).
    public var entryToleranceMinutes: Int
    /// An exit up to this many minutes before the shift's end is not an early leave (default 15).
    public var exitToleranceMinutes: Int
    /// Minutes the employee must work that day (default: the shift's length).
    public var requiredMinutes: Int?

    public init(
        employee: EmployeeCode,
        weekday: Weekday,
        shiftName: String,
        entryToleranceMinutes: Int = 15,
        exitToleranceMinutes: Int = 15,
        requiredMinutes: Int? = nil
    ) {
        self.employee = employee
        self.weekday = weekday
        self.shiftName = shiftName
        self.entryToleranceMinutes = entryToleranceMinutes
        self.exitToleranceMinutes = exitToleranceMinutes
        self.requiredMinutes = requiredMinutes
    }
}
