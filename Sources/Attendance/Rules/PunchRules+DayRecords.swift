public import Foundation

// MARK: - Day records

extension PunchRules {
    /// The day view for `date`: one record per employee scheduled that day or who punched that day.
    ///
    /// Punches count on their stored `localDate` (the day their shift started); pass at least the punches
    /// whose `localDate` is `date` (others are ignored). Corrections are applied on the fly: voided punches
    /// are left out, added punches are assigned to a day and shift by the same windows as at the door; the
    /// originals are untouched. Records follow the order of `employees`; inactive employees appear only if
    /// they punched, and punches of codes missing from `employees` are skipped.
    ///
    /// Several shifts on one day make one record: lateness is measured at the earliest start, early leave
    /// and absence at the latest end. When a record is both late and an early leave, the status says
    /// `earlyLeave` and `minutesLate` and `flags` keep the lateness.
    ///
    /// - Parameters:
    ///   - date: the day.
    ///   - employees: who may appear.
    ///   - schedules: schedule lines (every weekday may be passed; only `date`'s are used for status).
    ///   - shifts: every shift the schedules name.
    ///   - punches: recorded punches, originals included.
    ///   - corrections: supervisors' corrections for these employees.
    ///   - now: decides pending vs absent and open vs missing exit.
    public func dayRecords(
        for date: LocalDate,
        employees: [Employee],
        schedules: [Schedule],
        shifts: [Shift],
        punches: [Punch],
        corrections: [Correction],
        now: Date
    ) -> [DayRecord] {
        var shiftsByName: [String: Shift] = [:]
        for shift in shifts where shiftsByName[shift.name] == nil { shiftsByName[shift.name] = shift }
        let weekday = date.weekday
        var schedulesToday: [EmployeeCode: [Schedule]] = [:]
        for schedule in schedules where schedule.weekday == weekday { schedulesToday[schedule.employee, default: []].append(schedule) }

        var voided: Set<UUID> = []
        var additions: [Correction] = []
        for correction in corrections {
            switch correction.action {
            case .void(let id): voided.insert(id)
            case .add: additions.append(correction)
            }
        }
        var punchesToday: [EmployeeCode: [Punch]] = [:]
        var corrected: Set<EmployeeCode> = []
        for punch in punches where punch.localDate == date {
            if voided.contains(punch.id) {
                corrected.insert(punch.employee)
            } else {
                punchesToday[punch.employee, default: []].append(punch)
            }
        }
        if !additions.isEmpty {
            for punch in correctionPunches(additions, schedules: schedules, shiftsByName: shiftsByName) where punch.localDate == date {
                punchesToday[punch.employee, default: []].append(punch)
                corrected.insert(punch.employee)
            }
        }

        // Every employee on the same shift shares its instants: build them once per shift.
        var timesByShift: [String: (start: Date, end: Date)] = [:]
        var records: [DayRecord] = []
        records.reserveCapacity(employees.count)
        var seen: Set<EmployeeCode> = []
        for employee in employees where seen.insert(employee.code).inserted {
            let lines = employee.active ? schedulesToday[employee.code] ?? [] : []
            let dayPunches = punchesToday[employee.code] ?? []
            if lines.isEmpty && dayPunches.isEmpty { continue }
            var occurrences: [ShiftOccurrence] = []
            for line in lines {
                guard let shift = shiftsByName[line.shiftName] else { continue }
                let times = timesByShift[shift.name] ?? shiftTimes(of: shift, on: date)
                timesByShift[shift.name] = times
                occurrences.append(occurrence(of: shift, schedule: line, on: date, times: times))
            }
            occurrences.sort { $0.start < $1.start }
            var record = dayRecord(of: employee, on: date, occurrences: occurrences, punches: dayPunches, now: now)
            if corrected.contains(employee.code) { record.flags.insert(.corrected) }
            records.append(record)
        }
        return records
    }

