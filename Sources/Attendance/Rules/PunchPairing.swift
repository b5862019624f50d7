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
    /// The closed stretches, in order.
    private(set) var pairs: [(entry: Date, exit: Date)] = []
    /// Entries followed by another entry, each with the entry that followed it.
    private(set) var unpaired: [(entry: Date, next: Date)] = []
    /// Exits with no open entry.
    private(set) var lonelyExits: [Date] = []

    init() {}

    /// Adds the next punch in time order.
    mutating func add(kind: PunchKind, at instant: Date) {
        switch kind {
        case .entry:
            if let open = openEntry {
                unpairedEntries += 1
                unpaired.append((open, instant))
            }
            openEntry = instant
            if firstIn == nil { firstIn = instant }
        case .exit:
            if let entry = openEntry {
                workedSeconds += max(0, instant.timeIntervalSince(entry))
                pairs.append((entry, instant))
                openEntry = nil
            } else {
                exitsWithoutEntry += 1
                lonelyExits.append(instant)
            }
            lastOut = instant
        }
    }

    /// Counts the open entry up to `end` (the site's close-at-shift-end rule); nothing when `end` is not after it.
    mutating func closeOpenEntry(at end: Date) {
        guard let entry = openEntry, end > entry else { return }
        workedSeconds += end.timeIntervalSince(entry)
        pairs.append((entry, end))
        openEntry = nil
    }

    /// Worked time in whole minutes (seconds are summed first, then truncated).
    var workedMinutes: Int { Int((workedSeconds / 60).rounded(.down)) }
}
