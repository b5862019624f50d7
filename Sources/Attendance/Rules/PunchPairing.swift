import Foundation

/// Pairs a day's punches, in time order, into IN→OUT stretches of work.
///
/// An entry following an open entry leaves the earlier one unpaired (no exit is invented); an exit with no
/// open entry is counted as such and adds no time.
struct PunchPairing {
    private(set) var workedSeconds: TimeInterval = 0
    private(set) var firstIn: Date?
    private(set) var lastOut: Date?
    /// The entry still waiting for its exit after the last punch.
    private(set) var openEntry: Date?
    /// Entries followed by another entry instead of an exit.
    private(set) var unpairedEntries = 0
    private(set) var exitsWithoutEntry = 0

    init() {}

    /// Adds the next punch in time order.
    mutating func add(kind: PunchKind, at instant: Date) {
        switch kind {
        case .entry:
            if openEntry != nil { unpairedEntries += 1 }
            openEntry = instant
            if firstIn == nil { firstIn = instant }
        case .exit:
            if let entry = openEntry {
                workedSeconds += max(0, instant.timeIntervalSince(entry))
                openEntry = nil
            } else {
                exitsWithoutEntry += 1
            }
            lastOut = instant
        }
    }

    /// Worked time in whole minutes (seconds are summed first, then truncated).
    var workedMinutes: Int { Int((workedSeconds / 60).rounded(.down)) }
}