    /// One employee's record from their occurrences (earliest start first) and the day's effective punches.
    private func dayRecord(of employee: Employee, on date: LocalDate, occurrences: [ShiftOccurrence], punches: [Punch], now: Date) -> DayRecord {
        let sorted = punches.count > 1 ? punches.sorted { ($0.instant, $0.sequence) < ($1.instant, $1.sequence) } : punches
        var pairing = PunchPairing()
        var flags: DayFlags = []
        for punch in sorted {
            pairing.add(kind: punch.kind, at: punch.instant)
            if punch.flags.contains(.outsideWindow) { flags.insert(.outsideWindow) }
        }
        if pairing.unpairedEntries > 0 { flags.insert(.missingExit) }
        if pairing.exitsWithoutEntry > 0 { flags.insert(.exitWithoutEntry) }

        let lastWindowEnd = occurrences.map(\.windowEnd).max()
        var isOpen = false
        if let open = pairing.openEntry {
            let closes: Date
            if let lastWindowEnd, open <= lastWindowEnd {
                closes = lastWindowEnd
            } else {
                closes = open.addingTimeInterval(TimeInterval(unscheduledStayMinutes * 60))
            }
            if now < closes { isOpen = true } else { flags.insert(.missingExit) }
        }

        var record = DayRecord(employee: employee, date: date, firstIn: pairing.firstIn, lastOut: pairing.lastOut,
                               status: .notScheduled, minutesWorked: pairing.workedMinutes, flags: flags)
        guard let first = occurrences.first, let last = occurrences.max(by: { $0.end < $1.end }) else {
            record.shiftName = sorted.first { $0.shiftName != nil }?.shiftName
            if !sorted.isEmpty { record.flags.insert(.outsideWindow) }
            record.status = isOpen ? .open : .notScheduled
            return record
        }
        record.shiftName = occurrences.map(\.shift.name).joined(separator: " + ")
        record.requiredMinutes = occurrences.reduce(0) { $0 + $1.requiredMinutes }

        guard let firstIn = pairing.firstIn, firstIn < last.end else {
            record.status = now >= last.end || pairing.firstIn != nil ? .absent : .pending
            return record
        }
        if let late = first.minutesLate(entryAt: firstIn) {
            record.minutesLate = late
            record.flags.insert(.late)
        }
        if isOpen {
            record.status = .open
            return record
        }
        // With the last entry unclosed nobody knows when the person left: no early leave is judged.
        if pairing.openEntry == nil, let lastOut = pairing.lastOut, last.isEarlyLeave(exitAt: lastOut) {
            record.flags.insert(.earlyLeave)
            record.status = .earlyLeave
        } else {
            record.status = record.minutesLate > 0 ? .late : .onTime
        }
        return record
    }

    /// Punches made from added-punch corrections, each assigned to a day and shift by the door's windows.
    private func correctionPunches(_ additions: [Correction], schedules: [Schedule], shiftsByName: [String: Shift]) -> [Punch] {
        var schedulesByEmployee: [EmployeeCode: [Schedule]] = [:]
        for schedule in schedules { schedulesByEmployee[schedule.employee, default: []].append(schedule) }
        return additions.compactMap { correction in
            guard case .add(let kind, let instant) = correction.action else { return nil }
            let lines = schedulesByEmployee[correction.employee] ?? []
            let today = localDate(of: instant)
            var candidates: [ShiftOccurrence] = []
            for offset in -1...1 {
                let date = today.adding(days: offset)
                for line in lines where line.weekday == date.weekday {
                    guard let shift = shiftsByName[line.shiftName] else { continue }
                    let occurrence = occurrence(of: shift, schedule: line, on: date)
                    if occurrence.windowContains(instant) { candidates.append(occurrence) }
                }
            }
            // An added entry joins the shift whose start is nearest, an added exit the one whose end is.
            func anchor(_ o: ShiftOccurrence) -> Date { kind == .entry ? o.start : o.end }
            let chosen = candidates.min {
                (abs(instant.timeIntervalSince(anchor($0))), $0.start) < (abs(instant.timeIntervalSince(anchor($1))), $1.start)
            }
            return Punch(
                id: correction.id, kioskID: "correction", sequence: 0, employee: correction.employee, instant: instant,
                localDate: chosen?.date ?? today, kind: kind, method: .manual, shiftName: chosen?.shift.name,
                flags: chosen == nil ? .outsideWindow : []
            )
        }
    }
}
