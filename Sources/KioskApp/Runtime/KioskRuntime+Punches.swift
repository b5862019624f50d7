public import Attendance
import KioskStore

extension KioskRuntime {
    /// The punches of `employee` on `date`, oldest first, for the supervisor to pick one to void.
    ///
    /// - Throws: `CheckInMessageFailure` without a database; the store's error when it cannot be read.
    public func punches(of employee: EmployeeCode, on date: LocalDate) async throws -> [Punch] {
        try await requireStore().punches(on: date)
            .filter { $0.employee == employee }
            .sorted { $0.instant < $1.instant }
    }
}
