import Attendance

/// The seed data: roles, shifts, the supervisor and technician every kiosk starts with, and the demo roster.
enum StoreSeeds {
    static let toleranceMinutes = 15

    static let shifts = [
        Shift(name: "Mañana", start: LocalTime(hour: 6), end: LocalTime(hour: 14)),
        Shift(name: "Tarde", start: LocalTime(hour: 14), end: LocalTime(hour: 22)),
        Shift(name: "Noche", start: LocalTime(hour: 22), end: LocalTime(hour: 6)),
        Shift(name: "Completo", start: LocalTime(hour: 8), end: LocalTime(hour: 17)),
    ]

    /// Seeded in every mode; each gets a first-run PIN.
    static let staff = [
        Employee(code: EmployeeCode("S001"), name: "Supervisora Demo", role: .supervisor),
        Employee(code: EmployeeCode("T001"), name: "Técnico Demo", role: .tecnico),
    ]

    /// Demo mode only; their faces are enrolled later from the bootstrap photos (E003: a frame of single_face.mp4).
    static let demoEmployees = [
        Employee(code: EmployeeCode("E001"), name: "Barack Obama"),
        Employee(code: EmployeeCode("E002"), name: "Eileen Collins"),
        Employee(code: EmployeeCode("E003"), name: "Andrés Pérez"),
    ]

    static let demoShiftName = "Completo"
    static let demoWeekdays: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]
}
