import Foundation

// MARK: - Shift occurrences

extension PunchRules {
    /// The shifts `employee` is scheduled to work on `date`, earliest start first, with their real instants.
    ///
    /// Schedule lines naming a shift not in `shifts` are skipped.
    public func scheduledShifts(for employee: EmployeeCode, on date: LocalDate, schedules: [Schedule], shifts: [Shift]) -> [ShiftOccurrence] {
        let weekday = date.weekday
        return schedules
            .filter { $0.employee == employee && $0.weekday == weekday }
            .compactMap { schedule in
                shifts.first { $0.name == schedule.shiftName }.map { occurrence(of: $0, schedule: schedule, on: date) }
            }
            .sorted { $0.start < $1.start }
    }

    /// The occurrence of `shift` on `date`; tolerances default to 15 minutes without a schedule line.
    func occurrence(of shift: Shift, schedule: Schedule?, on date: LocalDate, times: (start: Date, end: Date)? = nil) -> ShiftOccurrence {
        let (start, end) = times ?? shiftTimes(of: shift, on: date)
        let realMinutes = Int(end.timeIntervalSince(start) / 60)
        return ShiftOccurrence(
            shift: shift,
            date: date,
            start: start,
            end: end,
            windowStart: start.addingTimeInterval(TimeInterval(-windowBeforeStartMinutes * 60)),
            windowEnd: end.addingTimeInterval(TimeInterval(windowAfterEndMinutes * 60)),
            entryToleranceMinutes: schedule?.entryToleranceMinutes ?? 15,
            exitToleranceMinutes: schedule?.exitToleranceMinutes ?? 15,
            requiredMinutes: schedule?.requiredMinutes ?? realMinutes
        )
    }

    /// The start and end instants of `shift` on `date` (a night shift ends on the next date).
    func shiftTimes(of shift: Shift, on date: LocalDate) -> (start: Date, end: Date) {
        let start = clock.instant(on: date, at: shift.start)
        let end = clock.instant(on: shift.crossesMidnight ? date.adding(days: 1) : date, at: shift.end)
        return (start, end)
    }
}
