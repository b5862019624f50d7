import Attendance
import KioskStore

extension StaffService {
    /// The punches of `employee` on `date`, oldest first, for the supervisor to pick one to void.
    ///
    /// - Throws: `CheckInMessageFailure` without a database; the store's error when it cannot be read.
    func punches(of employee: EmployeeCode, on date: LocalDate) async throws -> [Punch] {
        try await store.punches(on: date)
            .filter { $0.employee == employee }
            .sorted { $0.instant < $1.instant }
    }
}
