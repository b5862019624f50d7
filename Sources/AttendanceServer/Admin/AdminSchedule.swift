/// One schedule line of an employee (the `PUT /admin/employees/{code}/schedules` list replaces the week).
public struct AdminSchedule: Codable, Hashable, Sendable {
    /// ISO weekday, Monday = 1 … Sunday = 7.
    public var weekday: Int
    /// The shift's name.
    public var shiftName: String
    /// Minutes after the start still on time (default 15).
    public var entryToleranceMinutes: Int?
    /// Minutes before the end not counted as early leave (default 15).
    public var exitToleranceMinutes: Int?
    /// Minutes required that day (default: the shift's length).
    public var requiredMinutes: Int?

    /// Makes a line.
    public init(weekday: Int, shiftName: String, entryToleranceMinutes: Int? = nil, exitToleranceMinutes: Int? = nil,
                requiredMinutes: Int? = nil) {
        self.weekday = weekday
        self.shiftName = shiftName
        self.entryToleranceMinutes = entryToleranceMinutes
        self.exitToleranceMinutes = exitToleranceMinutes
        self.requiredMinutes = requiredMinutes
    }
}
