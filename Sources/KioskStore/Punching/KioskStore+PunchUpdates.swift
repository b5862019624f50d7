public import Attendance
import GRDB

// MARK: - Live punches

extension KioskStore {
    /// The punches of a local date, oldest first, as a live sequence: a new array after every commit that
    /// changes them (the check-in screen's "recent punches").
    ///
    /// For example:
    /// ```swift
    /// for try await punches in store.punchesUpdates(on: today) { screen.recent = punches.suffix(5) }
    /// ```
    public func punchesUpdates(on date: LocalDate) -> some AsyncSequence<[Punch], any Error> {
        let day = date.description
        return ValueObservation.tracking { db in
            try PunchRecord.filter(PunchRecord.Columns.localDate == day)
                .order(PunchRecord.Columns.sequence).fetchAll(db).compactMap(\.punch)
        }
        .values(in: dbPool)
    }
}
