public import Foundation

// MARK: - Decide

extension PunchRules {
    /// What should happen when `employee` is identified at `instant`.
    ///
    /// - A punch within `debounceSeconds` of the employee's last punch (from any door) is a repeat:
    ///   `.alreadyRecorded`.
    /// - With an entry still open (its shift window has not closed; an entry outside every window stays open
    ///   `unscheduledStayMinutes`), this punch is the exit, unless another scheduled shift's start is
    ///   strictly nearer than the open shift's end (back-to-back shifts tie, so the exit closes the open
    ///   shift first). An exit sooner than `minWorkMinutes` after its entry asks to confirm.
    /// - Otherwise it is an entry into the shift whose window holds `instant` and whose start is nearest
    ///   (a tie picks the earlier start), or, outside every window, an entry flagged `outsideWindow`.
    ///   An identification with no open entry is always an entry: `exitWithoutEntry` only arises from
    ///   corrections or from another door's punches.
    ///
    /// - Parameters:
    ///   - employee: who was identified.
    ///   - instant: when.
    ///   - schedules: schedule lines (any employees'; only `employee`'s are used).
    ///   - shifts: every shift the schedules name.
    ///   - recentPunches: the employee's recent punches from every door (at least the last one; the whole
    ///     day's punches make `minutesWorkedToday` complete). Other employees' punches are ignored.
    ///   - confirmedShortStay: the person confirmed an exit sooner than `minWorkMinutes`.
    /// - Returns: the decision; a `.confirmShortStay` draft already carries `.confirmedShortStay` and can be
    ///   stored as is once the person confirms.
    public func decide(
        employee: EmployeeCode,
        at instant: Date,
        schedules: [Schedule],
        shifts: [Shift],
        recentPunches: [Punch],
        confirmedShortStay: Bool = false
    ) -> PunchDecision {
        let debounce = TimeInterval(debounceSeconds)
        let history = recentPunches
            .filter { $0.employee == employee && $0.instant <= instant.addingTimeInterval(debounce) }
            .sorted { ($0.instant, $0.sequence) < ($1.instant, $1.sequence) }
        // Another door's clock may run slightly ahead: a punch just after `instant` is a repeat too.
        if let last = history.last, abs(instant.timeIntervalSince(last.instant)) < debounce {
            return .alreadyRecorded(kind: last.kind, at: last.instant)
        }

        var shiftsByName: [String: Shift] = [:]
        for shift in shifts where shiftsByName[shift.name] == nil { shiftsByName[shift.name] = shift }
        let mine = schedules.filter { $0.employee == employee }
        let today = localDate(of: instant)
        var candidates: [ShiftOccurrence] = []
        for offset in -1...1 {
            let date = today.adding(days: offset)
            for schedule in mine where schedule.weekday == date.weekday {
                guard let shift = shiftsByName[schedule.shiftName] else { continue }
                let occurrence = occurrence(of: shift, schedule: schedule, on: date)
                if occurrence.windowContains(instant) { candidates.append(occurrence) }
            }
        }
        func distance(_ a: Date) -> TimeInterval { abs(instant.timeIntervalSince(a)) }
        let nearest = candidates.min { (distance($0.start), $0.start) < (distance($1.start), $1.start) }

        if let last = history.last, last.kind == .entry {
            let entryOccurrence = last.shiftName.flatMap { name in
                shiftsByName[name].map { shift in
                    occurrence(of: shift, schedule: mine.first { $0.shiftName == name && $0.weekday == last.localDate.weekday }, on: last.localDate)
                }
            }
            let stillOpen = entryOccurrence.map { instant <= $0.windowEnd }
                ?? (instant.timeIntervalSince(last.instant) < TimeInterval(unscheduledStayMinutes * 60))
            let rivalIsNearer = entryOccurrence.map { open in
                candidates.contains { !($0.shift.name == open.shift.name && $0.date == open.date) && distance($0.start) < distance(open.end) }
            } ?? false
            if stillOpen && !rivalIsNearer {
                return exit(of: last, in: entryOccurrence, employee: employee, at: instant, candidates: candidates,
                            nearest: nearest, history: history, confirmed: confirmedShortStay)
            }
        }
        return .record(entry(employee: employee, at: instant, into: nearest, history: history))
    }

    /// The entry draft into `occurrence`, or outside every window when nil.
    private func entry(employee: EmployeeCode, at instant: Date, into occurrence: ShiftOccurrence?, history: [Punch]) -> PunchDraft {
        guard let occurrence else {
            return PunchDraft(employee: employee, instant: instant, localDate: localDate(of: instant), kind: .entry, flags: .outsideWindow)
        }
        var draft = PunchDraft(employee: employee, instant: instant, localDate: occurrence.date, kind: .entry, shiftName: occurrence.shift.name)
        // Only the first entry of a shift can be late; coming back from a break is not.
        let enteredBefore = history.contains { $0.kind == .entry && $0.shiftName == occurrence.shift.name && $0.localDate == occurrence.date }
        if !enteredBefore, let late = occurrence.minutesLate(entryAt: instant) {
            draft.flags.insert(.late)
            draft.minutesLate = late
        }
        return draft
    }

    /// The exit draft closing `openEntry` (assigned to `occurrence`, or outside every window when nil).
    private func exit(
        of openEntry: Punch,
        in occurrence: ShiftOccurrence?,
        employee: EmployeeCode,
        at instant: Date,
        candidates: [ShiftOccurrence],
        nearest: ShiftOccurrence?,
        history: [Punch],
        confirmed: Bool
    ) -> PunchDecision {
        // The exit stays on its entry's day, so the pair is never split (a night shift's 06:05 exit
        // belongs to the day it started).
        var draft = PunchDraft(employee: employee, instant: instant, localDate: openEntry.localDate, kind: .exit, shiftName: openEntry.shiftName)
        var reference = occurrence
        if occurrence == nil {
            if let same = candidates.filter({ $0.date == openEntry.localDate }).min(by: { abs(instant.timeIntervalSince($0.end)) < abs(instant.timeIntervalSince($1.end)) }) {
                draft.shiftName = same.shift.name
                reference = same
            }
            if nearest == nil { draft.flags.insert(.outsideWindow) }
        }
        if let reference, reference.isEarlyLeave(exitAt: instant) { draft.flags.insert(.earlyLeave) }

        var pairing = PunchPairing()
        for punch in history where punch.localDate == openEntry.localDate { pairing.add(kind: punch.kind, at: punch.instant) }
        pairing.add(kind: .exit, at: instant)
        draft.minutesWorkedToday = pairing.workedMinutes

        let sinceEntry = instant.timeIntervalSince(openEntry.instant)
        guard sinceEntry < TimeInterval(minWorkMinutes * 60) else { return .record(draft) }
        draft.flags.insert(.confirmedShortStay)
        return confirmed ? .record(draft) : .confirmShortStay(draft, minutesSinceEntry: Int((sinceEntry / 60).rounded(.down)))
    }
}
