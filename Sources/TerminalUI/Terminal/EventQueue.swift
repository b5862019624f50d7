import Synchronization

/// A thread-safe queue of events posted by any thread and drained by the UI thread.
final class EventQueue<Event: Sendable>: Sendable {
    private let pending = Mutex<[Event]>([])

    /// Appends an event.
    func post(_ event: Event) {
        pending.withLock { $0.append(event) }
    }

    /// Replaces the first unread event that `isStale` matches, or appends when none does (so a stream of
    /// frames never piles up behind a busy UI).
    func post(_ event: Event, replacing isStale: (Event) -> Bool) {
        pending.withLock { events in
            if let index = events.firstIndex(where: isStale) {
                events[index] = event
            } else {
                events.append(event)
            }
        }
    }

    /// Removes and returns every pending event, oldest first.
    func drain() -> [Event] {
        pending.withLock { events in
            defer { events.removeAll(keepingCapacity: true) }
            return events
        }
    }
}
