public import Foundation

/// What the kiosk should do when an employee is identified at the door.
///
/// The decision is provisional: the server recomputes each day from every door's punches with the same
/// `PunchRules`.
public enum PunchDecision: Hashable, Sendable {
    /// Store this punch now.
    case record(PunchDraft)
    /// A repeat within `debounceSeconds` of the employee's last punch: nothing is stored
    /// ("ya registrado a las 08:03"). `kind` and `at` describe that earlier punch.
    case alreadyRecorded(kind: PunchKind, at: Date)
    /// An exit sooner than `minWorkMinutes` after the open entry: ask the person to confirm first. When
    /// confirmed, call `decide` again with `confirmedShortStay: true`; the draft is what would be stored.
    case confirmShortStay(PunchDraft, minutesSinceEntry: Int)
}
