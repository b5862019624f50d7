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
    /// A holiday gives `holiday` to everyone scheduled, a whole day of leave `justified` or `permission`
    /// (nothing expected; punches that day are counted and flagged `workedOnDayOff`). A half day of leave
    /// moves the expected start or end to the shift's midpoint and halves the expected time. Each record
    /// carries its `explanation`.
    ///
    /// - Parameters:
    ///   - date: the day.
    ///   - employees: who may appear.
    ///   - schedules: schedule lines (every weekday may be passed; only `date`'s are used for status).
    ///   - shifts: every shift the schedules name.
    ///   - punches: recorded punches, originals included.
    ///   - corrections: supervisors' corrections for these employees.
    ///   - calendar: the site's holidays, its people's leave and approved overtime.
    ///   - policy: the site's rules (closing open entries, overtime, lateness).
    ///   - now: decides pending vs absent (absence is decided when the day is over: midnight, or the last
    ///     shift's end when later) and open vs missing exit.
    public func dayRecords(
        for date: LocalDate,
        employees: [Employee],
        schedules: [Schedule],
        shifts: [Shift],
        punches: [Punch],
        corrections: [Correction],
        calendar: DayCalendar = .empty,
        policy: SitePolicy = SitePolicy(),
        now: Date
    ) -> [DayRecord] {
        var shiftsByName: [String: Shift] = [:]
        for shift in shifts where shiftsByName[shift.name] == nil { shiftsByName[shift.name] = shift }
        let weekday = date.weekday
        var schedulesToday: [EmployeeCode: [Schedule]] = [:]
        schedulesToday.reserveCapacity(employees.count)
        for schedule in schedules where schedule.weekday == weekday { schedulesToday[schedule.employee, default: []].append(schedule) }

        var voids: [UUID: Correction] = [:]
        var additions: [Correction] = []
        for correction in corrections {
            switch correction.action {
            case .void(let id): voids[id] = correction
            case .add: additions.append(correction)
            }
        }
        var punchesToday: [EmployeeCode: [Punch]] = [:]
        punchesToday.reserveCapacity(employees.count)
        var voidedToday: [EmployeeCode: [(Punch, Correction)]] = [:]
        for punch in punches where punch.localDate == date {
            if let correction = voids[punch.id] {
                voidedToday[punch.employee, default: []].append((punch, correction))
            } else {
                punchesToday[punch.employee, default: []].append(punch)
            }
        }
        var addedBy: [UUID: Correction] = [:]
        if !additions.isEmpty {
            for correction in additions { addedBy[correction.id] = correction }
            for punch in correctionPunches(additions, schedules: schedules, shiftsByName: shiftsByName) where punch.localDate == date {
                punchesToday[punch.employee, default: []].append(punch)
            }
        }
        let holiday = calendar.holiday(on: date)
        var leaveToday: [EmployeeCode: Leave] = [:]
        for leave in calendar.leave where leave.covers(date) {
            // A whole day wins over a half day.
            if leaveToday[leave.employee]?.portion != .wholeDay { leaveToday[leave.employee] = leave }
        }
        var approvals: [EmployeeCode: OvertimeApproval] = [:]
        for approval in calendar.overtimeApprovals where approval.date == date {
            if let known = approvals[approval.employee], known.approvedAt >= approval.approvedAt { continue }
            approvals[approval.employee] = approval
        }

        // Every employee on the same shift shares its instants: build them once per shift.
        var timesByShift: [String: (start: Date, end: Date)] = [:]
        var records: [DayRecord] = []
        records.reserveCapacity(employees.count)
        var seen: Set<EmployeeCode> = []
        seen.reserveCapacity(employees.count)
        for employee in employees where seen.insert(employee.code).inserted {
            let lines = employee.active ? schedulesToday[employee.code] ?? [] : []
            let dayPunches = punchesToday[employee.code] ?? []
            let voided = voidedToday[employee.code] ?? []
            if lines.isEmpty && dayPunches.isEmpty && voided.isEmpty { continue }
            var occurrences: [ShiftOccurrence] = []
            for line in lines {
                guard let shift = shiftsByName[line.shiftName] else { continue }
                let times = timesByShift[shift.name] ?? shiftTimes(of: shift, on: date)
                timesByShift[shift.name] = times
                occurrences.append(occurrence(of: shift, schedule: line, on: date, times: times))
            }
            occurrences.sort { $0.start < $1.start }
            let day = DayInputs(
                employee: employee, date: date, occurrences: occurrences, punches: dayPunches, voided: voided, addedBy: addedBy,
                requiredFromSchedule: lines.contains { $0.requiredMinutes != nil }, holiday: holiday,
                leave: leaveToday[employee.code], approval: approvals[employee.code])
            records.append(dayRecord(day, policy: policy, now: now))
        }
        return records
    }

    /// Everything one employee's record is computed from.
    private struct DayInputs {
        var employee: Employee
        var date: LocalDate
        /// Scheduled occurrences, earliest start first.
        var occurrences: [ShiftOccurrence]
        /// Effective punches: recorded ones not voided, plus those added by corrections.
        var punches: [Punch]
        /// Voided punches with the correction that voided each.
        var voided: [(Punch, Correction)]
        /// Corrections by the id of the punch each added.
        var addedBy: [UUID: Correction]
        var requiredFromSchedule: Bool
        var holiday: Holiday?
        var leave: Leave?
        var approval: OvertimeApproval?
    }

    /// One employee's record and its explanation.
    private func dayRecord(_ day: DayInputs, policy: SitePolicy, now: Date) -> DayRecord {
        let sorted = day.punches.count > 1 ? day.punches.sorted { ($0.instant, $0.sequence) < ($1.instant, $1.sequence) } : day.punches
        var pairing = PunchPairing()
        var flags: DayFlags = []
        for punch in sorted {
            pairing.add(kind: punch.kind, at: punch.instant)
            if punch.flags.contains(.outsideWindow) { flags.insert(.outsideWindow) }
        }
        var explanation = DayExplanation(timeZone: timeZone.identifier, punches: usedPunches(sorted, day: day))
        var reasons: [DayReason] = []
        var remarks: [DayReason] = []
        if !day.voided.isEmpty || sorted.contains(where: { day.addedBy[$0.id] != nil }) {
            flags.insert(.corrected)
            remarks.append(.corrections(added: sorted.filter { day.addedBy[$0.id] != nil }.count, voided: day.voided.count))
        }
        if pairing.unpairedEntries > 0 { flags.insert(.missingExit) }
        if pairing.exitsWithoutEntry > 0 { flags.insert(.exitWithoutEntry) }
        remarks += pairing.unpaired.map { DayReason.entryWithoutExit(entry: $0.entry, next: $0.next) }
        remarks += pairing.lonelyExits.map { DayReason.exitWithoutEntry(exit: $0) }

        // A half day of leave moves the expected start (first half off) or end (second half off) to the midpoint.
        var occurrences = day.occurrences
        let dayOff: DayReason?
        if let holiday = day.holiday, !occurrences.isEmpty {
            dayOff = .holiday(name: holiday.name)
        } else if let leave = day.leave, leave.portion == .wholeDay, !occurrences.isEmpty {
            dayOff = .leave(kind: leave.kind, note: leave.note)
        } else {
            dayOff = nil
            if let leave = day.leave, !occurrences.isEmpty {
                occurrences = occurrences.map { halved($0, by: leave.portion) }
                flags.insert(.halfDayLeave)
                reasons.append(.halfDayLeave(kind: leave.kind, portion: leave.portion, note: leave.note,
                                             expectedStart: occurrences[0].start, expectedEnd: occurrences.map(\.end).max()!))
            }
        }
        explanation.shifts = occurrences.map {
            DayExplanation.UsedShift(name: $0.shift.name, start: $0.start, end: $0.end, windowStart: $0.windowStart, windowEnd: $0.windowEnd,
                                     entryToleranceMinutes: $0.entryToleranceMinutes, exitToleranceMinutes: $0.exitToleranceMinutes)
        }

        let last = occurrences.max { $0.end < $1.end }
        var isOpen = false
        if let open = pairing.openEntry {
            let closes: Date
            if let last, open <= last.windowEnd {
                closes = last.windowEnd
            } else {
                closes = open.addingTimeInterval(TimeInterval(unscheduledStayMinutes * 60))
            }
            if now < closes {
                isOpen = true
                remarks.insert(.open(entry: open, windowEnd: closes), at: 0)
            } else if policy.closeOpenEntriesAtShiftEnd, dayOff == nil, let last, open < last.end {
                pairing.closeOpenEntry(at: last.end)
                flags.formUnion([.missingExit, .closedAtShiftEnd])
                remarks.append(.closedAtShiftEnd(entry: open, end: last.end))
            } else {
                flags.insert(.missingExit)
                remarks.append(.missingExit(entry: open, windowEnd: closes))
            }
        }
        if flags.contains(.outsideWindow) { remarks.append(.outsideWindow) }

        var record = DayRecord(employee: day.employee, date: day.date, firstIn: pairing.firstIn, lastOut: pairing.lastOut,
                               status: .notScheduled, minutesWorked: pairing.workedMinutes, flags: flags)
        let worked: [DayReason] = pairing.pairs.isEmpty ? [] : [.worked(minutes: pairing.workedMinutes, pairs: pairing.pairs.count)]
        func finish(_ record: inout DayRecord, _ status: DayStatus, _ statusReasons: [DayReason], figures: [DayReason]) {
            record.status = status
            explanation.reasons = statusReasons + reasons + figures + remarks
            record.explanation = explanation
        }

        guard let first = occurrences.first, let last else {
            record.shiftName = sorted.first { $0.shiftName != nil }?.shiftName
            if !sorted.isEmpty { record.flags.insert(.outsideWindow) }
            if !sorted.isEmpty && !remarks.contains(.outsideWindow) { remarks.append(.outsideWindow) }
            finish(&record, isOpen ? .open : .notScheduled, isOpen ? [] : [.notScheduled], figures: worked)
            return record
        }
        record.shiftName = occurrences.map(\.shift.name).joined(separator: " + ")

        if let dayOff, let status = dayOff.dayOffStatus {
            if !sorted.isEmpty { record.flags.insert(.workedOnDayOff) }
            finish(&record, status, [dayOff], figures: [.required(minutes: 0, source: .dayOff)] + worked)
            return record
        }
        record.requiredMinutes = occurrences.reduce(0) { $0 + $1.requiredMinutes }
        let source: DayReason.RequiredSource = record.flags.contains(.halfDayLeave) ? .halfDay
            : day.requiredFromSchedule ? .schedule : .shiftLength
        var figures: [DayReason] = [.required(minutes: record.requiredMinutes, source: source)] + worked

        guard let firstIn = pairing.firstIn, firstIn < last.end else {
            // Absence is decided when the day is over: at midnight, or at the last shift's end when later.
            let endOfDay = max(instant(on: day.date.adding(days: 1), at: LocalTime(hour: 0)), last.end)
            let names = occurrences.map(\.shift.name).joined(separator: " + ")
            if let firstIn = pairing.firstIn {
                finish(&record, .absent, [.entryAfterShift(entry: firstIn, end: last.end)], figures: figures)
            } else if now >= endOfDay {
                finish(&record, .absent, [.absent(shift: names, windowStart: first.windowStart, end: last.end)], figures: figures)
            } else {
                finish(&record, .pending, [.pending(shift: names, decidedAt: endOfDay)], figures: figures)
            }
            return record
        }
        var statusReasons: [DayReason] = []
        if let late = first.minutesLate(entryAt: firstIn) {
            record.minutesLate = late
            record.flags.insert(.late)
            statusReasons.append(.late(minutes: late, entry: firstIn, start: first.start, toleranceMinutes: first.entryToleranceMinutes))
        } else {
            statusReasons.append(.onTime(entry: firstIn, start: first.start, toleranceMinutes: first.entryToleranceMinutes))
        }
        figures += overtime(of: pairing, first: first, last: last, approval: day.approval, policy: policy, record: &record)
        if isOpen {
            finish(&record, .open, statusReasons, figures: figures)
            return record
        }
        // With the last entry unclosed nobody knows when the person left: no early leave is judged.
        if pairing.openEntry == nil, !record.flags.contains(.closedAtShiftEnd), let lastOut = pairing.lastOut, last.isEarlyLeave(exitAt: lastOut) {
            record.flags.insert(.earlyLeave)
            statusReasons.insert(.earlyLeave(exit: lastOut, end: last.end, toleranceMinutes: last.exitToleranceMinutes), at: 0)
            finish(&record, .earlyLeave, statusReasons, figures: figures)
        } else {
            finish(&record, record.minutesLate > 0 ? .late : .onTime, statusReasons, figures: figures)
        }
        return record
    }

    /// Overtime from the closed stretches: time after the last shift's end counts when it reaches the site's
    /// minimum (capped by the site's daily maximum); time before the first start counts only when an approval
    /// includes it. Sets the record's figures and flag and returns the reasons.
    private func overtime(of pairing: PunchPairing, first: ShiftOccurrence, last: ShiftOccurrence, approval: OvertimeApproval?,
                          policy: SitePolicy, record: inout DayRecord) -> [DayReason] {
        var afterSeconds: TimeInterval = 0
        var beforeSeconds: TimeInterval = 0
        for pair in pairing.pairs {
            afterSeconds += max(0, pair.exit.timeIntervalSince(max(pair.entry, last.end)))
            beforeSeconds += max(0, min(pair.exit, first.start).timeIntervalSince(pair.entry))
        }
        let after = Int((afterSeconds / 60).rounded(.down))
        let early = Int((beforeSeconds / 60).rounded(.down))
        var reasons: [DayReason] = []
        var counted = 0
        if after > 0 && after < policy.overtimeMinimumMinutes {
            reasons.append(.overtimeBelowMinimum(minutes: after, minimumMinutes: policy.overtimeMinimumMinutes))
        } else {
            counted = after
        }
        if let cap = policy.overtimeMaximumMinutesPerDay, counted > cap {
            reasons.append(.overtimeCapped(minutes: counted, cap: cap))
            counted = cap
        }
        let withEarly = approval?.includesEarlyArrival == true
        if early > 0 {
            if withEarly { counted += early } else { reasons.append(.earlyArrivalNotOvertime(minutes: early, start: first.start)) }
        }
        guard counted > 0 else { return reasons }
        record.overtimeMinutes = counted
        if let approval {
            record.approvedOvertimeMinutes = min(approval.minutes, counted)
            reasons.insert(.overtime(minutes: counted, end: last.end, approved: record.approvedOvertimeMinutes,
                                     approver: approval.supervisor.rawValue), at: 0)
        } else {
            record.flags.insert(.overtimePending)
            reasons.insert(.overtime(minutes: counted, end: last.end, approved: nil, approver: nil), at: 0)
        }
        return reasons
    }

    /// `occurrence` with half of it on leave: the expected start (first half off) or end (second half off)
    /// moves to the real midpoint, and the required time halves.
    private func halved(_ occurrence: ShiftOccurrence, by portion: LeavePortion) -> ShiftOccurrence {
        var half = occurrence
        let midpoint = occurrence.start.addingTimeInterval(TimeInterval(occurrence.realMinutes / 2 * 60))
        switch portion {
        case .wholeDay: return occurrence
        case .firstHalf: half.start = midpoint
        case .secondHalf:
            half.end = midpoint
            half.windowEnd = midpoint.addingTimeInterval(TimeInterval(windowAfterEndMinutes * 60))
        }
        half.requiredMinutes = occurrence.requiredMinutes / 2
        return half
    }

    /// The day's punches as the explanation lists them: used and added ones, and the voided ones, in time order.
    private func usedPunches(_ sorted: [Punch], day: DayInputs) -> [DayExplanation.UsedPunch] {
        func note(_ correction: Correction) -> String { "\(correction.supervisor.rawValue): \(correction.reason)" }
        var used = sorted.map { punch in
            let added = day.addedBy[punch.id]
            return DayExplanation.UsedPunch(id: punch.id, door: punch.kioskID, method: punch.method, kind: punch.kind, instant: punch.instant,
                                            use: added == nil ? .used : .added, correction: added.map(note))
        }
        for (punch, correction) in day.voided {
            used.append(DayExplanation.UsedPunch(id: punch.id, door: punch.kioskID, method: punch.method, kind: punch.kind,
                                                 instant: punch.instant, use: .voided, correction: note(correction)))
        }
        if !day.voided.isEmpty { used.sort { $0.instant < $1.instant } }
        return used
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
